using FabricSim.Engine.Time;

namespace FabricSim.Engine.Tests.Time;

public sealed class SimTimeTests
{
    [Theory]
    [InlineData("250us", 250_000)]
    [InlineData("250µs", 250_000)]
    [InlineData("10ms", 10_000_000)]
    [InlineData("1.5s", 1_500_000_000)]
    [InlineData("60s", 60_000_000_000)]
    [InlineData("2min", 120_000_000_000)]
    [InlineData("1h", 3_600_000_000_000)]
    [InlineData("100ns", 100)]
    [InlineData(" 12.0204 ms ", 12_020_400)]
    [InlineData("0.5ns", 1)]
    public void Parses_values_with_units(string text, long nanoseconds)
    {
        Assert.Equal(nanoseconds, SimTime.Parse(text).Nanoseconds);
    }

    [Theory]
    [InlineData("10", "no unit")]
    [InlineData("10 parsecs", "not a time unit")]
    [InlineData("ten ms", "not a number")]
    [InlineData("", "required")]
    [InlineData("400000d", "too large")]
    public void Rejects_bad_text_with_a_helpful_message(string text, string expected)
    {
        Assert.False(SimTime.TryParse(text, out _, out string error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10_000_000, "10ms")]
    [InlineData(12_020_400, "12.0204ms")]
    [InlineData(250_000, "250us")]
    [InlineData(60_000_000_000, "1min")]
    [InlineData(7, "7ns")]
    [InlineData(0, "0s")]
    [InlineData(-1_500_000_000, "-1.5s")]
    public void Prints_in_the_largest_exact_unit(long nanoseconds, string expected)
    {
        Assert.Equal(expected, new SimTime(nanoseconds).ToString());
    }

    [Fact]
    public void Printing_then_parsing_round_trips()
    {
        foreach (long ns in new long[] { 1, 999, 1_234_567, 987_654_321_012, 3_600_000_000_001 })
        {
            Assert.Equal(ns, SimTime.Parse(new SimTime(ns).ToString()).Nanoseconds);
        }
    }

    [Fact]
    public void Arithmetic_overflow_throws_instead_of_wrapping()
    {
        Assert.Throws<OverflowException>(() => SimTime.MaxValue + new SimTime(1));
        Assert.Throws<OverflowException>(() => SimTime.FromSeconds(1e12));
        Assert.Equal(SimTime.FromMilliseconds(3), SimTime.FromMilliseconds(1) + SimTime.FromMilliseconds(2));
    }
}


namespace FabricSim.Reporting.Tests;

public sealed class FileSlugTests
{
    [Theory]
    [InlineData("SDCI via MCR (Sydney)", "sdci-via-mcr-sydney")]
    [InlineData("  ipsec/vpn  ", "ipsec-vpn")]
    [InlineData("Zürich → AWS", "z-rich-aws")]
    [InlineData("***", "unnamed")]
    public void Keeps_ascii_letters_and_digits_and_joins_the_rest_with_single_dashes(string name, string expected) =>
        Assert.Equal(expected, FileSlug.Of(name));

    [Fact]
    public void Names_that_collide_get_numbered_in_order()
    {
        var slugs = new FileSlug();
        Assert.Equal(["a-b", "a-b-2", "a-b-3", "c"], new[] { "A B", "a/b", "a.b", "c" }.Select(slugs.Unique));
    }
}

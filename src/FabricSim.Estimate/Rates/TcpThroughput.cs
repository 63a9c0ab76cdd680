using FabricSim.Network.Tcp;

namespace FabricSim.Estimate.Rates;

/// <summary>
/// What one long-lived TCP connection can carry on a path, before it shares a bottleneck: the receive window over the
/// round trip, and with random loss p the Mathis et al. (1997) square-root law (MSS/RTT)·√(3/2)/√p ≈ (MSS/RTT)·1.22/√p;
/// for CUBIC the larger of that (its Reno-friendly region) and its own response function.
/// </summary>
internal static class TcpThroughput
{
    public static readonly double MathisConstant = Math.Sqrt(1.5);

    private static readonly TcpOptions PacketModel = new();

    public static double WindowLimitBitsPerSecond(int receiveWindowBytes, double roundTripSeconds) =>
        roundTripSeconds <= 0 ? double.PositiveInfinity : receiveWindowBytes * 8.0 / roundTripSeconds;

    public static double MathisBitsPerSecond(int mssBytes, double roundTripSeconds, double lossProbability) =>
        lossProbability <= 0 || roundTripSeconds <= 0
            ? double.PositiveInfinity
            : mssBytes * 8.0 / roundTripSeconds * MathisConstant / Math.Sqrt(lossProbability);

    /// <summary>
    /// CUBIC's average window under loss-event rate p (RFC 9438 §5.1, Ha, Rhee and Xu 2008):
    /// ∜(C(3+β)/(4(1−β))) · RTT^¾ / p^¾ segments per round trip, with the packet model's C and β; where that is below
    /// the Reno-friendly window CUBIC behaves as Reno, so the larger applies. Under random loss the packet model's CUBIC
    /// sits at 0.97–1.3 times this (TcpCubicStatisticalTests, TcpUnderBurstyLossTests), where Mathis alone gave it a
    /// third less on long paths.
    /// </summary>
    public static double LossLimitBitsPerSecond(TcpCongestionAlgorithm algorithm, int mssBytes, double roundTripSeconds, double lossProbability)
    {
        double reno = MathisBitsPerSecond(mssBytes, roundTripSeconds, lossProbability);
        if (algorithm != TcpCongestionAlgorithm.Cubic || double.IsPositiveInfinity(reno))
        {
            return reno;
        }
        double c = PacketModel.CubicC, beta = PacketModel.CubicBeta;
        double window = Math.Pow(c * (3 + beta) / (4 * (1 - beta)), 0.25) * Math.Pow(roundTripSeconds, 0.75) / Math.Pow(lossProbability, 0.75);
        return Math.Max(reno, window * mssBytes * 8.0 / roundTripSeconds);
    }

    /// <summary>The least of the application's rate, the window limit and the loss limit.</summary>
    public static double CapBitsPerSecond(double applicationBitsPerSecond, int mssBytes, int receiveWindowBytes, double roundTripSeconds,
        double lossProbability) =>
        Math.Min(applicationBitsPerSecond, Math.Min(WindowLimitBitsPerSecond(receiveWindowBytes, roundTripSeconds),
            MathisBitsPerSecond(mssBytes, roundTripSeconds, lossProbability)));
}

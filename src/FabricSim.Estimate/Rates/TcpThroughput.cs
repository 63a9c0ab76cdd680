namespace FabricSim.Estimate.Rates;

/// <summary>
/// What one long-lived TCP connection can carry on a path, before it shares a bottleneck: the receive window over the
/// round trip, and with random loss p the Mathis et al. (1997) square-root law (MSS/RTT)·√(3/2)/√p ≈ (MSS/RTT)·1.22/√p.
/// </summary>
internal static class TcpThroughput
{
    public static readonly double MathisConstant = Math.Sqrt(1.5);

    public static double WindowLimitBitsPerSecond(int receiveWindowBytes, double roundTripSeconds) =>
        roundTripSeconds <= 0 ? double.PositiveInfinity : receiveWindowBytes * 8.0 / roundTripSeconds;

    public static double MathisBitsPerSecond(int mssBytes, double roundTripSeconds, double lossProbability) =>
        lossProbability <= 0 || roundTripSeconds <= 0
            ? double.PositiveInfinity
            : mssBytes * 8.0 / roundTripSeconds * MathisConstant / Math.Sqrt(lossProbability);

    /// <summary>The least of the application's rate, the window limit and the loss limit.</summary>
    public static double CapBitsPerSecond(double applicationBitsPerSecond, int mssBytes, int receiveWindowBytes, double roundTripSeconds,
        double lossProbability) =>
        Math.Min(applicationBitsPerSecond, Math.Min(WindowLimitBitsPerSecond(receiveWindowBytes, roundTripSeconds),
            MathisBitsPerSecond(mssBytes, roundTripSeconds, lossProbability)));
}

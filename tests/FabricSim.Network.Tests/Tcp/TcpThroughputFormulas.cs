namespace FabricSim.Network.Tests.Tcp;

/// <summary>Published steady-state TCP throughput models, in segments per second.</summary>
internal static class TcpThroughputFormulas
{
    /// <summary>Mathis et al. (1997): (1/RTT) √(3/(2bp)); b = segments acknowledged per ACK.</summary>
    public static double Mathis(double rttSeconds, double p, double b = 1) => Math.Sqrt(3.0 / (2.0 * b * p)) / rttSeconds;

    /// <summary>
    /// Padhye, Firoiu, Towsley, Kurose (1998) approximate model with timeouts:
    /// 1 / (RTT √(2bp/3) + T0 min(1, 3√(3bp/8)) p (1 + 32p²)).
    /// </summary>
    public static double Padhye(double rttSeconds, double p, double timeoutSeconds, double b = 1) =>
        1.0 / (rttSeconds * Math.Sqrt(2 * b * p / 3) + timeoutSeconds * Math.Min(1, 3 * Math.Sqrt(3 * b * p / 8)) * p * (1 + 32 * p * p));

    /// <summary>
    /// CUBIC's average window under periodic loss (RFC 9438 §5 / Ha, Rhee, Xu): ∜(C(3+β)/(4(1−β))) · RTT^¾ / p^¾
    /// segments, i.e. that divided by RTT per second. In the Reno-friendly region the Reno rate applies instead.
    /// </summary>
    public static double Cubic(double rttSeconds, double p, double c = 0.4, double beta = 0.7) =>
        Math.Pow(c * (3 + beta) / (4 * (1 - beta)), 0.25) * Math.Pow(rttSeconds, 0.75) / Math.Pow(p, 0.75) / rttSeconds;
}

namespace FabricSim.Network.Tcp;

/// <summary>The congestion-control algorithm a TCP sender runs.</summary>
public enum TcpCongestionAlgorithm
{
    /// <summary>RFC 5681 slow start and congestion avoidance with RFC 6582 fast recovery.</summary>
    NewReno,

    /// <summary>RFC 9438 (formerly RFC 8312) CUBIC window growth, with NewReno's loss recovery.</summary>
    Cubic,
}

using FabricSim.Network.Built;
using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests;

/// <summary>
/// The validation chain A –(10 Gbps, 1 ms)– R1 –(1 Gbps, 10 ms)– R2 –(10 Gbps, 1 ms)– B, DropTail 100 waiting packets
/// per port, one Poisson flow "f" of 1500-byte packets from A to B at a load ρ of the 1 Gbps bottleneck.
/// </summary>
internal static class ReferenceChain
{
    public const int PacketBytes = 1500;
    public const int WaitingRoom = 100;
    public static readonly DataRate Bottleneck = DataRate.Parse("1Gbps");
    public static readonly DataRate Edge = DataRate.Parse("10Gbps");

    /// <summary>Bottleneck service time S = 1500 × 8 / 1 Gbps = 12 µs.</summary>
    public static readonly SimTime ServiceTime = Bottleneck.TransmissionTime(PacketBytes);
    public static readonly SimTime EdgeServiceTime = Edge.TransmissionTime(PacketBytes);

    public static double PacketsPerSecond(double rho) => rho * SimTime.NanosPerSecond / ServiceTime.Nanoseconds;

    public static Fabric Build(double rho, ulong seed, int replication, SimTime warmUp)
    {
        return new FabricBuilder(seed, replication)
            .WithQueue(QueueSpec.DropTailPackets(WaitingRoom))
            .WithWarmUp(warmUp)
            .AddNode("A", NodeKind.Host)
            .AddNode("R1", NodeKind.PopSwitch)
            .AddNode("R2", NodeKind.PopSwitch)
            .AddNode("B", NodeKind.Host)
            .AddLink("A-R1", "A", "R1", Edge, SimTime.FromMilliseconds(1))
            .AddLink("R1-R2", "R1", "R2", Bottleneck, SimTime.FromMilliseconds(10))
            .AddLink("R2-B", "R2", "B", Edge, SimTime.FromMilliseconds(1))
            .AddPoissonFlow("f", "A", "B", PacketsPerSecond(rho))
            .Build();
    }
}

using FabricSim.Engine.Time;
using FabricSim.Network.Units;

namespace FabricSim.Network.Building;

/// <summary>A provider backbone link "PopA-PopB"; its delay is <see cref="Delay"/>, or else fibre over the great circle times <see cref="RouteFactor"/>.</summary>
public sealed record BackboneLinkSpec(string PopA, string PopB, DataRate Rate, double RouteFactor = 1.0, SimTime? Delay = null)
{
    public string Name => $"{PopA}-{PopB}";
}

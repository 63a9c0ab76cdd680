using FabricSim.Network.Units;

namespace FabricSim.Scenarios.Model;

/// <summary>
/// A Megaport Internet VXC from an MCR or a Port (<see cref="End"/>) at a rate limit: Internet access at the end's
/// metro. <see cref="Reaches"/> names the sites (a SaaS endpoint, a branch on the Internet) that traffic reaches over
/// it, each over an Internet path from the end's PoP with <see cref="Internet"/>'s impairments.
/// </summary>
public sealed record InternetVxc(string Name, string End, DataRate Rate, IReadOnlyList<string> Reaches, InternetPathSettings Internet)
{
    /// <summary>Megaport's diversity zone (red or blue) of the Internet router it connects to.</summary>
    public string? DiversityZone { get; init; }

    /// <summary>The largest IP packet it carries: Megaport Internet VXCs are limited to 1500 bytes.</summary>
    public int MtuBytes { get; init; } = 1500;
}

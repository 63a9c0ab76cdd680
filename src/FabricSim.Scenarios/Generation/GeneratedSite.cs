using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Generation;

/// <summary>A generated site: where it connects, its network, its BGP ASN, and its size in the gravity model.</summary>
internal sealed record GeneratedSite(string Name, Pop Pop, string Prefix, long Asn, double Weight);

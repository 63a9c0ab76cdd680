using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Generation;

/// <summary>How a generated VXC is written: its ends, the cloud it lands in (if any) and the BGP peer at its B end.</summary>
/// <param name="PeerAsn">The ASN of the MCR's BGP peer on this VXC (the site, the cloud or the B-end MCR); null for a VXC without BGP.</param>
internal sealed record GeneratedVxc(GeneratedElement Element, string A, string B, CloudProvider? Cloud, long? PeerAsn);

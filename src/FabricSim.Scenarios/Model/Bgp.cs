using System.Net;
using FabricSim.Engine.Time;

namespace FabricSim.Scenarios.Model;

public enum FilterAction
{
    Permit,
    Deny,
}

/// <summary>One prefix-list rule: matches routes inside Prefix whose length lies in [MinLength, MaxLength].</summary>
public sealed record PrefixRule(FilterAction Action, IPNetwork Prefix, int MinLength, int MaxLength);

/// <summary>An ordered prefix list; first match wins, no match denies (as on routers).</summary>
public sealed record PrefixListSettings(string Name, IReadOnlyList<PrefixRule> Rules);

/// <summary>
/// The BGP session carried on a VXC or tunnel, from the MCR's point of view. PeerAsn is null when the file does not
/// name it: a cloud peer then speaks from its provider's default ASN (catalog), any other peer from a private ASN of its own.
/// </summary>
public sealed record BgpSessionSettings(
    long? PeerAsn,
    Network.Bgp.PeerType PeerType,
    string? ImportList,
    string? ExportList,
    int AsPathPrepend,
    long? Med,
    long LocalPreference,
    SimTime Keepalive,
    SimTime Hold,
    Network.Bfd.BfdSettings? Bfd)
{
    /// <summary>'bfd: false': no BFD on this session even when its MCR runs BFD.</summary>
    public bool BfdOff { get; init; }

    /// <summary>The MRAI of the session's configured end; null: its peer type's default (30 s eBGP, 5 s iBGP).</summary>
    public SimTime? AdvertisementInterval { get; init; }
}

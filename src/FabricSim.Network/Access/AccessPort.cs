using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Access;

/// <summary>
/// A physical access circuit from a customer site's router into a PoP switch, sold at 1, 10, 100 or 400 Gbps.
/// It is a link; its failure is the link's failure. Many VXCs ride one port as VLANs. A LAG port bundles
/// <see cref="LagMembers"/> physical ports of one speed into that one link at their summed rate: a member's failure
/// lowers the rate by one member's share, the last member's failure takes the link down.
/// </summary>
internal sealed class AccessPort
{
    private static readonly long[] SpeedsGbps = [1, 10, 100, 400];
    private readonly HashSet<int> _failedMembers = [];

    public AccessPort(string name, Node site, Node pop, Link link, int lagMembers = 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(lagMembers, 1);
        Name = name;
        Site = site ?? throw new ArgumentNullException(nameof(site));
        Pop = pop ?? throw new ArgumentNullException(nameof(pop));
        Link = link ?? throw new ArgumentNullException(nameof(link));
        LagMembers = lagMembers;
        if (link.Rate.BitsPerSecond % lagMembers != 0 || !IsStandardSpeed(new DataRate(link.Rate.BitsPerSecond / lagMembers)))
        {
            throw new ArgumentException($"Port '{name}' runs at {link.Rate} over {lagMembers} member(s); ports come in 1, 10, 100 or 400 Gbps.", nameof(link));
        }
        MemberSpeed = new DataRate(link.Rate.BitsPerSecond / lagMembers);
    }

    public string Name { get; }
    public Node Site { get; }
    public Node Pop { get; }
    public Link Link { get; }
    public DataRate Speed => Link.Rate;

    /// <summary>Physical ports bundled in the port (1: not a LAG).</summary>
    public int LagMembers { get; }
    public DataRate MemberSpeed { get; }

    /// <summary>Members now failed; the link is down while all are.</summary>
    public int FailedMembers => _failedMembers.Count;

    /// <summary>How a LAG member is named where failures name it: "port/member-1" for the first.</summary>
    public static string MemberName(string port, int member) => $"{port}/member-{member}";

    /// <summary>The port and 1-based member a name "port/member-k" stands for; false for any other name.</summary>
    public static bool TryParseMember(string name, out string port, out int member)
    {
        int slash = name.LastIndexOf("/member-", StringComparison.Ordinal);
        port = slash > 0 ? name[..slash] : string.Empty;
        member = 0;
        return slash > 0 && int.TryParse(name.AsSpan(slash + "/member-".Length), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out member) && member >= 1;
    }

    public static bool IsStandardSpeed(DataRate rate) => Array.IndexOf(SpeedsGbps, rate.BitsPerSecond / 1_000_000_000) >= 0 && rate.BitsPerSecond % 1_000_000_000 == 0;

    /// <summary>Marks member <paramref name="member"/> (1-based) failed or repaired; returns whether that changed anything.</summary>
    internal bool SetMemberUp(int member, bool up)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(member, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(member, LagMembers);
        return up ? _failedMembers.Remove(member) : _failedMembers.Add(member);
    }

    /// <summary>The rate the members still up carry together; zero when none is.</summary>
    internal DataRate RateOfMembersUp() => new DataRate(MemberSpeed.BitsPerSecond * (LagMembers - _failedMembers.Count));
}

using FabricSim.Scenarios.Yaml;
using FabricSim.Engine.Time;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Loading;

/// <summary>Maps an option's MCRs: PoP, rate within the product's range, ASN, MTU and BFD.</summary>
internal sealed class McrMapper : IElementMapper
{
    private const long DefaultMcrAsn = 133937;

    public void Read(OptionElements option)
    {
        var (context, elements, mcrs) = (option.Context, option.Elements, option.Mcrs);
        foreach (var m in option.Reader.Objects("mcrs", ScenarioShapes.Mcr, "mcr"))
        {
            string? name = m.String("name");
            string? pop = m.String("pop");
            var rate = m.Rate("rate");
            long asn = m.Integer("asn", 0, 4_294_967_295) ?? DefaultMcrAsn;
            int maximumPaths = (int)(m.Integer("maximum_paths", 1, InputLimits.MaxMaximumPaths) ?? 1);
            // The MCR routes IP packets of at most 1500 bytes whatever its VXCs carry; the product offers no other MTU.
            var offeredMtu = context.Catalog.Products.Bytes("megaport.mcr.mtu");
            int mtu = offeredMtu[0];
            if (m.Size("mtu") is { } asked && !offeredMtu.Contains((int)asked))
            {
                m.Error("mtu", $"an MCR's IP MTU is {mtu}B, fixed by the product, not {asked}B ({context.Catalog.Products.Get("megaport.mcr.mtu").Citation})",
                    "remove 'mtu' from the MCR; larger packets need a path that does not route through an MCR");
            }
            Network.Bfd.BfdSettings? bfd = null;
            if (m.Object("bfd", ScenarioShapes.Bfd, $"bfd of {m.Label}") is { } b)
            {
                bfd = SessionTimerCheck.ReadBfd(b, context.Catalog.Products);
            }
            // Reported but kept: the MCR's VXCs still resolve, so the reserved ASN is the only error.
            ReservedAsnCheck.Check(m, "asn", asn, m.Label, context.Catalog.Products);
            if (name is null || !ScenarioMapper.Unique(m, name, !elements.Add(name)) || pop is null || rate is null || !context.CheckPop(m, "pop", pop))
            {
                continue;
            }
            if (!PortMapper.CheckOffered(m, "rate", rate.Value, "megaport.mcr.rate", $"MCR rate {rate.Value} of {m.Label}", context))
            {
                continue;
            }
            mcrs.Add(new Mcr(name, pop, rate.Value, asn, mtu, bfd) { MaximumPaths = maximumPaths, DiversityZone = m.Choice("diversity_zone") });
        }
    }
}

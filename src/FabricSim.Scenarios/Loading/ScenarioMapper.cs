using FabricSim.Scenarios.Validation;
using FabricSim.Engine.Time;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Cost;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// Maps a parsed scenario tree to the typed model, section by section in dependency order (PoPs before sites,
/// sites before options, options before traffic), so references resolve regardless of key order in the file.
/// </summary>
internal static class ScenarioMapper
{
    public static Scenario Map(YamlMappingNode rootNode, string text, ErrorCollector errors, Catalog catalog)
    {
        var context = new MappingContext(errors, catalog);
        var root = new ObjectReader(rootNode, ScenarioShapes.Root, errors, "scenario");
        string name = root.StringOr("name", "scenario");
        var run = ReadRun(root);
        Plausibility.Check(rootNode, run, errors);
        ReadPops(root, context);
        var backbone = ReadBackbone(root, context);
        ReadSites(root, context);
        ReadClouds(root, context);
        var options = OptionMapper.ReadAll(root, context);
        var traffic = TrafficMapper.ReadAll(root, context, run);
        var warmupNode = (root.ValueNode("run") as YamlMappingNode)?.Children.FirstOrDefault(c => (c.Key as YamlScalarNode)?.Value == "warmup").Value;
        if (warmupNode is null)
        {
            // Without a warm-up in the file, the default fits the traffic: long enough for every TCP flow to leave slow start.
            run = run with { WarmUp = WarmUpCheck.Default(context, traffic, run) };
        }
        var failures = ReadFailures(root, context, options);
        var sweep = ReadSweep(root);
        var requirements = RequirementsMapper.Read(root, traffic.Select(t => t.Demand).ToList());
        var resilience = ResilienceMapper.Read(root, context, options);
        // Reachability, path MTU and the packet budget are only meaningful once every element is valid.
        IReadOnlyList<(DesignOption Option, Reachability.PolicyReachability Routing)> checkedOptions = [];
        if (!errors.HasErrors)
        {
            checkedOptions = ScenarioChecks.Run(context, options, traffic, run);
            if (warmupNode is not null)
            {
                WarmUpCheck.Run(context, traffic, run, warmupNode);
            }
        }
        errors.ThrowIfAny();
        var scenario = new Scenario(name, root.StringOr("description", string.Empty), errors.File, text, run, catalog,
            [.. context.Pops.Values], backbone, [.. context.Sites.Values], [.. context.Clouds.Values],
            checkedOptions.Select(o => o.Option).ToList(), traffic.Select(t => t.Demand).ToList(), failures, sweep)
        {
            Requirements = requirements,
            Resilience = resilience,
            PacketBudgetExcess = context.PacketBudgetExcess,
        };
        PolicedMessageCheck.Run(errors, scenario, checkedOptions, traffic);
        // Every charge must have a price before anything runs: a run must never fail at the cost step.
        foreach (var option in options)
        {
            if (PriceCoverage.Problem(scenario, option.Option) is { } problem)
            {
                errors.Add(option.Reader.Node, $"option '{option.Option.Name}' cannot be priced: {problem}", "use a product value listed in scenarios/catalog/products.yaml, or add its price to scenarios/catalog/prices.yaml");
            }
        }
        errors.ThrowIfAny();
        return scenario;
    }

    private static RunSettings ReadRun(ObjectReader root)
    {
        var run = root.Object("run", ScenarioShapes.Run, "run");
        if (run is null)
        {
            return new RunSettings(SimTime.FromSeconds(10), SimTime.FromSeconds(1), 1, 3, SimTime.FromMilliseconds(100), RunSettings.DefaultMaxPackets);
        }
        var duration = run.Duration("duration", allowZero: false, InputLimits.MinDuration) ?? SimTime.FromSeconds(10);
        var warmup = run.Duration("warmup") ?? duration / 10;
        if (warmup >= duration)
        {
            run.Error("warmup", $"warmup {warmup} is not shorter than duration {duration}", $"use a warmup below {duration}, e.g. {duration / 10}");
        }
        long seed = run.Integer("seed", 0) ?? 1;
        int replications = (int)(run.Integer("replications", 1, 1000) ?? 3);
        var probe = run.Duration("probe_interval", allowZero: false, InputLimits.MinProbeInterval) ?? SimTime.FromMilliseconds(100);
        long maxPackets = run.Integer("max_packets", 1) ?? RunSettings.DefaultMaxPackets;
        return new RunSettings(duration, warmup, (ulong)seed, replications, probe, maxPackets);
    }

    private static void ReadPops(ObjectReader root, MappingContext context)
    {
        foreach (var pop in context.Catalog.Pops)
        {
            context.Pops[pop.Code] = pop;
        }
        foreach (var reader in root.Objects("pops", ScenarioShapes.Pop, "pop"))
        {
            if (CatalogLoader.ReadPop(reader) is not { } pop)
            {
                continue;
            }
            if (context.Catalog.Pops.Any(p => p.Code == pop.Code))
            {
                reader.Error("code", $"PoP '{pop.Code}' is already in the catalog", $"choose another code, e.g. {pop.Code[..Math.Min(3, pop.Code.Length)]}9");
                continue;
            }
            context.Pops[pop.Code] = pop;
        }
    }

    private static BackboneSettings ReadBackbone(ObjectReader root, MappingContext context)
    {
        var reader = root.Object("backbone", ScenarioShapes.Backbone, "backbone");
        double routeFactor = reader?.Number("route_factor", 1, 10) ?? context.Catalog.BackboneRouteFactor;
        if (reader?.Boolean("catalog_links") ?? true)
        {
            context.Backbone.AddRange(context.Catalog.Backbone.Select(l => l with { RouteFactor = reader?.Has("route_factor") == true ? routeFactor : l.RouteFactor }));
        }
        foreach (var link in reader?.Objects("links", ScenarioShapes.BackboneLink, "backbone link") ?? [])
        {
            var between = link.Strings("between");
            if (between.Count != 2)
            {
                link.Error("between", "between must name exactly two PoPs", "write e.g. 'between: [SYD1, MEL1]'");
                continue;
            }
            if (!context.CheckPop(link, "between", between[0]) | !context.CheckPop(link, "between", between[1]))
            {
                continue;
            }
            int existing = context.Backbone.FindIndex(l => l.Joins(between[0], between[1]));
            if (link.Boolean("remove") == true)
            {
                if (existing < 0)
                {
                    link.Error("remove", $"there is no backbone link {between[0]}-{between[1]} to remove", "delete this entry");
                }
                else
                {
                    context.Backbone.RemoveAt(existing);
                }
                continue;
            }
            var rate = link.Rate("rate") ?? (existing >= 0 ? context.Backbone[existing].Rate : (Network.Units.DataRate?)null);
            if (rate is null)
            {
                link.Errors.Add(link.Node, $"new {link.Label} {between[0]}-{between[1]} needs a rate", "add e.g. 'rate: 100Gbps'");
                continue;
            }
            var built = new BackboneLink(between[0], between[1], rate.Value, link.Number("route_factor", 1, 10) ?? routeFactor, link.Duration("delay"));
            if (existing >= 0)
            {
                context.Backbone[existing] = built;
            }
            else
            {
                context.Backbone.Add(built);
            }
        }
        return new BackboneSettings(routeFactor, [.. context.Backbone]);
    }

    private static void ReadSites(ObjectReader root, MappingContext context)
    {
        foreach (var reader in root.Objects("sites", ScenarioShapes.Site, "site"))
        {
            if (reader.String("name") is not { } name || !Unique(reader, name, context.Sites.ContainsKey(name) || context.Clouds.ContainsKey(name)))
            {
                continue;
            }
            double? lat = reader.Number("lat", -90, 90);
            double? lon = reader.Number("lon", -180, 180);
            string? popCode = reader.String("pop");
            Pop? pop = null;
            if (popCode is not null)
            {
                pop = context.CheckPop(reader, "pop", popCode) ? context.Pops[popCode] : null;
            }
            else if (lat is { } la && lon is { } lo)
            {
                pop = context.NearestPop(new GeoPoint(la, lo));
            }
            else
            {
                reader.Errors.Add(reader.Node, $"{reader.Label} needs a location", "add 'pop: SYD1' or both 'lat:' and 'lon:'");
            }
            int mtu = (int)Math.Min(reader.Size("mtu") ?? 1500, 9216);
            var prefixes = reader.Prefixes("prefixes");
            int maximumPaths = (int)(reader.Integer("maximum_paths", 1, InputLimits.MaxMaximumPaths) ?? 1);
            if (pop is not null)
            {
                var location = lat is { } a && lon is { } b ? new GeoPoint(a, b) : pop.Location;
                context.Sites[name] = new Site(name, pop.Code, location, prefixes, mtu) { MaximumPaths = maximumPaths };
            }
        }
    }

    private static void ReadClouds(ObjectReader root, MappingContext context)
    {
        foreach (var reader in root.Objects("clouds", ScenarioShapes.Cloud, "cloud"))
        {
            if (reader.String("name") is not { } name || !Unique(reader, name, context.Sites.ContainsKey(name) || context.Clouds.ContainsKey(name)))
            {
                continue;
            }
            var provider = CatalogLoader.ParseProvider(reader.Choice("provider"));
            string? regionId = reader.String("region");
            var prefixes = reader.Prefixes("prefixes");
            long? maximumPaths = reader.Integer("maximum_paths", 1, InputLimits.MaxMaximumPaths);
            if (provider is not { } p || regionId is null)
            {
                continue;
            }
            var region = context.Catalog.FindRegion(p, regionId);
            if (region is null)
            {
                var known = context.Catalog.Regions.Where(r => r.Provider == p).Select(r => r.Id).ToList();
                reader.Error("region", $"unknown {reader.Choice("provider")} region '{regionId}'; {NameSuggestions.Hint(regionId, known, "regions")}", "use a region id from scenarios/catalog/pops.yaml, which lists the regions with an on-ramp where Megaport meets the provider");
                continue;
            }
            string onRamp = reader.String("on_ramp") ?? region.OnRamp;
            if (reader.Has("on_ramp") && !context.CheckPop(reader, "on_ramp", onRamp))
            {
                continue;
            }
            if (!context.Pops[onRamp].OnRamps.Contains(p))
            {
                reader.Error("on_ramp", $"PoP '{onRamp}' has no {reader.Choice("provider")} on-ramp", $"use the region's default on-ramp {region.OnRamp} or another PoP listing {reader.Choice("provider")}");
                continue;
            }
            context.Clouds[name] = new CloudEndpoint(name, p, regionId, onRamp, region.Location, prefixes)
            {
                Transit = Transit(reader, p),
                MaximumPaths = (int)(maximumPaths ?? DefaultMaximumPaths(context.Catalog.Products, p)),
            };
        }
    }

    /// <summary>
    /// How many equal-cost paths the cloud shares flows over where its provider documents flow-based ECMP (catalog
    /// "&lt;provider&gt;.maximum_paths": AWS Direct Connect active/active, ExpressRoute across up to 4 circuits); else 1.
    /// </summary>
    private static long DefaultMaximumPaths(Catalogs.ProductCatalog products, CloudProvider provider)
    {
        string item = Catalogs.ProductCatalog.ProviderKey(provider) + ".maximum_paths";
        return products.Limits.Any(l => l.Item == item) ? products.Value(item) : 1;
    }

    /// <summary>
    /// The cloud's product for traffic between the customer's connections; each cloud has its own: AWS Direct Connect
    /// SiteLink, Azure ExpressRoute Global Reach, Google Network Connectivity Center site-to-site data transfer.
    /// </summary>
    private static string? Transit(ObjectReader reader, CloudProvider provider)
    {
        if (reader.Choice("transit") is not { } product)
        {
            return null;
        }
        string? offered = provider switch
        {
            CloudProvider.Aws => "sitelink",
            CloudProvider.Azure => "global_reach",
            CloudProvider.Google => "ncc_site_to_site",
            _ => null,
        };
        if (offered is null)
        {
            reader.Error("transit", $"{reader.Choice("provider")} offers no product for traffic between a customer's connections", "remove 'transit', or join the sites through an MCR");
            return null;
        }
        if (product != offered)
        {
            reader.Error("transit", $"{reader.Choice("provider")} does not offer {product}", $"use 'transit: {offered}', {reader.Choice("provider")}'s product for traffic between connections");
            return null;
        }
        return product;
    }

    private static List<Failure> ReadFailures(ObjectReader root, MappingContext context, IReadOnlyList<MappedOption> options)
    {
        var failures = new List<Failure>();
        foreach (var reader in root.Objects("failures", ScenarioShapes.Failure, "failure"))
        {
            string? element = reader.String("element");
            string? optionName = reader.String("option");
            var at = reader.Duration("at");
            var length = reader.Duration("for", allowZero: false);
            var mtbf = reader.Duration("mtbf", allowZero: false);
            var mttr = reader.Duration("mttr", allowZero: false);
            if (element is null)
            {
                continue;
            }
            if (optionName is not null && !options.Any(o => o.Option.Name == optionName))
            {
                reader.Error("option", $"unknown option '{optionName}' in {reader.Label}; {NameSuggestions.Hint(optionName, options.Select(o => o.Option.Name).ToList(), "options")}", "name an option declared under options:");
                continue;
            }
            bool scheduled = at.HasValue || length.HasValue;
            bool random = mtbf.HasValue || mttr.HasValue;
            if (scheduled == random || (scheduled && !(at.HasValue && length.HasValue)) || (random && !(mtbf.HasValue && mttr.HasValue)))
            {
                reader.Errors.Add(reader.Node, $"failure of '{element}' must be either scheduled (at and for) or random (mtbf and mttr)", "write 'at: 10s, for: 5s' or 'mtbf: 60s, mttr: 5s'");
                continue;
            }
            bool isInfrastructure = context.Pops.ContainsKey(element) || context.Backbone.Any(l => $"{l.PopA}-{l.PopB}" == element || $"{l.PopB}-{l.PopA}" == element);
            var applies = options.Where(o => optionName is null || o.Option.Name == optionName)
                .Where(o => isInfrastructure || o.Option.HasElement(element))
                .Select(o => o.Option.Name)
                .ToList();
            if (applies.Count == 0)
            {
                var candidates = options.SelectMany(o => ElementNames(o.Option)).Concat(context.Pops.Keys).ToList();
                reader.Error("element", $"unknown element '{element}' in {reader.Label}; {NameSuggestions.Hint(element, candidates, "elements")}",
                    "name a port (or a LAG port's member 'port/member-1'), MCR, MVE, VXC or VPN of an option, a cloud edge its VXCs land on (e.g. 'aws-edge'), a PoP code or a backbone link 'A-B'");
                continue;
            }
            if (random && options.Any(o => o.Option.Vpns.Any(v => v.FailableElements.Contains(element))))
            {
                reader.Error("mtbf", $"random failures of VPN elements are not modelled ('{element}' in {reader.Label})",
                    "schedule it with 'at:' and 'for:'");
                continue;
            }
            failures.Add(new Failure(element, applies, at, length, mtbf, mttr));
        }
        return failures;
    }

    private static IEnumerable<string> ElementNames(DesignOption option) =>
        option.Ports.Select(p => p.Name).Concat(option.Ports.SelectMany(p => p.MemberNames)).Concat(option.Mcrs.Select(m => m.Name)).Concat(option.Mves.Select(m => m.Name))
            .Concat(option.Vxcs.Select(v => v.Name)).Concat(option.Vpns.SelectMany(v => v.FailableElements)).Concat(option.CloudEdges).Distinct();

    private static Sweep? ReadSweep(ObjectReader root)
    {
        var reader = root.Object("sweep", ScenarioShapes.Sweep, "sweep");
        if (reader is null)
        {
            return null;
        }
        string path = reader.StringOr("path", string.Empty);
        var values = reader.ScalarItems("values").Select(s => s.Value ?? string.Empty).ToList();
        var factors = new List<double>();
        foreach (var scalar in reader.ScalarItems("factors"))
        {
            if (double.TryParse(scalar.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double f) && f > 0)
            {
                factors.Add(f);
            }
            else
            {
                reader.Errors.Add(scalar, $"sweep factor '{scalar.Value}' must be a positive number", "write e.g. 'factors: [0.5, 1, 2]'");
            }
        }
        if (reader.Object("range", ScenarioShapes.Range, "sweep range") is { } range
            && range.Number("from", 0) is { } from && range.Number("to", 0) is { } to && range.Number("step", 0) is { } step)
        {
            if (step <= 0 || from <= 0 || to < from)
            {
                range.Errors.Add(range.Node, "a sweep range needs 0 < from <= to and a positive step", "write e.g. 'range: {from: 0.2, to: 1.2, step: 0.2}'");
            }
            else if (Math.Floor((to - from) / step + 1e-9) + 1 is var points && points > InputLimits.MaxSweepPoints)
            {
                range.Errors.Add(range.Node, $"the sweep range has {points:0.###e0} points, more than the {InputLimits.MaxSweepPoints} a sweep may have",
                    "use a larger step, or a narrower range");
            }
            else
            {
                // Counting steps avoids accumulating rounding error (0.2 + 0.2 + ... drifting past 'to').
                int count = (int)points;
                factors.AddRange(Enumerable.Range(0, count).Select(i => Math.Round(from + i * step, 12)));
            }
        }
        if (values.Count + factors.Count > InputLimits.MaxSweepPoints)
        {
            reader.Errors.Add(reader.Node, $"the sweep has {values.Count + factors.Count} points, more than the {InputLimits.MaxSweepPoints} a sweep may have",
                "sweep fewer values; each point simulates every option and replication again");
        }
        if ((values.Count > 0) == (factors.Count > 0))
        {
            reader.Errors.Add(reader.Node, "a sweep needs either values or factors/range, not both or neither", "add 'values: [100Mbps, 200Mbps]' or 'range: {from: 0.2, to: 1.2, step: 0.2}'");
        }
        if (reader.Has("relative_to") && factors.Count == 0)
        {
            reader.Error("relative_to", "relative_to only applies to factors or a range", "remove relative_to or use factors");
        }
        return new Sweep(reader.StringOr("name", path), path, reader.String("relative_to"), values, factors);
    }

    internal static bool Unique(ObjectReader reader, string name, bool taken)
    {
        if (taken)
        {
            reader.Error("name", $"the name '{name}' is used twice", "give each item a unique name");
            return false;
        }
        return true;
    }
}

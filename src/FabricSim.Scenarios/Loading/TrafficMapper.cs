using FabricSim.Engine.Time;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace FabricSim.Scenarios.Loading;

/// <summary>Maps traffic demands and the demand matrix, checking what each traffic type needs.</summary>
internal static class TrafficMapper
{
    private const long DefaultPacketBytes = 1000;
    private const long DefaultMssBytes = 1460;

    public static List<MappedDemand> ReadAll(ObjectReader root, MappingContext context, RunSettings run)
    {
        var demands = new List<MappedDemand>();
        foreach (var d in root.Objects("traffic", ScenarioShapes.Demand, "flow"))
        {
            if (Read(d, context, run) is { } demand && ScenarioMapper.Unique(d, demand.Name, demands.Any(x => x.Demand.Name == demand.Name)))
            {
                demands.Add(new MappedDemand(demand, d, d.Node));
            }
        }
        var firstNamed = new Dictionary<string, MappedDemand>(StringComparer.Ordinal);
        foreach (var mapped in demands.Where(m => m.Demand.ToPrefix is not null))
        {
            // Every flow to one endpoint carries the same address, so they cannot name different networks of it.
            var demand = mapped.Demand;
            if (!firstNamed.TryAdd(demand.To, mapped) && firstNamed[demand.To].Demand.ToPrefix != demand.ToPrefix)
            {
                mapped.Reader.Error("to_prefix", $"to_prefix {demand.ToPrefix} of {mapped.Reader.Label} differs from {firstNamed[demand.To].Demand.ToPrefix} named by flow '{firstNamed[demand.To].Demand.Name}' to '{demand.To}'; every flow to an endpoint is addressed to one of its networks",
                    $"name {firstNamed[demand.To].Demand.ToPrefix} here too, or remove to_prefix");
            }
        }
        if (root.Object("demand_matrix", ScenarioShapes.DemandMatrix, "demand_matrix") is { } matrix)
        {
            ReadMatrix(matrix, context, demands);
        }
        return demands;
    }

    private static IReadOnlyList<System.Net.IPNetwork> PrefixesOf(MappingContext context, string endpoint) =>
        context.Clouds.TryGetValue(endpoint, out var cloud) ? cloud.Prefixes
        : context.Sites.TryGetValue(endpoint, out var site) ? site.Prefixes : [];

    private static Demand? Read(ObjectReader d, MappingContext context, RunSettings run)
    {
        string? name = d.String("name");
        string? from = d.String("from");
        string? to = d.String("to");
        string? type = d.Choice("type");
        var rate = d.Rate("rate");
        int qos = d.QosClass("class") ?? 0;
        var start = d.Duration("start") ?? SimTime.Zero;
        var stop = d.Duration("stop", allowZero: false);
        int count = (int)(d.Integer("count", 1, 100_000) ?? 1);
        var size = ReadSize(d);
        if (name is null || from is null || to is null || type is null)
        {
            return null;
        }
        bool endpointsOk = CheckEndpoint(d, "from", from, context) & CheckEndpoint(d, "to", to, context);
        if (from == to)
        {
            d.Error("to", $"{d.Label} goes from '{from}' to itself", "choose a different destination");
            return null;
        }
        if (stop is { } s && s <= start)
        {
            d.Error("stop", $"stop {s} is not after start {start} in {d.Label}", $"use a stop later than {start}");
            return null;
        }
        if (start >= run.Duration)
        {
            d.Error("start", $"start {start} of {d.Label} is not within the run ({run.Duration})", $"use a start below {run.Duration}");
            return null;
        }
        var kind = type switch
        {
            "cbr" => TrafficType.Cbr,
            "poisson" => TrafficType.Poisson,
            "onoff" => TrafficType.OnOff,
            "request_response" => TrafficType.RequestResponse,
            "tcp_bulk" => TrafficType.TcpBulk,
            _ => TrafficType.TcpRequestResponse,
        };
        OnOffParameters? onOff = null;
        RequestResponseParameters? requestResponse = null;
        TcpParameters? tcp = null;
        bool needsRate = kind is TrafficType.Cbr or TrafficType.Poisson or TrafficType.OnOff;
        if (needsRate && rate is null && !d.Has("rate"))
        {
            d.Errors.Add(d.Node, $"{d.Label} of type {type} needs a rate", "add e.g. 'rate: 10Mbps'");
            return null;
        }
        if (kind == TrafficType.OnOff)
        {
            var on = d.Duration("on_mean", allowZero: false);
            var off = d.Duration("off_mean", allowZero: false);
            if (on is null || off is null)
            {
                d.Errors.Add(d.Node, $"{d.Label} of type onoff needs on_mean and off_mean", "add e.g. 'on_mean: 500ms, off_mean: 500ms'");
                return null;
            }
            onOff = new OnOffParameters(on.Value, off.Value, d.Number("shape", 1.01, 10) ?? 1.5);
        }
        if (kind is TrafficType.RequestResponse or TrafficType.TcpRequestResponse)
        {
            var request = d.Size("request_size");
            var response = d.Size("response_size");
            var interval = d.Duration("interval", allowZero: false);
            if (request is null || response is null || interval is null)
            {
                d.Errors.Add(d.Node, $"{d.Label} of type {type} needs request_size, response_size and interval", "add e.g. 'request_size: 400B, response_size: 8KB, interval: 10ms'");
                return null;
            }
            requestResponse = new RequestResponseParameters(request.Value, response.Value, interval.Value);
        }
        if (kind is TrafficType.TcpBulk or TrafficType.TcpRequestResponse)
        {
            long mss = d.Size("mss") ?? DefaultMssBytes;
            long? bytes = d.Size("bytes");
            if (kind == TrafficType.TcpBulk && rate is null && bytes is null)
            {
                d.Errors.Add(d.Node, $"{d.Label} of type tcp_bulk needs a rate (application limit) or bytes (transfer size)", "add e.g. 'rate: 200Mbps' or 'bytes: 500MB'");
                return null;
            }
            long window = d.Size("receive_window") ?? Network.Tcp.TcpOptions.DefaultReceiveWindowBytes;
            if (window < mss || window > int.MaxValue)
            {
                d.Error("receive_window", $"receive_window of {d.Label} is {window}B; it must hold at least one segment ({mss}B) and at most 2GiB",
                    "write e.g. 'receive_window: 6MiB' (Linux autotuning's maximum)");
                return null;
            }
            tcp = new TcpParameters(d.Choice("algorithm") == "newreno" ? TcpAlgorithm.NewReno : TcpAlgorithm.Cubic, mss, bytes)
            {
                ReceiveWindowBytes = window,
                Pacing = d.Boolean("pacing") == true,
                Sack = d.Boolean("sack") ?? true,
            };
            // TCP segments are MSS plus 40 bytes of IP and TCP headers.
            size = PacketSizeDistribution.Fixed(mss + 40);
        }
        DiurnalProfile? diurnal = null;
        if (d.Object("diurnal", ScenarioShapes.DiurnalProfile, $"diurnal of {d.Label}") is { } p)
        {
            var factors = Numbers(p, "factors");
            if (factors.Count == 0 || factors.Any(f => f < 0) || factors.All(f => f == 0))
            {
                p.Error("factors", "diurnal factors must be non-negative with at least one above zero", "write e.g. 'factors: [0.5, 1, 1.5, 1]'");
            }
            else
            {
                diurnal = new DiurnalProfile(factors, p.Duration("period", allowZero: false) ?? SimTime.FromSeconds(86_400), p.Duration("start_at") ?? SimTime.Zero);
            }
        }
        if (!endpointsOk || size is null || (d.Has("rate") && rate is null))
        {
            return null;
        }
        var toPrefix = d.Prefix("to_prefix");
        if (toPrefix is { } named && !PrefixesOf(context, to).Contains(named))
        {
            d.Error("to_prefix", $"to_prefix {named} of {d.Label} is not one of the prefixes of '{to}' ({string.Join(", ", PrefixesOf(context, to))})",
                $"name one of the prefixes of '{to}', or add {named} to its prefixes");
            return null;
        }
        return new Demand(name, from, to, kind, rate, size, qos, start, stop, count, onOff, requestResponse, tcp, diurnal)
        {
            ExpectUnreachable = d.Choice("expect") == "unreachable",
            ToPrefix = toPrefix,
        };
    }

    private static PacketSizeDistribution? ReadSize(ObjectReader d)
    {
        if (d.Has("packet_size") && d.Has("size"))
        {
            d.Error("size", $"{d.Label} has both packet_size and size", "keep one of them");
            return null;
        }
        if (d.Has("packet_size"))
        {
            return d.Size("packet_size") is { } bytes ? PacketSizeDistribution.Fixed(bytes) : null;
        }
        if (d.Object("size", ScenarioShapes.SizeDistribution, $"size of {d.Label}") is not { } s)
        {
            return PacketSizeDistribution.Fixed(DefaultPacketBytes);
        }
        switch (s.Choice("distribution"))
        {
            case "imix":
                return PacketSizeDistribution.Imix();
            case "uniform":
                var min = s.Size("min");
                var max = s.Size("max");
                if (min is null || max is null || max < min)
                {
                    s.Errors.Add(s.Node, "a uniform size needs min and max with min <= max", "write e.g. '{distribution: uniform, min: 64B, max: 1500B}'");
                    return null;
                }
                return PacketSizeDistribution.Uniform(min.Value, max.Value);
            case "fixed" or "empirical":
                var sizes = new List<long>();
                foreach (var scalar in s.ScalarItems("values"))
                {
                    if (ByteSize.TryParse(scalar.Value, out long b, out string error) && b > 0)
                    {
                        sizes.Add(b);
                    }
                    else
                    {
                        s.Errors.Add(scalar, $"bad packet size '{scalar.Value}': {(error.Length > 0 ? error : "a size must be positive")}", "write e.g. '1500B'");
                    }
                }
                var weights = s.Has("weights") ? Numbers(s, "weights") : sizes.Select(_ => 1.0).ToList();
                if (sizes.Count == 0 || weights.Count != sizes.Count || weights.Any(w => w < 0) || weights.Sum() <= 0)
                {
                    s.Errors.Add(s.Node, "an empirical size needs values and as many non-negative weights", "write e.g. '{distribution: empirical, values: [64B, 1500B], weights: [3, 1]}'");
                    return null;
                }
                return new PacketSizeDistribution(sizes.Count == 1 ? "fixed" : "empirical", sizes, weights, sizes.Min(), sizes.Max());
            default:
                return null;
        }
    }

    private static List<double> Numbers(ObjectReader reader, string key)
    {
        var result = new List<double>();
        foreach (var scalar in reader.ScalarItems(key))
        {
            if (double.TryParse(scalar.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double value))
            {
                result.Add(value);
            }
            else
            {
                reader.Errors.Add(scalar, $"'{scalar.Value}' in {key} is not a number", "write plain numbers, e.g. [0.5, 1, 1.5]");
            }
        }
        return result;
    }

    private static bool CheckEndpoint(ObjectReader d, string key, string name, MappingContext context)
    {
        if (context.Sites.ContainsKey(name) || context.Clouds.ContainsKey(name))
        {
            return true;
        }
        var known = context.Sites.Keys.Concat(context.Clouds.Keys).ToList();
        d.Error(key, $"unknown site or cloud '{name}' in {d.Label}; {NameSuggestions.Hint(name, known, "sites and clouds")}", "name a site or cloud declared in the scenario");
        return false;
    }

    private static void ReadMatrix(ObjectReader matrix, MappingContext context, List<MappedDemand> demands)
    {
        var type = matrix.Choice("type") == "cbr" ? TrafficType.Cbr : TrafficType.Poisson;
        long packet = matrix.Size("packet_size") ?? DefaultPacketBytes;
        int qos = matrix.QosClass("class") ?? 3;
        if (matrix.ValueNode("rates") is not YamlMappingNode rows)
        {
            if (matrix.Has("rates"))
            {
                matrix.Error("rates", "rates must map each source to a mapping of destinations and rates", "write e.g. 'rates: {syd-dc: {mel-dc: 100Mbps}}'");
            }
            return;
        }
        var known = context.Sites.Keys.Concat(context.Clouds.Keys).ToList();
        foreach (var (fromNode, row) in rows.Children)
        {
            string from = ((YamlScalarNode)fromNode).Value ?? string.Empty;
            if (!known.Contains(from))
            {
                context.Errors.Add(fromNode, $"unknown site or cloud '{from}' in demand_matrix; {NameSuggestions.Hint(from, known, "sites and clouds")}", "name a site or cloud declared in the scenario");
                continue;
            }
            if (row is not YamlMappingNode cells)
            {
                context.Errors.Add(row, $"the demand_matrix row of '{from}' must map destinations to rates", "write e.g. '{mel-dc: 100Mbps}'");
                continue;
            }
            foreach (var (toNode, cell) in cells.Children)
            {
                string to = ((YamlScalarNode)toNode).Value ?? string.Empty;
                if (!known.Contains(to) || to == from)
                {
                    context.Errors.Add(toNode, to == from ? $"demand_matrix has a demand from '{from}' to itself" : $"unknown site or cloud '{to}' in demand_matrix; {NameSuggestions.Hint(to, known, "sites and clouds")}", "name another site or cloud declared in the scenario");
                    continue;
                }
                string text = (cell as YamlScalarNode)?.Value ?? string.Empty;
                if (!DataRate.TryParse(text, out var rate, out string error) || rate.IsZero)
                {
                    context.Errors.Add(cell, $"bad rate '{text}' in demand_matrix {from} -> {to}: {(error.Length > 0 ? error : "a rate must be positive")}", "write a positive rate with a unit, e.g. 100Mbps");
                    continue;
                }
                string name = $"{from}_{to}";
                if (demands.Any(x => x.Demand.Name == name))
                {
                    context.Errors.Add(toNode, $"demand_matrix flow '{name}' clashes with a flow of the same name", "rename the traffic entry");
                    continue;
                }
                var demand = new Demand(name, from, to, type, rate, PacketSizeDistribution.Fixed(packet), qos, SimTime.Zero, null, 1, null, null, null, null);
                demands.Add(new MappedDemand(demand, matrix, toNode));
            }
        }
    }
}

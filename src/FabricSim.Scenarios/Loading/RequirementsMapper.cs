using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Loading;

/// <summary>Maps the requirements block: every bound in range, every demand it names present, every entry bounding something.</summary>
internal static class RequirementsMapper
{
    private static readonly string[] Bounds = ["p50_latency", "p99_latency", "jitter", "loss", "throughput", "availability"];

    public static Requirements Read(ObjectReader root, IReadOnlyList<Demand> traffic)
    {
        if (root.Object("requirements", ScenarioShapes.Requirements, "requirements") is not { } reader)
        {
            return Requirements.None;
        }
        double? budget = reader.Number("budget", 0);
        var flows = new List<FlowRequirement>();
        int index = 0;
        foreach (var entry in reader.Objects("flows", ScenarioShapes.FlowRequirement, "flow requirement"))
        {
            index++;
            if (Read(entry, traffic, index) is { } requirement)
            {
                flows.Add(requirement);
            }
        }
        double? growth = reader.Number("growth", 0, 10);
        double? limit = reader.Number("utilization_limit", 0.05, 1);
        if (budget is null && flows.Count == 0 && !reader.Has("growth") && !reader.Has("utilization_limit") && !reader.Errors.HasErrors)
        {
            reader.Errors.Add(reader.Node, "the requirements block sets neither a budget, a flow bound, a growth rate nor a utilisation limit",
                "add e.g. 'budget: 5000' or 'flows: [{class: voice, p99_latency: 150ms}]', or remove the block");
        }
        return new Requirements(budget, flows)
        {
            AnnualGrowth = growth,
            UtilizationLimit = limit ?? Requirements.DefaultUtilizationLimit,
        };
    }

    private static FlowRequirement? Read(ObjectReader entry, IReadOnlyList<Demand> traffic, int index)
    {
        string? demand = entry.String("traffic");
        int? qos = entry.QosClass("class");
        var requirement = new FlowRequirement(
            demand, qos, qos is null ? null : entry.String("class"),
            entry.Duration("p50_latency", allowZero: false),
            entry.Duration("p99_latency", allowZero: false),
            entry.Duration("jitter", allowZero: false),
            entry.Number("loss", 0, 1),
            entry.Rate("throughput"),
            entry.Number("availability", 0, 1));
        if (demand is not null && !traffic.Any(d => d.Name == demand || demand.StartsWith(d.Name + "/", StringComparison.Ordinal)))
        {
            entry.Error("traffic", $"flow requirement {index} names traffic '{demand}', which is not a demand; {NameSuggestions.Hint(demand, traffic.Select(d => d.Name).ToList(), "demands")}",
                "use the name of a demand under traffic:, or a flow of it such as 'api/response'");
            return null;
        }
        if (demand is null && qos is not null && !traffic.Any(d => d.QosClass == qos))
        {
            entry.Error("class", $"flow requirement {index} selects class '{entry.String("class")}', which no demand has",
                "name the class of a demand under traffic:, or remove the requirement");
            return null;
        }
        if (demand is not null && qos is not null && traffic.FirstOrDefault(d => d.Name == demand.Split('/')[0]) is { } named && named.QosClass != qos)
        {
            entry.Error("class", $"flow requirement {index} selects traffic '{demand}' and class '{entry.String("class")}', but that demand is in another class, so it selects nothing",
                "remove 'class' (the traffic name already selects the flows) or the 'traffic' key");
            return null;
        }
        if (!Bounds.Any(entry.Has))
        {
            entry.Errors.Add(entry.Node, $"flow requirement {index} ({requirement.Scope}) bounds nothing",
                "add at least one of p50_latency, p99_latency, jitter, loss, throughput or availability");
            return null;
        }
        return requirement;
    }
}

using System.Globalization;
using FabricSim.Estimate.Flows;
using FabricSim.Scenarios.Descriptions;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Validation;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Running;

/// <summary>The fidelity a run uses and why, with what the flow model could not capture when it is used.</summary>
internal sealed record FidelityChoice(Fidelity Used, string Reason, IReadOnlyList<string> Caveats)
{
    /// <summary>
    /// Packets below which <c>auto</c> simulates them all: about a minute of the packet engine on one core, the
    /// reference chain running at ~2 M packets/s (README) and fabrics at a fraction of that.
    /// </summary>
    public const double PacketBudget = 2e7;

    /// <summary>
    /// How many times the budget a run must exceed before <c>auto</c> keeps flow level where the model is weaker:
    /// 2 × 10⁹ packets, hours of the packet engine on a fabric.
    /// </summary>
    public const double BeyondPacketLevel = 100;

    public string Name => Used == Fidelity.Flow ? "flow" : "packet";

    /// <summary>
    /// Decides the fidelity of a run. Explicit flow level on a design it cannot model is bad input: it names the
    /// option and what it cannot model, and asks for packet level.
    /// </summary>
    internal static FidelityChoice Decide(Scenario scenario, RunSettings settings, Fidelity requested)
    {
        var choice = DecideWithinBudget(scenario, settings, requested);
        if (choice.Used == Fidelity.Packet && scenario.PacketBudgetExcess is { } excess)
        {
            // Packet level is what would exceed the budget; say why it is packet level, and what flow level needs.
            throw new ScenarioValidationException([excess with
            {
                Fix = excess.Fix + (requested == Fidelity.Packet
                    ? "; or run at flow level (--fidelity flow or auto), which simulates no packets"
                    : $"; flow level, which simulates no packets, does not apply here ({choice.Reason})"),
            }]);
        }
        return choice;
    }

    private static FidelityChoice DecideWithinBudget(Scenario scenario, RunSettings settings, Fidelity requested)
    {
        if (requested == Fidelity.Packet)
        {
            return new(Fidelity.Packet, "asked for (--fidelity packet)", []);
        }
        var assessed = scenario.Options.Select(o => (Option: o, Applicability: FlowApplicability.Of(OptionDescription.Of(scenario, o)))).ToList();
        if (requested == Fidelity.Flow)
        {
            var errors = assessed.Where(a => !a.Applicability.Supported).Select(a =>
            {
                var (line, column) = NameLocation.Find(scenario.SourceText, a.Option.Name);
                return new ScenarioError(scenario.SourceFile, line, column,
                    $"--fidelity flow cannot evaluate option '{a.Option.Name}': it cannot model {string.Join("; ", a.Applicability.Unsupported)}",
                    "run it with --fidelity packet (or auto, which chooses packet level here)");
            }).ToList();
            if (errors.Count > 0)
            {
                throw new ScenarioValidationException(errors);
            }
            return new(Fidelity.Flow, "asked for (--fidelity flow)", Weaknesses(assessed));
        }
        var weak = Weaknesses(assessed);
        if (assessed.Any(a => !a.Applicability.Supported))
        {
            return new(Fidelity.Packet, "auto: the flow model cannot evaluate " + string.Join("; ", assessed.Where(a => !a.Applicability.Supported)
                .Select(a => $"option '{a.Option.Name}' ({string.Join("; ", a.Applicability.Unsupported)})")), []);
        }
        if (weak.Count > 0)
        {
            return new(Fidelity.Packet, "auto: the flow model is weaker here: " + string.Join("; ", weak), []);
        }
        double packets = PacketsToSimulate(scenario, settings);
        string budget = string.Create(CultureInfo.InvariantCulture, $"{packets:0.##e0} packets to simulate against a budget of {PacketBudget:0e0}");
        // Within auto's budget packet level is the referee; beyond run.max_packets it cannot run at all.
        if (packets <= PacketBudget && scenario.PacketBudgetExcess is null)
        {
            return new(Fidelity.Packet, $"auto: {budget}", []);
        }
        // What the model finds weaker only shows once it has run (queues busy in tandem); it runs in milliseconds.
        var effective = scenario with { Run = settings };
        var found = scenario.Options.SelectMany(o => FlowRun.Execute(effective, o).Caveats.Select(c => $"option '{o.Name}': {c}")).ToList();
        if (found.Count == 0)
        {
            return new(Fidelity.Flow, $"auto: {budget}", []);
        }
        // Deferring to packet level helps only if it can run: beyond run.max_packets it is refused, and far beyond the
        // budget it would take days. There the model answers, and its weakness is stated beside every figure.
        if (scenario.PacketBudgetExcess is not null || packets > BeyondPacketLevel * PacketBudget)
        {
            return new(Fidelity.Flow, $"auto: {budget}, more than packet level can simulate; the flow model is weaker here, see the caveats", found);
        }
        return new(Fidelity.Packet, $"auto: {budget}, but the flow model is weaker here: {string.Join("; ", found)}", []);
    }

    /// <summary>
    /// The packets of every demand in one replication (rate × active time / size, as validate counts them, a message
    /// as its segments at each option's path MTU), times replications, summed over options.
    /// </summary>
    internal static double PacketsToSimulate(Scenario scenario, RunSettings settings)
    {
        if (scenario.Options.Count == 0)
        {
            return scenario.Traffic.Sum(d => Loading.ScenarioChecks.PacketsPerReplication(d, settings)) * settings.Replications;
        }
        return scenario.Options.Sum(option =>
        {
            var mtu = DemandPathMtu.ForMessages(scenario, option);
            return scenario.Traffic.Sum(d => Loading.ScenarioChecks.PacketsPerReplication(d, settings, mtu(d)));
        }) * settings.Replications;
    }

    private static List<string> Weaknesses(IEnumerable<(DesignOption Option, FlowApplicability Applicability)> assessed) =>
        assessed.SelectMany(a => a.Applicability.Weaker.Select(w => $"option '{a.Option.Name}': {w}")).ToList();
}

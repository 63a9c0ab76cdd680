using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Resilience;

/// <summary>
/// A resilience study as numbered cells, option by option and failure set by failure set in enumeration order. Each
/// cell's outcome depends on the scenario alone; <see cref="Aggregate"/> turns every cell's outcome into the study,
/// whether they were computed here or read back from shards.
/// </summary>
internal sealed class ResilienceCells
{
    private readonly Scenario scenario;
    private readonly IReadOnlyList<ResilienceStudy.OptionBaseline> options;
    private readonly int[] firstCell;

    public ResilienceCells(Scenario scenario, int order, IReadOnlyList<ResilienceStudy.OptionBaseline> options)
    {
        this.scenario = scenario;
        Order = order;
        this.options = options;
        firstCell = new int[options.Count];
        var cells = new List<(int Option, int Set)>();
        for (int o = 0; o < options.Count; o++)
        {
            firstCell[o] = cells.Count;
            cells.AddRange(Enumerable.Range(0, options[o].Sets.Count).Select(s => (o, s)));
        }
        Cells = cells;
    }

    public int Order { get; }

    /// <summary>Simulated months of random failures that check each flow's availability when the cells are aggregated (0: none).</summary>
    public int MonteCarloMonths { get; init; }

    public IReadOnlyList<(int Option, int Set)> Cells { get; }

    public string OptionName(int cell) => options[Cells[cell].Option].Option.Name;

    public string SetName(int cell) => options[Cells[cell].Option].Sets[Cells[cell].Set].Name;

    public FailureSetOutcome Execute(int cell)
    {
        var (o, s) = Cells[cell];
        return ResilienceStudy.Outcome(scenario, options[o], options[o].Sets[s]);
    }

    /// <summary>The study from every cell's outcome, indexed as <see cref="Cells"/>.</summary>
    public ResilienceResult Aggregate(IReadOnlyList<FailureSetOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var studied = options.Select((baseline, o) => ResilienceStudy.Study(scenario, baseline,
            [.. Enumerable.Range(firstCell[o], baseline.Sets.Count).Select(cell => outcomes[cell] with { Unit = cell })], MonteCarloMonths)).ToList();
        return new ResilienceResult(scenario.Name, scenario.SourceText, Order, studied);
    }
}

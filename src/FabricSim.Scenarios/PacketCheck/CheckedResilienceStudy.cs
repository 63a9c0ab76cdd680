using FabricSim.Scenarios.Resilience;

namespace FabricSim.Scenarios.PacketCheck;

/// <summary>
/// The whole of <c>fabricsim resilience</c>: the study, its Monte-Carlo availability when months are asked for, then
/// the packet runs of the worst failure sets when they are.
/// </summary>
public static class CheckedResilienceStudy
{
    public static ResilienceResult Run(Scenario scenario, int? order, int monteCarloMonths, int worstSetsChecked, CancellationToken cancellation = default) =>
        WorstSetCheck.Run(scenario, ResilienceStudy.Run(scenario, order, monteCarloMonths, cancellation), worstSetsChecked, cancellation);
}

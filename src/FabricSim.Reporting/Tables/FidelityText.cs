using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Tables;

/// <summary>The line that says how the figures were obtained, so a model's answer is never read as a simulation's.</summary>
internal static class FidelityText
{
    public static string Describe(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Fidelity == "flow"
            ? $"Fidelity: flow level ({result.FidelityReason}); one deterministic evaluation: figures are the model's, without confidence intervals"
            : $"Fidelity: packet level ({result.FidelityReason})";
    }

    public static void Write(TextWriter writer, ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(Describe(result));
        foreach (string caveat in result.FidelityCaveats)
        {
            writer.WriteLine($"Caveat: {caveat}");
        }
        writer.WriteLine();
    }
}

using System.Text.Json;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Json;

/// <summary>
/// verdict.json: the recommended option, one explanation per option and every check behind it, for pipelines that
/// gate on a design. Written field by field so the order never changes; a figure that is not a finite number is null.
/// </summary>
internal static class VerdictJson
{
    public static void Write(Stream destination, ScenarioResult result, Verdict verdict)
    {
        using var json = new Utf8JsonWriter(destination, JsonFormat.Options);
        json.WriteStartObject();
        json.WriteString("scenario", result.ScenarioName);
        json.WriteNumber("replications", result.Replications);
        if (verdict.Recommended is { } recommended)
        {
            json.WriteString("recommended", recommended);
        }
        else
        {
            json.WriteNull("recommended");
        }
        json.WriteString("summary", verdict.Summary);
        json.WriteStartArray("options");
        foreach (var option in verdict.Options)
        {
            json.WriteStartObject();
            json.WriteString("name", option.Option);
            json.WriteString("outcome", option.Outcome.ToString().ToLowerInvariant());
            JsonFormat.Number(json, "monthly_cost_usd", option.MonthlyCostUsd);
            json.WriteString("explanation", option.Explanation);
            json.WriteStartArray("checks");
            foreach (var check in option.Checks)
            {
                WriteCheck(json, check);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCheck(Utf8JsonWriter json, RequirementCheck check)
    {
        json.WriteStartObject();
        json.WriteString("flow", check.Flow);
        json.WriteString("requirement", check.Scope);
        json.WriteString("metric", check.Metric);
        json.WriteString("unit", check.Unit);
        json.WriteString("bound", check.IsUpperBound ? "at_most" : "at_least");
        JsonFormat.Number(json, "limit", check.Bound);
        JsonFormat.Number(json, "mean", check.Measured.Mean);
        JsonFormat.Number(json, "ci_low", check.Measured.Lower);
        JsonFormat.Number(json, "ci_high", check.Measured.Upper);
        json.WriteString("outcome", check.Outcome.ToString().ToLowerInvariant());
        JsonFormat.Number(json, "margin", check.Margin);
        json.WriteBoolean("interval_straddles_limit", check.Straddles);
        if (check.ReplicationsToSettle is { } settle)
        {
            json.WriteNumber("replications_to_settle", settle);
        }
        else
        {
            json.WriteNull("replications_to_settle");
        }
        if (check.Reason is { } reason)
        {
            json.WriteString("reason", reason);
        }
        else
        {
            json.WriteNull("reason");
        }
        if (check.Basis is { } basis)
        {
            json.WriteString("basis", basis);
        }
        json.WriteEndObject();
    }
}

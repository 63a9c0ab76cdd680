namespace FabricSim.Scenarios.Yaml;

/// <summary>Thrown when a scenario has any error; carries all of them, not just the first.</summary>
public sealed class ScenarioValidationException : Exception
{
    public ScenarioValidationException(IReadOnlyList<ScenarioError> errors)
        : base(Describe(errors)) => Errors = errors;

    public ScenarioValidationException()
        : this([])
    {
    }

    public ScenarioValidationException(string message)
        : base(message) => Errors = [];

    public ScenarioValidationException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    public IReadOnlyList<ScenarioError> Errors { get; }

    private static string Describe(IReadOnlyList<ScenarioError> errors) =>
        errors.Count == 0
            ? "The scenario is invalid."
            : $"The scenario has {errors.Count} error(s):{Environment.NewLine}" + string.Join(Environment.NewLine, errors);
}

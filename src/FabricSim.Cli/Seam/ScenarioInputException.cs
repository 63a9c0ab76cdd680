namespace FabricSim.Cli.Seam;

/// <summary>A scenario that turned out to be unusable while running it: the user's input, not the program, is at fault.</summary>
internal sealed class ScenarioInputException : Exception
{
    public ScenarioInputException(IReadOnlyList<ScenarioError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public ScenarioInputException()
        : this([])
    {
    }

    public ScenarioInputException(string message)
        : this([new ScenarioError("", 0, 0, message, "")])
    {
    }

    public ScenarioInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new ScenarioError("", 0, 0, message, "")];
    }

    public IReadOnlyList<ScenarioError> Errors { get; }
}

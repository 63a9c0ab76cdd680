namespace FabricSim.Reporting.Writing;

/// <summary>The results folder cannot be used as asked: the user's choice of folder, not the program, is at fault.</summary>
public sealed class ResultsFolderException : Exception
{
    public ResultsFolderException(FolderProblem problem)
        : base(problem?.ToString())
    {
        Problem = problem ?? new FolderProblem("The results folder cannot be used.", "choose a new folder with --out");
    }

    public ResultsFolderException()
        : this(new FolderProblem("The results folder cannot be used.", "choose a new folder with --out"))
    {
    }

    public ResultsFolderException(string message)
        : this(new FolderProblem(message, "choose a new folder with --out"))
    {
    }

    public ResultsFolderException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = new FolderProblem(message, "choose a new folder with --out");
    }

    public FolderProblem Problem { get; }
}

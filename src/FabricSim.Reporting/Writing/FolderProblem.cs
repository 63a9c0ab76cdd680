namespace FabricSim.Reporting.Writing;

/// <summary>Why a results folder cannot be used, and what the user can do about it.</summary>
public sealed record FolderProblem(string Message, string Fix)
{
    public override string ToString() => $"{Message} Fix: {Fix}";
}

namespace FabricSim.Cli.Seam;

/// <summary>How far a run has got: completed units of work (e.g. replications of options) out of the total.</summary>
internal sealed record RunProgress(int Completed, int Total, string Description);

namespace FabricSim.Scenarios.Results;

/// <summary>Whether a measured figure meets its bound, as far as its confidence interval can tell.</summary>
public enum Outcome
{
    /// <summary>The whole confidence interval is on the right side of the bound.</summary>
    Pass,

    /// <summary>The whole confidence interval is on the wrong side of the bound, or the flow was not delivered at all.</summary>
    Fail,

    /// <summary>The confidence interval straddles the bound, or there is no interval (a single replication).</summary>
    Inconclusive,
}

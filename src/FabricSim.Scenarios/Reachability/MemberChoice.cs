namespace FabricSim.Scenarios.Reachability;

/// <summary>
/// The route one flow takes at <paramref name="router"/> among <paramref name="ties"/> (every route that ties with the
/// best before the router-id step, in decision order), of which the router installs up to <paramref name="maximumPaths"/>.
/// </summary>
internal delegate StaticRoute MemberChoice(string router, IReadOnlyList<StaticRoute> ties, int maximumPaths);

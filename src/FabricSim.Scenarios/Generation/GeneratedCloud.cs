using FabricSim.Scenarios.Catalogs;

namespace FabricSim.Scenarios.Generation;

/// <summary>A cloud region the generated sites reach, with the network its workloads sit in.</summary>
/// <param name="RouteLimit">Routes the cloud accepts on one BGP session (e.g. 100 on an AWS private VIF), from the product catalog.</param>
internal sealed record GeneratedCloud(string Name, CloudRegion Region, string Prefix, long RouteLimit);

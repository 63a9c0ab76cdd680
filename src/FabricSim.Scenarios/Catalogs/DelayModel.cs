using FabricSim.Engine.Time;

namespace FabricSim.Scenarios.Catalogs;

/// <summary>
/// The fixed parts of a private path's delay beside distance x route factor: EndDelay at each end (access circuit,
/// equipment, cloud edge), and SubmarineRouteFactor for backbone links between continents. Fitted in pops.yaml.
/// </summary>
public sealed record DelayModel(SimTime EndDelay, double SubmarineRouteFactor);

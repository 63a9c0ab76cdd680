namespace FabricSim.Scenarios.Generation;

/// <summary>One demand between two endpoints (sites or clouds), in relative units until the generator scales it to bit/s.</summary>
internal sealed record GeneratedDemand(string From, string To, double Volume);

namespace FabricSim.Scenarios.Generation;

internal sealed record GeneratedMcr(GeneratedElement Element, string Pop, long Asn);

namespace FabricSim.Scenarios.Import;

/// <summary>The resources of one <c>terraform show -json</c> file, and whether it is a plan (else an applied state).</summary>
internal sealed record TerraformFile(IReadOnlyList<TerraformResource> Resources, bool IsPlan);

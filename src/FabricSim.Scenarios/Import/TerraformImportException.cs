namespace FabricSim.Scenarios.Import;

/// <summary>The file is not JSON, or not the JSON of <c>terraform show -json</c>: nothing can be imported from it.</summary>
public sealed class TerraformImportException(string message) : Exception(message);

using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Loading;

/// <summary>An option with the reader it came from, so later checks can report at the right line.</summary>
internal sealed record MappedOption(DesignOption Option, ObjectReader Reader);

/// <summary>A demand with the reader it came from (null for demand-matrix entries, which report at the matrix).</summary>
internal sealed record MappedDemand(Demand Demand, ObjectReader Reader, YamlDotNet.RepresentationModel.YamlNode At);

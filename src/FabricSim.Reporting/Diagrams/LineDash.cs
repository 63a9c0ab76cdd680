namespace FabricSim.Reporting.Diagrams;

/// <summary>How a line or outline is stroked: solid, dashed for a failed element, dotted for a path over the Internet.</summary>
internal enum LineDash
{
    Solid,
    Dashed,
    Dotted,
}

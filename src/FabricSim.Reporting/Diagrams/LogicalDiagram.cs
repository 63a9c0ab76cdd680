using FabricSim.Reporting.Plots;
using FabricSim.Scenarios.Results;
using Microsoft.Msagl.Core.Geometry.Curves;
using Microsoft.Msagl.Core.Layout;
using Microsoft.Msagl.Layout.Layered;
using Microsoft.Msagl.Miscellaneous;
using MsaglPoint = Microsoft.Msagl.Core.Geometry.Point;

namespace FabricSim.Reporting.Diagrams;

/// <summary>
/// An option's topology as a graph, for teaching: MSAGL's layered (Sugiyama) layout places sites, PoPs, routers and
/// clouds in ranks with few crossings; each node is a box sized to its name, drawn at full size so every label reads
/// at 100 % zoom, and the image grows with the graph instead of shrinking it.
/// </summary>
internal static class LogicalDiagram
{
    private const double Margin = 24;
    private const double TitleSpace = 40;
    private const double BoxHeight = 26;
    private const double BoxPadding = 10;
    private const int MinWidth = 900;

    public static RenderedPlot Render(string fileStem, string optionName, TopologySummary topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        string title = $"Topology of {optionName}, logical view";
        var boxes = Layout(topology);
        double right = boxes.Count == 0 ? 0 : boxes.Values.Max(b => b.X + b.Width / 2);
        double bottom = boxes.Count == 0 ? 0 : boxes.Values.Max(b => b.Y + BoxHeight / 2);
        int width = (int)Math.Ceiling(Math.Max(Math.Max(MinWidth, DiagramStyle.LegendWidth()), right + Margin));
        int height = (int)Math.Ceiling(bottom + Margin + DiagramStyle.LegendHeight);
        // A graph narrower than the image is centred in it.
        double shift = (width - (right + Margin)) / 2;
        var canvas = new DiagramCanvas(width, height);
        foreach (var edge in topology.Edges)
        {
            if (edge.From != edge.To && boxes.TryGetValue(edge.From, out var from) && boxes.TryGetValue(edge.To, out var to))
            {
                DiagramStyle.Edge(canvas, edge, (from.X + shift, from.Y), (to.X + shift, to.Y));
            }
        }
        foreach (var node in topology.Nodes)
        {
            var box = boxes[node.Name];
            double left = box.X + shift - box.Width / 2;
            canvas.Box(left, box.Y - BoxHeight / 2, box.Width, BoxHeight, SkiaSharp.SKColors.White,
                node.Failed ? DiagramStyle.FailedStroke : DiagramStyle.NodeColor(node.Kind), node.Failed ? LineDash.Dashed : LineDash.Solid);
            canvas.Circle(left + BoxPadding, box.Y, 5, DiagramStyle.NodeColor(node.Kind), DiagramStyle.Ink, LineDash.Solid);
            canvas.Text(left + 2 * BoxPadding + 2, box.Y + DiagramStyle.LabelSize * 0.35, node.Name, DiagramStyle.LabelSize, DiagramStyle.Ink);
        }
        DiagramStyle.Title(canvas, title);
        DiagramStyle.Legend(canvas);
        return new RenderedPlot(fileStem, title, canvas.ToPng(), canvas.ToSvg());
    }

    /// <summary>Centres and widths of the node boxes in image pixels (y down), with the layout's top left at the margins.</summary>
    internal static Dictionary<string, (double X, double Y, double Width)> Layout(TopologySummary topology)
    {
        var graph = new GeometryGraph();
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var node in topology.Nodes)
        {
            double boxWidth = DiagramCanvas.TextWidth(node.Name, DiagramStyle.LabelSize) + 3 * BoxPadding + 4;
            var geometry = new Node(CurveFactory.CreateRectangle(boxWidth, BoxHeight, new MsaglPoint()), node.Name);
            nodes[node.Name] = geometry;
            graph.Nodes.Add(geometry);
        }
        foreach (var edge in topology.Edges)
        {
            if (edge.From != edge.To && nodes.TryGetValue(edge.From, out var from) && nodes.TryGetValue(edge.To, out var to))
            {
                graph.Edges.Add(new Edge(from, to));
            }
        }
        var boxes = new Dictionary<string, (double X, double Y, double Width)>(StringComparer.Ordinal);
        if (graph.Nodes.Count == 0)
        {
            return boxes;
        }
        var settings = new SugiyamaLayoutSettings { NodeSeparation = 24, LayerSeparation = 70 };
        LayoutHelpers.CalculateLayout(graph, settings, null);
        var bounds = graph.BoundingBox;
        foreach (var (name, node) in nodes)
        {
            // MSAGL's y axis points up; the image's points down.
            boxes[name] = (node.Center.X - bounds.Left + Margin, bounds.Top - node.Center.Y + Margin + TitleSpace, node.BoundingBox.Width);
        }
        return boxes;
    }
}

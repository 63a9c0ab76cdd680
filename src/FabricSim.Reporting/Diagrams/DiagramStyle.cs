using FabricSim.Scenarios.Results;
using SkiaSharp;

namespace FabricSim.Reporting.Diagrams;

/// <summary>The look both topology views share, and the legend that explains it.</summary>
internal static class DiagramStyle
{
    public const double LabelSize = 13;
    public const double TitleSize = 17;
    public const double LegendSize = 12;

    /// <summary>Rows of the legend and the gap above it, reserved at the bottom of every diagram.</summary>
    public const double LegendHeight = 3 * 22 + 16;

    public static readonly SKColor Ink = new(0x21, 0x21, 0x21);
    public static readonly SKColor FailedStroke = new(0xc6, 0x28, 0x28);

    private static readonly (double Below, SKColor Color, string Label)[] UtilizationBands =
    [
        (0.5, new SKColor(0x2e, 0x7d, 0x32), "below 50 %"),
        (0.8, new SKColor(0xf9, 0xa8, 0x25), "50–80 %"),
        (double.PositiveInfinity, new SKColor(0xc6, 0x28, 0x28), "80 % or more"),
    ];

    private static readonly SKColor NoMeasurement = new(0x9e, 0x9e, 0x9e);

    public static SKColor UtilizationColor(double? utilization) =>
        utilization is { } u ? UtilizationBands.First(band => u < band.Below).Color : NoMeasurement;

    /// <summary>Width grows with the logarithm of the rate: 10 Mbit/s draws 1 px, each factor of ten adds 1.2 px, up to 7 px.</summary>
    public static double EdgeWidth(double rateBitsPerSecond) =>
        rateBitsPerSecond <= 0 ? 1 : Math.Clamp(1 + 1.2 * Math.Log10(rateBitsPerSecond / 1e7), 1, 7);

    public static LineDash EdgeDash(TopologyEdge edge) =>
        edge.Failed ? LineDash.Dashed : edge.Kind is TopologyEdgeKind.Vpn or TopologyEdgeKind.Internet ? LineDash.Dotted : LineDash.Solid;

    public static SKColor NodeColor(TopologyNodeKind kind) => kind switch
    {
        TopologyNodeKind.Site => new SKColor(0x15, 0x65, 0xc0),
        TopologyNodeKind.Pop => new SKColor(0x61, 0x61, 0x61),
        TopologyNodeKind.Mcr => new SKColor(0x6a, 0x1b, 0x9a),
        TopologyNodeKind.Mve => new SKColor(0x00, 0x83, 0x8f),
        _ => new SKColor(0xef, 0x6c, 0x00),
    };

    public static string KindName(TopologyNodeKind kind) => kind switch
    {
        TopologyNodeKind.Site => "site",
        TopologyNodeKind.Pop => "PoP",
        TopologyNodeKind.Mcr => "MCR",
        TopologyNodeKind.Mve => "MVE",
        _ => "cloud region",
    };

    public static void Title(DiagramCanvas canvas, string title) => canvas.TextWithin(12, 24, title, TitleSize, Ink, bold: true);

    /// <summary>Three rows at the bottom: node kinds, utilization colours, and what line width and dashes mean.</summary>
    public static void Legend(DiagramCanvas canvas)
    {
        double y = canvas.Height - LegendHeight + 24;
        double x = 12;
        x = Caption(canvas, x, y, "Nodes:");
        foreach (var kind in Enum.GetValues<TopologyNodeKind>())
        {
            canvas.Circle(x + 6, y - 4, 6, NodeColor(kind), Ink, LineDash.Solid);
            x = Caption(canvas, x + 16, y, KindName(kind));
        }
        canvas.Circle(x + 6, y - 4, 6, NodeColor(TopologyNodeKind.Mcr), FailedStroke, LineDash.Dashed);
        Caption(canvas, x + 16, y, "failed during the run (red dashed outline)");

        y += 22;
        x = Caption(canvas, 12, y, "Line colour, mean utilization of the busier direction:");
        foreach (var band in UtilizationBands.Select(b => (b.Color, b.Label)).Append((Color: NoMeasurement, Label: "not measured")))
        {
            canvas.Line(x, y - 4, x + 24, y - 4, 4, band.Color, LineDash.Solid);
            x = Caption(canvas, x + 30, y, band.Label);
        }

        y += 22;
        x = Caption(canvas, 12, y, "Line width: rate (1 px at 10 Mbit/s, +1.2 px per ×10).");
        canvas.Line(x, y - 4, x + 30, y - 4, 2, Ink, LineDash.Dashed);
        x = Caption(canvas, x + 36, y, "failed during the run");
        canvas.Line(x, y - 4, x + 30, y - 4, 2, Ink, LineDash.Dotted);
        Caption(canvas, x + 36, y, "IPsec VPN or Internet");
    }

    /// <summary>Draws a legend caption and returns where the next item starts.</summary>
    private static double Caption(DiagramCanvas canvas, double x, double y, string text)
    {
        canvas.Text(x, y, text, LegendSize, Ink);
        return x + DiagramCanvas.TextWidth(text, LegendSize) + 12;
    }

    /// <summary>The legend's widest row, so a diagram is never narrower than its legend.</summary>
    public static int LegendWidth()
    {
        double nodes = 12 + DiagramCanvas.TextWidth("Nodes:", LegendSize) + 12
            + Enum.GetValues<TopologyNodeKind>().Sum(kind => 16 + DiagramCanvas.TextWidth(KindName(kind), LegendSize) + 12)
            + 16 + DiagramCanvas.TextWidth("failed during the run (red dashed outline)", LegendSize) + 12;
        double colours = 12 + DiagramCanvas.TextWidth("Line colour, mean utilization of the busier direction:", LegendSize) + 12
            + UtilizationBands.Select(b => b.Label).Append("not measured").Sum(label => 30 + DiagramCanvas.TextWidth(label, LegendSize) + 12);
        return (int)Math.Ceiling(Math.Max(nodes, colours));
    }

    /// <summary>Draws one node as a circle with its kind's colour; a failed node gets a red dashed outline.</summary>
    public static void Node(DiagramCanvas canvas, TopologyNode node, double x, double y) =>
        canvas.Circle(x, y, 7, NodeColor(node.Kind), node.Failed ? FailedStroke : Ink, node.Failed ? LineDash.Dashed : LineDash.Solid);

    public static void Edge(DiagramCanvas canvas, TopologyEdge edge, (double X, double Y) from, (double X, double Y) to) =>
        canvas.Line(from.X, from.Y, to.X, to.Y, EdgeWidth(edge.RateBitsPerSecond), UtilizationColor(edge.MeanUtilization), EdgeDash(edge));
}

using System.Globalization;
using System.Xml.Linq;
using FabricSim.Reporting.Diagrams;
using FabricSim.Reporting.Plots;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Results;
using Xunit;

namespace FabricSim.Reporting.Tests.Diagrams;

/// <summary>Rendering tests of the geographic and logical topology diagrams, read back from their SVG text.</summary>
public class TopologyDiagramTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static TopologyNode Node(string name, TopologyNodeKind kind, double lat, double lon, bool failed = false) =>
        new(name, kind, new GeoPoint(lat, lon), "SYD1", failed);

    /// <summary>Sydney data centre, Auckland office, an MCR in Sydney and AWS in Sydney; one VXC failed in the run.</summary>
    private static TopologySummary TwoCities() => new(
        [
            Node("syd-dc", TopologyNodeKind.Site, -33.87, 151.21),
            Node("Zürich–東京 <b>&\"office\"", TopologyNodeKind.Site, -36.85, 174.76),
            Node("SYD1", TopologyNodeKind.Pop, -33.87, 151.21),
            Node("AKL1", TopologyNodeKind.Pop, -36.85, 174.76),
            Node("mcr-syd", TopologyNodeKind.Mcr, -33.87, 151.21, failed: true),
            Node("aws-syd", TopologyNodeKind.Cloud, -33.80, 151.00),
        ],
        [
            new TopologyEdge("syd-port", TopologyEdgeKind.Port, "syd-dc", "SYD1", 10e9, 0.3, false),
            new TopologyEdge("akl-vxc", TopologyEdgeKind.Vxc, "AKL1", "mcr-syd", 1e9, 0.9, Failed: true),
            new TopologyEdge("aws-vxc", TopologyEdgeKind.Vxc, "mcr-syd", "aws-syd", 100e6, null, false),
            new TopologyEdge("akl-vpn", TopologyEdgeKind.Vpn, "Zürich–東京 <b>&\"office\"", "aws-syd", 50e6, 0.1, false),
        ]);

    public static TheoryData<string> Views => ["geo", "logical"];

    private static RenderedPlot Render(string view, TopologySummary topology) => view == "geo"
        ? GeographicDiagram.Render("topology_geo_x", "x", topology)
        : LogicalDiagram.Render("topology_logical_x", "x", topology);

    private static List<XElement> Texts(RenderedPlot plot) => XDocument.Parse(plot.Svg).Descendants(Svg + "text").ToList();

    private static double Attribute(XElement element, string name) => double.Parse(element.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Views))]
    public void Every_node_name_appears_as_text_in_the_svg(string view)
    {
        var topology = TwoCities();
        var texts = Texts(Render(view, topology)).Select(text => text.Value).ToList();
        foreach (var node in topology.Nodes)
        {
            Assert.Contains(node.Name, texts);
        }
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void A_failed_vxc_is_dashed_and_a_working_one_is_not(string view)
    {
        var lines = XDocument.Parse(Render(view, TwoCities()).Svg).Descendants(Svg + "line").ToList();
        // The failed VXC is the only 1 Gbit/s line; the working VXC the only 100 Mbit/s one.
        string failedWidth = DiagramStyle.EdgeWidth(1e9).ToString("0.##", CultureInfo.InvariantCulture);
        string workingWidth = DiagramStyle.EdgeWidth(100e6).ToString("0.##", CultureInfo.InvariantCulture);
        var failed = Assert.Single(lines, line => line.Attribute("stroke-width")!.Value == failedWidth);
        var working = Assert.Single(lines, line => line.Attribute("stroke-width")!.Value == workingWidth);
        Assert.NotNull(failed.Attribute("stroke-dasharray"));
        Assert.Null(working.Attribute("stroke-dasharray"));
        Assert.Equal("#c62828", failed.Attribute("stroke")!.Value); // 90 % utilization: the top band.
    }

    [Fact]
    public void A_node_east_of_another_is_drawn_to_its_right_and_one_north_above_it()
    {
        var topology = new TopologySummary(
            [
                Node("perth", TopologyNodeKind.Site, -31.95, 115.86),
                Node("sydney", TopologyNodeKind.Site, -33.87, 151.21),
                Node("singapore", TopologyNodeKind.Site, 1.35, 103.82),
            ], []);
        var places = GeographicDiagram.Positions(topology.Nodes, 1100);
        Assert.True(places["sydney"].X > places["perth"].X);
        Assert.True(places["perth"].X > places["singapore"].X);
        Assert.True(places["singapore"].Y < places["perth"].Y);
        // The labels follow their markers.
        var labels = Texts(GeographicDiagram.Render("g", "x", topology)).ToDictionary(t => t.Value, t => Attribute(t, "x"));
        Assert.True(labels["sydney"] > labels["perth"]);
    }

    [Fact]
    public void A_fabric_across_the_date_line_is_drawn_across_the_pacific_not_round_the_world()
    {
        var places = GeographicDiagram.Positions(
            [Node("sydney", TopologyNodeKind.Site, -33.87, 151.21), Node("los-angeles", TopologyNodeKind.Site, 34.05, -118.24)], 1100);
        // Los Angeles (118° W) lies east of Sydney across the Pacific.
        Assert.True(places["los-angeles"].X > places["sydney"].X);
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void The_same_topology_draws_the_same_bytes(string view)
    {
        var first = Render(view, TwoCities());
        var second = Render(view, TwoCities());
        Assert.Equal(first.Svg, second.Svg);
        Assert.Equal(first.Png, second.Png);
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void A_fifty_site_fabric_keeps_every_label_inside_the_image(string view)
    {
        var topology = FiftySites();
        var plot = Render(view, topology);
        var svg = XDocument.Parse(plot.Svg).Root!;
        double width = Attribute(svg, "width"), height = Attribute(svg, "height");
        var texts = Texts(plot);
        foreach (var node in topology.Nodes)
        {
            Assert.Contains(node.Name, texts.Select(t => t.Value));
        }
        foreach (var text in texts)
        {
            double x = Attribute(text, "x"), y = Attribute(text, "y"), size = Attribute(text, "font-size");
            double textWidth = DiagramCanvas.TextWidth(text.Value, size, text.Attribute("font-weight") is not null);
            Assert.InRange(x, 0, width);
            Assert.InRange(x + textWidth, 0, width);
            Assert.InRange(y - size, 0, height);
            Assert.InRange(y, 0, height);
        }
        using var png = SkiaSharp.SKBitmap.Decode(plot.Png);
        Assert.Equal((int)width, png.Width);
        Assert.Equal((int)height, png.Height);
    }

    /// <summary>Fifty sites spread over the globe (a fixed pseudo-random draw), each with a Port to its own PoP and a VXC to one hub MCR.</summary>
    private static TopologySummary FiftySites()
    {
        var random = new Random(15);
        var nodes = new List<TopologyNode> { Node("mcr-hub", TopologyNodeKind.Mcr, 1.35, 103.82) };
        var edges = new List<TopologyEdge>();
        for (int i = 0; i < 50; i++)
        {
            double lat = -45 + 105 * random.NextDouble(), lon = -180 + 360 * random.NextDouble();
            string site = $"site-{i:00}-datacentre", pop = $"POP{i:00}";
            nodes.Add(Node(site, TopologyNodeKind.Site, lat, lon));
            nodes.Add(Node(pop, TopologyNodeKind.Pop, lat, lon));
            edges.Add(new TopologyEdge($"{site}-port", TopologyEdgeKind.Port, site, pop, 1e9, 0.2, false));
            edges.Add(new TopologyEdge($"{site}-vxc", TopologyEdgeKind.Vxc, pop, "mcr-hub", 500e6, 0.6, i % 7 == 0));
        }
        return new TopologySummary(nodes, edges);
    }

    [Fact]
    public void The_report_shows_a_topology_section_after_the_comparison_and_before_the_figures()
    {
        var result = SyntheticResults.Create();
        result = result with { Options = [.. result.Options.Select(option => option with { Topology = TwoCities() })] };
        IReadOnlyList<RenderedPlot> plots = [.. TopologyDiagrams.Render(result), .. ReportPlots.Render(result, ReportOptions.Default)];
        Assert.Contains(plots, plot => plot.FileStem == "topology_geo_sdci" && plot.IsDiagram);
        Assert.Contains(plots, plot => plot.FileStem == "topology_logical_ipsec-vpn" && plot.IsDiagram);
        string html = Html.HtmlReport.Build(result, plots);
        int comparison = html.IndexOf("id=\"comparison\"", StringComparison.Ordinal);
        int topology = html.IndexOf("<h2 id=\"topology\">Topology</h2>", StringComparison.Ordinal);
        int figures = html.IndexOf("<h2 id=\"figures\">", StringComparison.Ordinal);
        Assert.True(comparison >= 0 && comparison < topology && topology < figures, $"comparison {comparison}, topology {topology}, figures {figures}");
        Assert.Contains("alt=\"Topology of sdci on the map\"", html, StringComparison.Ordinal);
    }
}

using FabricSim.Reporting.Plots;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Diagrams;

/// <summary>
/// An option's topology on a map: every node at its latitude and longitude (equirectangular, scaled by the cosine of
/// the mean latitude and fitted to the nodes' bounding box), nodes sharing a place fanned out around it.
/// </summary>
internal static class GeographicDiagram
{
    private const int Width = 1100;
    private const int MapHeight = 620;
    private const double SideMargin = 150;
    private const double TopMargin = 56;
    private const double BottomMargin = 30;

    /// <summary>Nodes at one place sit on a circle of this radius, far enough apart for their markers and labels.</summary>
    private const double FanRadius = 30;

    public static RenderedPlot Render(string fileStem, string optionName, TopologySummary topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        int width = Math.Max(Width, DiagramStyle.LegendWidth());
        var canvas = new DiagramCanvas(width, (int)(MapHeight + DiagramStyle.LegendHeight));
        string title = $"Topology of {optionName} on the map";
        var positions = Positions(topology.Nodes, width);
        foreach (var edge in topology.Edges)
        {
            if (edge.From != edge.To && positions.TryGetValue(edge.From, out var from) && positions.TryGetValue(edge.To, out var to))
            {
                DiagramStyle.Edge(canvas, edge, (from.X, from.Y), (to.X, to.Y));
            }
        }
        foreach (var node in topology.Nodes)
        {
            var place = positions[node.Name];
            DiagramStyle.Node(canvas, node, place.X, place.Y);
        }
        var taken = topology.Nodes.Select(node => positions[node.Name]).Select(p => (p.X - 8, p.Y - 8, 16.0, 16.0)).ToList();
        foreach (var node in topology.Nodes)
        {
            var place = positions[node.Name];
            var (left, baseline) = LabelPlace(node.Name, place, taken, canvas.Width, canvas.Height);
            var (x, y) = canvas.TextWithin(left, baseline, node.Name, DiagramStyle.LabelSize, DiagramStyle.Ink);
            taken.Add((x, y - DiagramStyle.LabelSize, DiagramCanvas.TextWidth(node.Name, DiagramStyle.LabelSize), DiagramStyle.LabelSize * 1.3));
        }
        DiagramStyle.Title(canvas, title);
        DiagramStyle.Legend(canvas);
        return new RenderedPlot(fileStem, title, canvas.ToPng(), canvas.ToSvg());
    }

    /// <summary>
    /// The first of right, left, above and below its marker (outward side first) where the label covers no marker or
    /// earlier label; right (or left) when every side is covered, as on a crowded map something must overlap.
    /// </summary>
    private static (double Left, double Baseline) LabelPlace(string text, Place place, List<(double X, double Y, double W, double H)> taken, int width, int height)
    {
        double w = DiagramCanvas.TextWidth(text, DiagramStyle.LabelSize), h = DiagramStyle.LabelSize * 1.3;
        double middle = place.Y + DiagramStyle.LabelSize * 0.35;
        var right = (place.X + 11, middle);
        var left = (place.X - 11 - w, middle);
        var above = (place.X - w / 2, place.Y - 12);
        var below = (place.X - w / 2, place.Y + 12 + DiagramStyle.LabelSize);
        var candidates = place.Outward < 0 ? new[] { left, right, above, below } : [right, left, above, below];
        foreach (var (x, y) in candidates)
        {
            bool inside = x >= 0 && x + w <= width && y - DiagramStyle.LabelSize >= 0 && y <= height;
            if (inside && !taken.Any(r => x < r.X + r.W && r.X < x + w && y - DiagramStyle.LabelSize < r.Y + r.H && r.Y < y - DiagramStyle.LabelSize + h))
            {
                return (x, y);
            }
        }
        return candidates[0];
    }

    /// <param name="Outward">The horizontal direction from the group's centre: negative when the node sits left of it.</param>
    internal readonly record struct Place(double X, double Y, double Outward);

    internal static Dictionary<string, Place> Positions(IReadOnlyList<TopologyNode> nodes, int width)
    {
        var places = new Dictionary<string, Place>(StringComparer.Ordinal);
        if (nodes.Count == 0)
        {
            return places;
        }
        // A fabric across the Pacific spans less when eastern longitudes continue past 180° than when it wraps round.
        bool acrossDateLine = nodes.Max(n => n.Location.LongitudeDegrees) - nodes.Min(n => n.Location.LongitudeDegrees) > 180;
        double Longitude(TopologyNode node) =>
            acrossDateLine && node.Location.LongitudeDegrees < 0 ? node.Location.LongitudeDegrees + 360 : node.Location.LongitudeDegrees;
        double meanLatitude = nodes.Average(n => n.Location.LatitudeDegrees);
        double xScale = Math.Cos(double.DegreesToRadians(meanLatitude));
        double minX = nodes.Min(n => Longitude(n) * xScale), maxX = nodes.Max(n => Longitude(n) * xScale);
        double minY = nodes.Min(n => -n.Location.LatitudeDegrees), maxY = nodes.Max(n => -n.Location.LatitudeDegrees);
        double areaWidth = width - 2 * SideMargin, areaHeight = MapHeight - TopMargin - BottomMargin;
        double spanX = maxX - minX, spanY = maxY - minY;
        double scale = spanX <= 0 && spanY <= 0 ? 1 : Math.Min(spanX > 0 ? areaWidth / spanX : double.MaxValue, spanY > 0 ? areaHeight / spanY : double.MaxValue);
        double offsetX = SideMargin + (areaWidth - spanX * scale) / 2, offsetY = TopMargin + (areaHeight - spanY * scale) / 2;

        var groups = nodes
            .GroupBy(n => (Math.Round(Longitude(n) * xScale * scale / FanRadius), Math.Round(-n.Location.LatitudeDegrees * scale / FanRadius)))
            .OrderBy(g => g.Key);
        foreach (var group in groups)
        {
            var members = group.ToList();
            double cx = offsetX + (members.Average(n => Longitude(n) * xScale) - minX) * scale;
            double cy = offsetY + (members.Average(n => -n.Location.LatitudeDegrees) - minY) * scale;
            for (int i = 0; i < members.Count; i++)
            {
                if (members.Count == 1)
                {
                    places[members[i].Name] = new Place(cx, cy, 1);
                    continue;
                }
                double angle = -Math.PI / 2 + 2 * Math.PI * i / members.Count;
                places[members[i].Name] = new Place(cx + FanRadius * Math.Cos(angle), cy + FanRadius * Math.Sin(angle), Math.Cos(angle) < -1e-9 ? -1 : 1);
            }
        }
        Separate(places, nodes, width);
        return places;
    }

    /// <summary>
    /// Pushes apart markers of different places that landed on top of each other (Sydney and Brisbane on a map that
    /// also holds Hong Kong), a few pixels at a time, in a fixed order so the result is the same on every run.
    /// </summary>
    private static void Separate(Dictionary<string, Place> places, IReadOnlyList<TopologyNode> nodes, int width)
    {
        const double MinGap = 36;
        for (int round = 0; round < 40; round++)
        {
            bool moved = false;
            for (int i = 0; i < nodes.Count; i++)
            {
                for (int j = i + 1; j < nodes.Count; j++)
                {
                    var a = places[nodes[i].Name];
                    var b = places[nodes[j].Name];
                    double dx = b.X - a.X, dy = b.Y - a.Y, distance = Math.Sqrt(dx * dx + dy * dy);
                    if (distance >= MinGap)
                    {
                        continue;
                    }
                    (dx, dy) = distance > 1e-9 ? (dx / distance, dy / distance) : (0.0, 1.0);
                    double push = (MinGap - distance) / 2;
                    places[nodes[i].Name] = Within(a with { X = a.X - dx * push, Y = a.Y - dy * push }, width);
                    places[nodes[j].Name] = Within(b with { X = b.X + dx * push, Y = b.Y + dy * push }, width);
                    moved = true;
                }
            }
            if (!moved)
            {
                return;
            }
        }
    }

    private static Place Within(Place place, int width) =>
        place with { X = Math.Clamp(place.X, SideMargin / 2, width - SideMargin / 2), Y = Math.Clamp(place.Y, TopMargin, MapHeight - BottomMargin / 2) };
}

using System.Globalization;
using System.Text;
using FabricSim.Reporting.Plots;
using SkiaSharp;

namespace FabricSim.Reporting.Diagrams;

/// <summary>
/// A list of shapes drawn once as SVG (text kept as text, so it stays searchable and scales for print) and once as
/// PNG through SkiaSharp with the shipped font, so the two files of a diagram show the same picture.
/// </summary>
internal sealed class DiagramCanvas(int width, int height)
{
    private const string FontFamily = "DejaVu Sans, Verdana, sans-serif";
    private readonly List<Shape> shapes = [];

    public int Width { get; } = width;

    public int Height { get; } = height;

    public static double TextWidth(string text, double size, bool bold = false)
    {
        using var font = new SKFont(bold ? PlotFonts.Bold : PlotFonts.Regular, (float)size);
        return font.MeasureText(text);
    }

    public void Line(double x1, double y1, double x2, double y2, double strokeWidth, SKColor color, LineDash dash) =>
        shapes.Add(new LineShape(x1, y1, x2, y2, strokeWidth, color, dash));

    public void Circle(double cx, double cy, double radius, SKColor fill, SKColor stroke, LineDash dash) =>
        shapes.Add(new CircleShape(cx, cy, radius, fill, stroke, dash));

    public void Box(double x, double y, double w, double h, SKColor fill, SKColor stroke, LineDash dash) =>
        shapes.Add(new BoxShape(x, y, w, h, fill, stroke, dash));

    /// <summary>Text with its left end at x and its baseline at y.</summary>
    public void Text(double x, double y, string text, double size, SKColor color, bool bold = false) =>
        shapes.Add(new TextShape(x, y, text, size, color, bold));

    /// <summary>
    /// Text placed near (x, y) but moved inside the image when it would cross an edge: a label cut off at the border
    /// is worse than one a few pixels from its node. Returns where it went.
    /// </summary>
    public (double Left, double Baseline) TextWithin(double x, double y, string text, double size, SKColor color, bool bold = false)
    {
        const double Inset = 2;
        double textWidth = TextWidth(text, size, bold);
        double left = Math.Clamp(x, Inset, Math.Max(Inset, Width - Inset - textWidth));
        double baseline = Math.Clamp(y, Inset + size, Height - Inset - size * 0.25);
        Text(left, baseline, text, size, color, bold);
        return (left, baseline);
    }

    public string ToSvg()
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{Height}\" fill=\"#ffffff\"/>\n");
        foreach (var shape in shapes)
        {
            switch (shape)
            {
                case LineShape line:
                    svg.Append("<line x1=\"").Append(N(line.X1)).Append("\" y1=\"").Append(N(line.Y1)).Append("\" x2=\"").Append(N(line.X2))
                        .Append("\" y2=\"").Append(N(line.Y2)).Append("\" stroke=\"").Append(Hex(line.Color)).Append("\" stroke-width=\"")
                        .Append(N(line.StrokeWidth)).Append('"').Append(SvgDash(line.Dash, line.StrokeWidth)).Append(" stroke-linecap=\"round\"/>\n");
                    break;
                case CircleShape circle:
                    svg.Append("<circle cx=\"").Append(N(circle.Cx)).Append("\" cy=\"").Append(N(circle.Cy)).Append("\" r=\"").Append(N(circle.Radius))
                        .Append("\" fill=\"").Append(Hex(circle.Fill)).Append("\" stroke=\"").Append(Hex(circle.Stroke)).Append("\" stroke-width=\"1.5\"")
                        .Append(SvgDash(circle.Dash, 1.5)).Append("/>\n");
                    break;
                case BoxShape box:
                    svg.Append("<rect x=\"").Append(N(box.X)).Append("\" y=\"").Append(N(box.Y)).Append("\" width=\"").Append(N(box.W))
                        .Append("\" height=\"").Append(N(box.H)).Append("\" rx=\"4\" fill=\"").Append(Hex(box.Fill)).Append("\" stroke=\"")
                        .Append(Hex(box.Stroke)).Append("\" stroke-width=\"1.5\"").Append(SvgDash(box.Dash, 1.5)).Append("/>\n");
                    break;
                case TextShape text:
                    svg.Append("<text x=\"").Append(N(text.X)).Append("\" y=\"").Append(N(text.Y)).Append("\" font-family=\"").Append(FontFamily)
                        .Append("\" font-size=\"").Append(N(text.Size)).Append('"').Append(text.Bold ? " font-weight=\"bold\"" : "")
                        .Append(" fill=\"").Append(Hex(text.Color)).Append("\">").Append(System.Security.SecurityElement.Escape(text.Content))
                        .Append("</text>\n");
                    break;
            }
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    public byte[] ToPng()
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var paint = new SKPaint { IsAntialias = true };
        foreach (var shape in shapes)
        {
            paint.PathEffect?.Dispose();
            paint.PathEffect = null;
            switch (shape)
            {
                case LineShape line:
                    Stroke(paint, line.Color, line.StrokeWidth, line.Dash);
                    paint.StrokeCap = SKStrokeCap.Round;
                    canvas.DrawLine((float)line.X1, (float)line.Y1, (float)line.X2, (float)line.Y2, paint);
                    break;
                case CircleShape circle:
                    Fill(paint, circle.Fill);
                    canvas.DrawCircle((float)circle.Cx, (float)circle.Cy, (float)circle.Radius, paint);
                    Stroke(paint, circle.Stroke, 1.5, circle.Dash);
                    canvas.DrawCircle((float)circle.Cx, (float)circle.Cy, (float)circle.Radius, paint);
                    break;
                case BoxShape box:
                    var rect = SKRect.Create((float)box.X, (float)box.Y, (float)box.W, (float)box.H);
                    Fill(paint, box.Fill);
                    canvas.DrawRoundRect(rect, 4, 4, paint);
                    Stroke(paint, box.Stroke, 1.5, box.Dash);
                    canvas.DrawRoundRect(rect, 4, 4, paint);
                    break;
                case TextShape text:
                    Fill(paint, text.Color);
                    using (var font = new SKFont(text.Bold ? PlotFonts.Bold : PlotFonts.Regular, (float)text.Size))
                    {
                        canvas.DrawText(text.Content, (float)text.X, (float)text.Y, font, paint);
                    }
                    break;
            }
        }
        paint.PathEffect?.Dispose();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static void Fill(SKPaint paint, SKColor color)
    {
        paint.Style = SKPaintStyle.Fill;
        paint.Color = color;
    }

    private static void Stroke(SKPaint paint, SKColor color, double strokeWidth, LineDash dash)
    {
        paint.Style = SKPaintStyle.Stroke;
        paint.Color = color;
        paint.StrokeWidth = (float)strokeWidth;
        paint.StrokeCap = SKStrokeCap.Butt;
        var intervals = DashIntervals(dash, strokeWidth);
        paint.PathEffect = intervals is null ? null : SKPathEffect.CreateDash(intervals.Select(i => (float)i).ToArray(), 0);
    }

    /// <summary>Dash lengths grow with the line so a thick failed VXC still reads as dashed.</summary>
    private static double[]? DashIntervals(LineDash dash, double strokeWidth) => dash switch
    {
        LineDash.Dashed => [8 + 2 * strokeWidth, 5 + strokeWidth],
        LineDash.Dotted => [1.5, 3 + strokeWidth],
        _ => null,
    };

    private static string SvgDash(LineDash dash, double strokeWidth) =>
        DashIntervals(dash, strokeWidth) is { } intervals ? $" stroke-dasharray=\"{string.Join(' ', intervals.Select(N))}\"" : "";

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Hex(SKColor color) => $"#{color.Red:x2}{color.Green:x2}{color.Blue:x2}";

    private abstract record Shape;

    private sealed record LineShape(double X1, double Y1, double X2, double Y2, double StrokeWidth, SKColor Color, LineDash Dash) : Shape;

    private sealed record CircleShape(double Cx, double Cy, double Radius, SKColor Fill, SKColor Stroke, LineDash Dash) : Shape;

    private sealed record BoxShape(double X, double Y, double W, double H, SKColor Fill, SKColor Stroke, LineDash Dash) : Shape;

    private sealed record TextShape(double X, double Y, string Content, double Size, SKColor Color, bool Bold) : Shape;
}

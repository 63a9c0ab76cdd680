using ScottPlot;

namespace FabricSim.Reporting.Plots;

/// <summary>
/// The look of the n-th series of a plot: a colour and a line pattern that stay distinguishable up to fifty series.
/// The first ten colours are Category10, familiar from most plotting tools; the next forty were picked one at a
/// time as the sRGB colour (in steps of 17 per channel, lightness 30–75 so lines show on white) farthest in CIELAB
/// from all those before it, which keeps every pair at least ΔE*ab 24 apart. The pattern changes every ten series,
/// so even a reader who cannot tell two hues apart can tell series 3 from series 13.
/// </summary>
internal static class SeriesStyle
{
    private static readonly uint[] Palette =
    [
        0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf,
        0x0000ff, 0xff22ff, 0x0055ee, 0x445500, 0xff0077, 0xddaa66, 0x8800aa, 0x77bb88, 0xff8888, 0x881155,
        0x005544, 0xff22bb, 0x994400, 0x0088ff, 0xdd77ff, 0xbbaadd, 0x00cc00, 0x554466, 0xeeaa00, 0x9933ff,
        0x114499, 0x992233, 0xddaaaa, 0xff0000, 0x886600, 0x888855, 0x227733, 0x00bbff, 0xaa6688, 0x668800,
        0xaa0088, 0x00cc88, 0x227788, 0x99bbcc, 0x77bb00, 0xff8855, 0xaabb66, 0x6644bb, 0xff6699, 0x009988,
    ];

    private static readonly LinePattern[] Patterns =
    [
        LinePattern.Solid,
        LinePattern.Dashed,
        LinePattern.Dotted,
        new([10, 4, 2, 4], 0, "dash-dot"),
        LinePattern.DenselyDashed,
    ];

    /// <summary>How many series get a colour of their own; beyond it colours repeat (with another pattern).</summary>
    public static int DistinctColors => Palette.Length;

    public static Color ColorAt(int index)
    {
        uint rgb = Palette[index % Palette.Length];
        return new Color((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
    }

    public static LinePattern PatternAt(int index) => Patterns[(index / 10 + index / Palette.Length) % Patterns.Length];
}

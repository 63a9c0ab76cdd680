namespace FabricSim.Reporting.Html;

/// <summary>The report's style sheet, inline so the page needs nothing beside itself.</summary>
internal static class HtmlStyle
{
    public const string Css = """
        body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; margin: 2rem auto; max-width: 1200px; padding: 0 1rem; color: #1d2630; line-height: 1.45; }
        h1 { border-bottom: 3px solid #1f77b4; padding-bottom: .3rem; }
        h2 { margin-top: 2.2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; }
        .table-wrap { max-width: 100%; overflow-x: auto; margin: .6rem 0 1.2rem; }
        table { border-collapse: collapse; font-size: .9rem; }
        th, td { border: 1px solid #d0d7de; padding: .3rem .55rem; }
        th { background: #f3f6f9; text-align: left; position: sticky; top: 0; }
        td { overflow-wrap: break-word; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tbody tr:nth-child(even) { background: #fafbfc; }
        pre { background: #f6f8fa; border: 1px solid #d0d7de; padding: .8rem; overflow-x: auto; font-size: .85rem; }
        figure { margin: 1.2rem 0; }
        figure img { max-width: 100%; height: auto; border: 1px solid #e1e4e8; }
        figcaption { font-size: .9rem; color: #57606a; }
        .settings, .note { color: #57606a; }
        p.verdict { font-size: 1.15rem; font-weight: bold; padding: .6rem .8rem; border-left: 5px solid; }
        p.verdict.met { border-color: #2da44e; background: #eef9f0; }
        p.verdict.unmet { border-color: #cf222e; background: #fff0f0; }
        span.outcome { font-weight: bold; }
        span.outcome.pass { color: #1a7f37; }
        span.outcome.fail { color: #cf222e; }
        span.outcome.inconclusive { color: #9a6700; }
        section.option { margin-top: 1.5rem; }
        details { margin: .6rem 0; }
        summary { cursor: pointer; font-weight: bold; }
        details.point > summary { font-size: 1.15rem; }

        """;
}

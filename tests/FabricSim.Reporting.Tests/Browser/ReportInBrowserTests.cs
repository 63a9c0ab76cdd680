using FabricSim.Reporting.Writing;
using FabricSim.Scenarios.Running;
using Microsoft.Playwright;

namespace FabricSim.Reporting.Tests.Browser;

/// <summary>
/// End-to-end test of index.html in a real browser: the report of a short run of a scenario whose names hold
/// markup, quotes and non-ASCII text, opened once in headless Chromium and checked as a reader would see it.
/// Skipped, saying why, when no Chromium is installed.
/// </summary>
public sealed class ReportInBrowserTests
{
    private const string ScenarioName = "<script>alert(1)</script> 'Zürich–東京' \"quoted\"";
    private const string OptionName = "<script>alert(1)</script>\"sdci\"";
    private const string FlowName = "app<script>alert(3)</script>'Zürich–東京'";

    [SkippableFact]
    public async Task The_report_loads_without_errors_shows_the_verdict_first_and_names_as_text()
    {
        string? chromium = HeadlessChromium.Find();
        Skip.If(chromium is null,
            "No Chromium found at /usr/bin/chromium (or FABRICSIM_CHROMIUM); install the 'chromium' package (.ci/run does) to run the browser test.");

        string scratch = Path.Combine(Path.GetTempPath(), $"fabricsim-browser-{Guid.NewGuid():N}");
        try
        {
            string scenario = Path.Combine(AppContext.BaseDirectory, "Browser", "escaping.yaml");
            var result = Simulation.Run(scenario, new RunOptions { Jobs = 1 });
            string index = new ResultsWriter().Write(result, Path.Combine(scratch, "results"));
            var page = await ReportPage.OpenAsync(chromium!, index, Path.Combine(scratch, "profile"));
            try
            {
                Assert.Empty(page.ConsoleErrors);
                Assert.Empty(page.Dialogs);
                Assert.Equal(0, await page.Page.EvaluateAsync<int>("document.scripts.length"));

                var images = await page.Page.EvaluateAsync<ImageState[]>(
                    "Array.from(document.images).map(i => ({ alt: i.alt, complete: i.complete, naturalWidth: i.naturalWidth }))");
                Assert.Contains(images, image => image.Alt.StartsWith("Topology of", StringComparison.Ordinal));
                Assert.All(images, image => Assert.True(image.Complete && image.NaturalWidth > 0, $"image '{image.Alt}' did not load"));

                var viewport = page.Page.ViewportSize!;
                var verdict = await page.Page.Locator("p.verdict").BoundingBoxAsync();
                var comparison = await page.Page.Locator("#comparison").BoundingBoxAsync();
                Assert.NotNull(verdict);
                Assert.NotNull(comparison);
                Assert.True(await page.Page.Locator("p.verdict").IsVisibleAsync());
                Assert.True(verdict!.Y + verdict.Height <= viewport.Height, $"the verdict ends at {verdict.Y + verdict.Height} px, below the first screen ({viewport.Height} px)");
                Assert.True(verdict.Y < comparison!.Y, "the verdict comes after the comparison table");

                Assert.Equal(ScenarioName, await page.Page.Locator("h1").InnerTextAsync());
                Assert.Equal($"FabricSim: {ScenarioName}", await page.Page.TitleAsync());
                string text = await page.Page.Locator("body").InnerTextAsync();
                Assert.Contains(OptionName, text, StringComparison.Ordinal);
                Assert.Contains(FlowName, text, StringComparison.Ordinal);
                Assert.Contains("<img src=x onerror=alert(2)>", text, StringComparison.Ordinal);
            }
            finally
            {
                await page.DisposeAsync();
            }
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    /// <summary>Filled by Playwright from the page's image list, which needs a parameterless constructor.</summary>
    private sealed class ImageState
    {
        public string Alt { get; set; } = "";

        public bool Complete { get; set; }

        public int NaturalWidth { get; set; }
    }
}

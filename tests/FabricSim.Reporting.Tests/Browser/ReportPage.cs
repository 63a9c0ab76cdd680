using Microsoft.Playwright;

namespace FabricSim.Reporting.Tests.Browser;

/// <summary>A report opened in headless Chromium with a fresh profile, recording console errors and dialogs from the start.</summary>
internal sealed class ReportPage : IAsyncDisposable
{
    private readonly IPlaywright playwright;
    private readonly IBrowserContext context;

    private ReportPage(IPlaywright playwright, IBrowserContext context, IPage page)
    {
        this.playwright = playwright;
        this.context = context;
        Page = page;
    }

    public IPage Page { get; }

    public List<string> ConsoleErrors { get; } = [];

    /// <summary>Every alert, confirm or prompt the page raised: a report must raise none.</summary>
    public List<string> Dialogs { get; } = [];

    public static async Task<ReportPage> OpenAsync(string chromium, string indexHtml, string profileFolder)
    {
        var playwright = await Playwright.CreateAsync();
        // A persistent context is Playwright's way to pass --user-data-dir: a fresh folder, so no earlier profile interferes.
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profileFolder, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = HeadlessChromium.Arguments,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Timeout = 120_000,
        });
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        var report = new ReportPage(playwright, context, page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                report.ConsoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => report.ConsoleErrors.Add(error);
        page.Dialog += async (_, dialog) =>
        {
            report.Dialogs.Add($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync(new Uri(indexHtml).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return report;
    }

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
        playwright.Dispose();
    }
}

namespace FabricSim.Reporting.Tests.Browser;

/// <summary>
/// Where the Chromium the browser test drives lives: FABRICSIM_CHROMIUM if set, else the Debian package's path.
/// Playwright's own browser download is not used, since a build machine may not reach it.
/// </summary>
internal static class HeadlessChromium
{
    public static string? Find()
    {
        string? configured = Environment.GetEnvironmentVariable("FABRICSIM_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }
        return new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// Headless, and nothing that reaches out to the network on its own: on a machine without Internet access
    /// Chromium otherwise waits on those connections.
    /// </summary>
    public static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];
}

using FilmCatalogue.Tests.Web;
using Microsoft.Playwright;

namespace FilmCatalogue.BrowserTests;

/// <summary>
/// Debian's Chromium driven through Playwright, one browser for a test class. No browser is ever downloaded:
/// where /usr/bin/chromium is missing, every browser test is reported as skipped with the reason.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser? Browser { get; private set; }

    public string? MissingReason { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            MissingReason = $"Chromium is not installed at {ExecutablePath} (apt-get install chromium): the browser tests did not run.";
            return;
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // Without it Chromium still looks up Google's hosts, which this network does not reach.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            ],
        });
    }

    /// <summary>A fresh page (own cookies) at the given viewport width.</summary>
    public async Task<IPage> NewPageAsync(string baseUrl, int width = 1280, int height = 900)
    {
        Skip.If(MissingReason is not null, MissingReason);
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}

/// <summary>One Chromium and one live catalogue (of the integration tests' records unless told) for a test class.</summary>
public class BrowserSession : IAsyncLifetime
{
    private readonly string seedsPath;

    public BrowserSession()
        : this(TestPaths.Data("Catalogue"))
    {
    }

    protected BrowserSession(string seedsPath)
    {
        this.seedsPath = seedsPath;
    }

    public Chromium Chromium { get; } = new();

    public LiveCatalogue Catalogue { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Chromium.InitializeAsync();
        Catalogue = new LiveCatalogue(seedsPath);
    }

    public Task<IPage> NewPageAsync(int width = 1280, int height = 900) => Chromium.NewPageAsync(Catalogue.BaseUrl, width, height);

    public async Task DisposeAsync()
    {
        await Chromium.DisposeAsync();
        await Catalogue.DisposeAsync();
    }
}

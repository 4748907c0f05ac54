using FilmCatalogue.Tests.Security;
using FilmCatalogue.Tests.Web;

namespace FilmCatalogue.BrowserTests;

public sealed class XssBrowserSession() : BrowserSession(TestPaths.Data("Xss"));

/// <summary>The script payloads of the XSS test record, opened in a real browser: nothing may run.</summary>
public sealed class XssBrowserTests(XssBrowserSession session) : IClassFixture<XssBrowserSession>
{
    [SkippableFact]
    public async Task NoPayloadRunsOnAnyPageInChromium()
    {
        var page = await session.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => dialogs.Add(dialog.Message);
        using var client = new HttpClient { BaseAddress = new Uri(session.Catalogue.BaseUrl) };
        var urls = await XssCatalogue.DiscoverPagesAsync(client);
        foreach (var url in urls)
        {
            await page.GotoAsync(url);
            // Hover over everything a payload might have hooked.
            foreach (var element in await page.Locator("main *").AllAsync())
            {
                if (await element.IsVisibleAsync())
                {
                    await element.HoverAsync(new() { Timeout = 2000, Force = true });
                }
            }

            Assert.True(await page.EvaluateAsync<bool>("typeof window.xssFired === 'undefined'"), $"a payload ran on {url}");
        }

        Assert.Empty(dialogs);
    }
}

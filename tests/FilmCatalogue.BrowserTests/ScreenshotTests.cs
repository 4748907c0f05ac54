namespace FilmCatalogue.BrowserTests;

/// <summary>
/// The main pages at phone and desktop widths: each must fit its width without sideways scrolling. The screenshots
/// are kept as test artifacts under the test output's screenshots/ folder.
/// </summary>
public sealed class ScreenshotTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    public static TheoryData<string, string, int> MainPages()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (name, url) in new[]
        {
            ("home", "/"), ("films", "/films"), ("film", "/films/the-siege-2005"), ("person", "/people/sergei-loznitsa"),
            ("festival", "/festivals/karlovy-vary-international-film-festival"), ("search", "/search?q=loznitsa"),
        })
        {
            data.Add(name, url, 390);
            data.Add(name, url, 1280);
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(MainPages))]
    public async Task TheMainPagesFitPhoneAndDesktopWidths(string name, string url, int width)
    {
        var page = await session.NewPageAsync(width, width < 600 ? 844 : 900);
        await page.GotoAsync(url);

        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}.png"), FullPage = true });

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{url} is {overflow}px wider than a {width}px screen");
    }
}

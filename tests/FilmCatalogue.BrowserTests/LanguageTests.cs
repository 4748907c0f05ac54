using Deque.AxeCore.Playwright;
using FilmCatalogue.BrowserTests.Pages;
using Microsoft.Playwright;

namespace FilmCatalogue.BrowserTests;

/// <summary>The header's language switch, used as a visitor would, and the French and Russian pages' accessibility.</summary>
public sealed class LanguageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [SkippableFact]
    public async Task AVisitorSwitchesToRussianWithTheKeyboardAndTheChoiceFollowsThemToTheNextPage()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/films/the-siege-2005");
        var film = new FilmPage(page);
        Assert.Equal("en", await film.LanguageAsync());

        await film.ChooseLanguageWithTheKeyboardAsync("ru");

        Assert.Equal("ru", await film.LanguageAsync());
        Assert.Equal("The Siege", await film.HeadingAsync());
        Assert.Equal("true", await page.Locator("nav.language-switch a[lang='ru']").GetAttributeAsync("aria-current"));
        Assert.Equal("Режиссёр", await page.Locator(".credits dt").First.InnerTextAsync());

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Основная навигация" }).GetByRole(AriaRole.Link, new() { Name = "Персоны" }).ClickAsync();
        await page.WaitForURLAsync("**/people");
        Assert.Equal("ru", await new CataloguePage(page).LanguageAsync());
        Assert.Equal("Персоны", await new CataloguePage(page).HeadingAsync());
    }

    public static TheoryData<string> TranslatedPages() =>
    [
        "/?lang=fr",
        "/films/the-siege-2005?lang=fr",
        "/people/sergei-loznitsa?lang=fr",
        "/festivals?lang=fr",
        "/account/login?lang=fr",
        "/?lang=ru",
        "/films/the-siege-2005?lang=ru",
        "/films?lang=ru",
        "/search?q=loznitsa&lang=ru",
        "/no-such-page?lang=ru",
    ];

    [SkippableTheory]
    [MemberData(nameof(TranslatedPages))]
    public async Task FrenchAndRussianPagesHaveNoSeriousAccessibilityViolation(string url)
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(url);
        Assert.Equal(url.Contains("lang=fr", StringComparison.Ordinal) ? "fr" : "ru", await new CataloguePage(page).LanguageAsync());

        var result = await page.RunAxe();

        Assert.NotEmpty(result.Passes);
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }
}

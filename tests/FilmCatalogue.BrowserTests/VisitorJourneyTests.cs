using FilmCatalogue.BrowserTests.Pages;
using Microsoft.Playwright;

namespace FilmCatalogue.BrowserTests;

public sealed class VisitorJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [SkippableFact]
    public async Task AVisitorFindsAFilmBySearchThenFollowsItsDirectorAndAFestival()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/");

        var results = await new CataloguePage(page).SearchAsync("Блокада");
        var film = await results.OpenFilmAsync("The Siege");
        Assert.Equal("The Siege", await film.HeadingAsync());

        var director = await film.OpenCreditAsync("Directed by", "Sergey Loznitsa");
        Assert.Equal("Sergei Loznitsa", await director.HeadingAsync());
        Assert.Contains("The Siege", await director.FilmsInRoleAsync("Directed by"));

        await page.GoBackAsync();
        var festival = await film.OpenFestivalAsync("Karlovy Vary International Film Festival");
        Assert.Equal("Karlovy Vary International Film Festival", await festival.HeadingAsync());
        Assert.Equal(["2006"], await festival.YearsAsync());
    }

    [SkippableFact]
    public async Task TheKeyboardReachesTheSkipLinkFirstAndItMovesFocusToTheContent()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/films/the-siege-2005");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("document.activeElement.tagName");
        Assert.Equal("A", focused);
        var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
    }

    [SkippableFact]
    public async Task TheHeaderSearchWorksFromTheKeyboardAlone()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/");

        await page.FocusAsync("#site-search-q");
        await page.Keyboard.TypeAsync("loznitsa");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=loznitsa");

        Assert.Equal(["Sergei Loznitsa"], await page.Locator("#found-people + ul a.title").AllInnerTextsAsync());
    }

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
}

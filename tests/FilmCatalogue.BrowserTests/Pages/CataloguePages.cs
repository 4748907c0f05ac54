using Microsoft.Playwright;

namespace FilmCatalogue.BrowserTests.Pages;

/// <summary>What every page of the public site has: the header's search and its one heading.</summary>
public class CataloguePage(IPage page)
{
    public IPage Page { get; } = page;

    public Task<string> HeadingAsync() => Page.Locator("h1").InnerTextAsync();

    /// <summary>The interface's language, as the page declares it.</summary>
    public Task<string?> LanguageAsync() => Page.Locator("html").GetAttributeAsync("lang");

    /// <summary>
    /// Tabs through the page from the top until the header's switch offers <paramref name="language"/>, and follows
    /// it with Enter, as a keyboard user does; waits for the page to come back.
    /// </summary>
    public async Task ChooseLanguageWithTheKeyboardAsync(string language)
    {
        var url = Page.Url;
        for (var presses = 0; presses < 30; presses++)
        {
            await Page.Keyboard.PressAsync("Tab");
            if (await Page.EvaluateAsync<bool>($"document.activeElement.closest('nav.language-switch') !== null && document.activeElement.lang === '{language}'"))
            {
                await Page.Keyboard.PressAsync("Enter");
                await Page.WaitForFunctionAsync($"document.documentElement.lang === '{language}'");
                Assert.Equal(url, Page.Url);
                return;
            }
        }

        Assert.Fail($"The keyboard never reached the switch's {language} option.");
    }

    public async Task<SearchResultsPage> SearchAsync(string query)
    {
        await Page.GetByRole(AriaRole.Search).First.GetByRole(AriaRole.Searchbox).FillAsync(query);
        await Page.GetByRole(AriaRole.Search).First.GetByRole(AriaRole.Searchbox).PressAsync("Enter");
        await Page.WaitForURLAsync("**/search?q=*");
        return new SearchResultsPage(Page);
    }
}

public sealed class SearchResultsPage(IPage page) : CataloguePage(page)
{
    public async Task<FilmPage> OpenFilmAsync(string title)
    {
        await Page.Locator("#found-films + ul").GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await Page.WaitForURLAsync("**/films/*");
        return new FilmPage(Page);
    }
}

public sealed class FilmPage(IPage page) : CataloguePage(page)
{
    public async Task<PersonPage> OpenCreditAsync(string role, string name)
    {
        var credits = Page.Locator(".credits dt", new() { HasText = role }).Locator("xpath=following-sibling::dd[1]");
        await credits.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Page.WaitForURLAsync("**/people/*");
        return new PersonPage(Page);
    }

    public async Task<FestivalPage> OpenFestivalAsync(string name)
    {
        await Page.Locator(".timeline").GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await Page.WaitForURLAsync("**/festivals/*");
        return new FestivalPage(Page);
    }
}

public sealed class PersonPage(IPage page) : CataloguePage(page)
{
    public Task<IReadOnlyList<string>> FilmsInRoleAsync(string role) =>
        Page.Locator($"section[aria-label='{role}'] .results a.title").AllInnerTextsAsync();
}

public sealed class FestivalPage(IPage page) : CataloguePage(page)
{
    public Task<IReadOnlyList<string>> YearsAsync() => Page.Locator(".timeline .year").AllInnerTextsAsync();
}

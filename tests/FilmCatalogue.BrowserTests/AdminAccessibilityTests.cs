using FilmCatalogue.BrowserTests.Pages;
using FilmCatalogue.Tests.Accounts;
using FilmCatalogue.Web.Accounts;

namespace FilmCatalogue.BrowserTests;

public sealed class AdminAccessibilityTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [SkippableFact]
    public async Task TheMainAdminPagesHaveNoSeriousAccessibilityViolation()
    {
        var page = await session.NewPageAsync();
        await new SignInPage(page).SignInAsync(await AccountsFactory.CreateAccountAsync(session.Catalogue, CatalogueRoles.Curator), AccountsFactory.Password);
        await FilmEditorPage.OpenFromPublicPageAsync(page, "the-siege-2005");
        var editor = page.Url;

        var problems = new List<string>();
        foreach (var url in new[] { "/admin", "/admin/films", editor, editor.Replace("/edit", "/images", StringComparison.Ordinal), "/admin/people", "/admin/festivals", "/admin/import", "/admin/history", "/account/two-factor" })
        {
            await page.GotoAsync(url);
            problems.AddRange((await page.SeriousViolationsAsync()).Select(violation => $"{url}: {violation}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}

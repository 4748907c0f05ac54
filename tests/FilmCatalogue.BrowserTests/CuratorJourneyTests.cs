using FilmCatalogue.BrowserTests.Pages;
using FilmCatalogue.Tests.Accounts;
using FilmCatalogue.Web.Accounts;

namespace FilmCatalogue.BrowserTests;

public sealed class CuratorJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [SkippableFact]
    public async Task ACuratorEditsASynopsisAndImportsARecordWithTheirPreviewsAndVisitorsSeeBoth()
    {
        var curator = await session.NewPageAsync();
        var email = await AccountsFactory.CreateAccountAsync(session.Catalogue, CatalogueRoles.Curator);
        await new SignInPage(curator).SignInAsync(email, AccountsFactory.Password);

        var editor = await FilmEditorPage.OpenFromPublicPageAsync(curator, "hedgehog-in-the-fog-1975");
        var preview = await editor.PreviewSynopsisAsync("A hedgehog walks to his friend the bear through a *thick* fog.");
        Assert.Contains("<em>thick</em>", preview, StringComparison.Ordinal);
        Assert.Equal("A hedgehog walks to his friend the bear through a *thick* fog.", await editor.SynopsisAsync());
        await editor.SaveAsync();

        var import = new ImportPage(curator);
        var previewHeading = await import.PreviewAsync("USSR, 1979, 29mn\nColour, animation\nTale of Tales\nСказка сказок\n\nDirected by : Yuriy NORSHTEYN (Юрий НОРШТЕЙН)\n");
        Assert.Contains("nothing is stored yet", previewHeading, StringComparison.Ordinal);
        Assert.Equal("Imported: a new film", await import.ImportAsync());

        var visitor = await session.NewPageAsync();
        await visitor.GotoAsync("/films/hedgehog-in-the-fog-1975");
        Assert.Equal("thick", await visitor.Locator(".synopsis em").InnerTextAsync());
        Assert.Equal(0, await visitor.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Edit", Exact = true }).CountAsync());
        await visitor.GotoAsync("/films/tale-of-tales-1979");
        Assert.Equal("Tale of Tales", await visitor.Locator("h1").InnerTextAsync());
        await visitor.GotoAsync("/people/yuriy-norshteyn");
        Assert.Equal(2, await visitor.Locator("section[aria-label='Directed by'] .results a.title").CountAsync());
    }
}

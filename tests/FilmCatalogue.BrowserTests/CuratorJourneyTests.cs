using FilmCatalogue.BrowserTests.Pages;
using FilmCatalogue.Tests.Accounts;
using FilmCatalogue.Tests.Images;
using FilmCatalogue.Web.Accounts;
using Microsoft.Playwright;

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

    [SkippableFact]
    public async Task ACuratorUploadsAPosterThroughTheFormAndVisitorsSeeItLoadLazilyWithItsCaption()
    {
        var curator = await session.NewPageAsync();
        await new SignInPage(curator).SignInAsync(await AccountsFactory.CreateAccountAsync(session.Catalogue, CatalogueRoles.Curator), AccountsFactory.Password);
        await FilmEditorPage.OpenFromPublicPageAsync(curator, "the-event-2015");
        var images = await FilmImagesPage.OpenFromEditorAsync(curator);

        var status = await images.UploadAsync(
            new FilePayload { Name = "affiche.png", MimeType = "image/png", Buffer = TestImages.Png(1600, 2400) },
            "Poster", "A crowd in a square under the title", "The Dutch poster");

        Assert.Equal("The image is uploaded.", status);
        Assert.Equal(["A crowd in a square under the title"], await images.AltTextsAsync());
        var visitor = await session.NewPageAsync(390, 844);
        await visitor.GotoAsync("/films/the-event-2015");
        var poster = visitor.Locator(".gallery figure img");
        Assert.Equal("lazy", await poster.GetAttributeAsync("loading"));
        Assert.Equal("A crowd in a square under the title", await poster.GetAttributeAsync("alt"));
        Assert.Equal("The Dutch poster", await visitor.Locator(".gallery figcaption").InnerTextAsync());
        await poster.ScrollIntoViewIfNeededAsync();
        await visitor.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await poster.ElementHandleAsync());
        // A phone's column is narrower than the poster: the browser took a thumbnail from the srcset, not the largest file.
        Assert.Matches(@"/images/[a-z0-9]{26}-(320|960)w\.webp$", await poster.EvaluateAsync<string>("img => img.currentSrc"));
        Assert.Empty(await visitor.SeriousViolationsAsync());
    }
}

using System.Net;
using System.Text;
using FilmCatalogue.Tests.Accounts;
using FilmCatalogue.Tests.Web;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Tests.Admin;

public sealed class ImportTests(AccountsFactory factory) : IClassFixture<AccountsFactory>
{
    private static string Record(string word) => $"""
        USSR, 1977, 12 min
        Colour, animation
        Winter {word}

        Directed by : Yuriy NORSHTEYN (Юрий НОРШТЕЙН)
        Music : Nadia {word.ToUpperInvariant()}
        Production : Soyuzmultfilm

        Selected in the following festivals or events :
        - Tehran International Festival of Films for Children, Tehran (Iran), 1978
        - Meeting of {word}, Nowhere (Iran), 19xx
        """;

    [Fact]
    public async Task ACuratorOverTheImportLimitIsToldWhenToComeBack()
    {
        using var strict = factory.WithWebHostBuilder(builder => builder.UseSetting("Catalogue:RateLimits:Import:PermitLimit", "2"));
        var email = await AccountsFactory.CreateAccountAsync(strict, FilmCatalogue.Web.Accounts.CatalogueRoles.Curator);
        using var browser = new TestBrowser(strict);
        using var signedIn = await browser.SignInAsync(email, AccountsFactory.Password);
        var page = await browser.GetPageAsync("/admin/import");
        var word = AdminSteps.UniqueWord();

        using var first = await browser.SubmitAsync(page, "form.import-form", new Dictionary<string, string> { ["Input.Text"] = Record(word) });
        using var second = await browser.SubmitAsync(page, "form.import-form", new Dictionary<string, string> { ["Input.Text"] = Record(word) });
        using var third = await browser.SubmitAsync(page, "form.import-form", new Dictionary<string, string> { ["Input.Text"] = Record(word) });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
    }

    [Fact]
    public async Task APastedRecordIsPreviewedWithoutBeingStoredThenImported()
    {
        var (browser, email) = await factory.SignedInAsync();
        var word = AdminSteps.UniqueWord();
        var page = await browser.GetPageAsync("/admin/import");

        using var previewed = await browser.SubmitAsync(page, "form.import-form", new Dictionary<string, string> { ["Input.Text"] = Record(word) });

        var preview = await TestBrowser.ReadAsync(previewed);
        Assert.Equal("New", preview.QuerySelector(".preview-film")!.GetAttribute("data-status"));
        var links = preview.QuerySelectorAll(".preview-links tbody tr").ToList();
        Assert.Equal("existing", links.Single(r => r.Text().Contains("NORSHTEYN", StringComparison.Ordinal)).GetAttribute("data-linked"));
        Assert.Equal("new", links.Single(r => r.Text().Contains("Nadia", StringComparison.Ordinal)).GetAttribute("data-linked"));
        Assert.Equal("existing", links.Single(r => r.Text().Contains("Soyuzmultfilm", StringComparison.Ordinal)).GetAttribute("data-linked"));
        Assert.Equal("existing", links.Single(r => r.Text().Contains("Tehran", StringComparison.Ordinal)).GetAttribute("data-linked"));
        Assert.Equal("new", links.Single(r => r.Text().Contains("Meeting of", StringComparison.Ordinal)).GetAttribute("data-linked"));
        Assert.Contains(preview.QuerySelectorAll(".diagnostics li"), li => li.Text().StartsWith("Warning line 11", StringComparison.Ordinal));
        Assert.False(await factory.WithDatabaseAsync(db => db.Films.AnyAsync(f => f.Title == "Winter " + word)));

        using var imported = await browser.SubmitAsync(preview, "form.import-commit");

        var outcome = await TestBrowser.ReadAsync(imported);
        Assert.Equal("Imported: a new film", outcome.QuerySelector(".import-outcome h2")!.Text());
        var film = await new TestBrowser(factory).GetPageAsync(outcome.QuerySelector(".import-outcome a")!.GetAttribute("href")!);
        Assert.Equal("Winter " + word, film.QuerySelector("h1")!.Text());
        var revision = await factory.WithDatabaseAsync(db => db.Revisions.OrderByDescending(r => r.Id).FirstAsync(r => r.EntryName.StartsWith("Winter " + word)));
        Assert.Equal(email, revision.CuratorEmail);
        Assert.Equal("Imported from pasted text", revision.Note);
    }

    [Fact]
    public async Task AnUploadedFileIsPreviewedAndImportedLikeAPastedOne()
    {
        var (browser, _) = await factory.SignedInAsync();
        var word = AdminSteps.UniqueWord();
        var page = await browser.GetPageAsync("/admin/import");

        using var previewed = await browser.SubmitWithFileAsync(page, "form.import-form", "Input.File", $"winter-{word}.txt", Encoding.UTF8.GetBytes(Record(word)));

        var preview = await TestBrowser.ReadAsync(previewed);
        Assert.Contains($"winter-{word}.txt", preview.QuerySelector(".import-preview h2")!.Text(), StringComparison.Ordinal);
        using var imported = await browser.SubmitAsync(preview, "form.import-commit");
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.True(await factory.WithDatabaseAsync(db => db.ImportedRecords.AnyAsync(r => r.SourceName == $"winter-{word}.txt")));
    }

    [Fact]
    public async Task AFileOverTheLimitIsRefusedWithAClearMessage()
    {
        var (browser, _) = await factory.SignedInAsync();
        var page = await browser.GetPageAsync("/admin/import");
        var large = Encoding.UTF8.GetBytes("A Long Film\n\n" + new string('x', 1100 * 1024));

        using var response = await browser.SubmitWithFileAsync(page, "form.import-form", "Input.File", "large.txt", large);

        var again = await TestBrowser.ReadAsync(response);
        Assert.Contains("at most 1024 KB", again.MessageFor("Input.File"), StringComparison.Ordinal);
        Assert.Null(again.QuerySelector(".import-preview"));
    }

    [Fact]
    public async Task ARejectedRecordShowsItsErrorWithItsLineAndCannotBeImported()
    {
        var (browser, _) = await factory.SignedInAsync();
        var page = await browser.GetPageAsync("/admin/import");

        using var response = await browser.SubmitAsync(page, "form.import-form", new Dictionary<string, string> { ["Input.Text"] = "USSR, 1977\nA Film\n\nDirected by : Nobody \u0007\n" });

        var preview = await TestBrowser.ReadAsync(response);
        Assert.Contains(preview.QuerySelectorAll(".diagnostics li.diagnostic-error"), li => li.Text().StartsWith("Error line 4", StringComparison.Ordinal));
        Assert.Null(preview.QuerySelector("form.import-commit"));
    }

    [Fact]
    public async Task AFilmACuratorEditedIsNotOverwrittenByAnImport()
    {
        var (browser, _) = await factory.SignedInAsync();
        var word = AdminSteps.UniqueWord();
        var id = await browser.CreateFilmAsync("Winter " + word, new Dictionary<string, string> { ["Input.Year"] = "1977" });
        var page = await browser.GetPageAsync("/admin/import");

        using var previewed = await browser.SubmitAsync(page, "form.import-form", new Dictionary<string, string> { ["Input.Text"] = Record(word) });

        var preview = await TestBrowser.ReadAsync(previewed);
        Assert.Equal("KeptCuratorEdits", preview.QuerySelector(".preview-film")!.GetAttribute("data-status"));
        Assert.Null(preview.QuerySelector("form.import-commit"));
        Assert.Equal(0, await factory.WithDatabaseAsync(db => db.Credits.CountAsync(c => c.FilmId == id)));
    }
}

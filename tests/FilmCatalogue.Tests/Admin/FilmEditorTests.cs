using System.Net;
using FilmCatalogue.Tests.Accounts;
using FilmCatalogue.Tests.Web;
using FilmCatalogue.Web.Rendering;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Tests.Admin;

public sealed class FilmEditorTests(AccountsFactory factory) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task AnEditShowsOnThePublicPageAndInSearchAtOnce()
    {
        var (browser, _) = await factory.SignedInAsync();
        var word = AdminSteps.UniqueWord();
        var id = await browser.CreateFilmAsync("Harbour " + word, new Dictionary<string, string> { ["Input.Year"] = "1988" });
        var publicUrl = "/films/harbour-" + word.ToLowerInvariant() + "-1988";
        Assert.Equal("Harbour " + word, (await browser.GetPageAsync(publicUrl)).QuerySelector("h1")!.Text());
        // A visitor's visit puts the page in the page cache: the edit must evict it.
        Assert.Equal("Harbour " + word, (await new TestBrowser(factory).GetPageAsync(publicUrl)).QuerySelector("h1")!.Text());

        // A row is added with its button, as a curator without script would, then filled in and saved.
        var editor = await browser.GetPageAsync($"/admin/films/{id}/edit");
        using var added = await browser.SubmitAsync(editor, AdminSteps.FilmForm, new Dictionary<string, string> { ["command"] = "add:Credits" });
        var withRow = await TestBrowser.ReadAsync(added);
        Assert.NotNull(withRow.QuerySelector("input[name='Input.Credits[0].Role']"));
        using var saved = await browser.SubmitAsync(withRow, AdminSteps.FilmForm, new Dictionary<string, string>
        {
            ["Input.Title"] = "Lighthouse " + word,
            ["Input.Countries"] = "Estonia, Finland",
            ["Input.Credits[0].Role"] = "Directed by",
            ["Input.Credits[0].Name"] = "Marta " + word.ToUpperInvariant(),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await new TestBrowser(factory).GetPageAsync(publicUrl);
        Assert.Equal("Lighthouse " + word, page.QuerySelector("h1")!.Text());
        Assert.Contains("Estonia", page.QuerySelector("main")!.Text(), StringComparison.Ordinal);
        var director = page.QuerySelector($"a[href^='/people/marta-']")!;
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(director.GetAttribute("href")!)).StatusCode);
        var search = await new TestBrowser(factory).GetPageAsync("/search?q=" + Uri.EscapeDataString("lighthouse " + word));
        Assert.Equal(["Lighthouse " + word], search.QuerySelectorAll("#found-films + ul a.title").Select(a => a.Text()));
        var people = await new TestBrowser(factory).GetPageAsync("/search?q=" + Uri.EscapeDataString(word));
        Assert.Single(people.QuerySelectorAll("#found-people + ul a.title"));

        var edited = await factory.WithDatabaseAsync(db => db.Films.SingleAsync(f => f.Id == id));
        Assert.NotNull(edited.CuratorEditedAt);
    }

    [Fact]
    public async Task ProblemsAreShownBesideTheirFieldsAndTheInputIsKept()
    {
        var (browser, _) = await factory.SignedInAsync();
        var page = await browser.GetPageAsync("/admin/films/new");

        using var response = await browser.SubmitAsync(page, AdminSteps.FilmForm, new Dictionary<string, string>
        {
            ["Input.Title"] = "",
            ["Input.Year"] = "1789",
            ["Input.Slug"] = "Not A Slug",
            ["Input.Credits[0].Name"] = "Someone WITHOUTROLE",
            ["Input.Credits[1].Role"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await TestBrowser.ReadAsync(response);
        Assert.Equal("A film needs its main title.", again.MessageFor("Input.Title"));
        Assert.Equal("A year between 1870 and 2100.", again.MessageFor("Input.Year"));
        Assert.Contains("Lower-case letters", again.MessageFor("Input.Slug"), StringComparison.Ordinal);
        Assert.Contains("Say the role", again.MessageFor("Input.Credits[0].Role"), StringComparison.Ordinal);
        Assert.Equal("Someone WITHOUTROLE", again.QuerySelector("input[name='Input.Credits[0].Name']")!.GetAttribute("value"));
        // The wholly blank second row is no row: it has nothing to complain about.
        Assert.Equal("", again.MessageFor("Input.Credits[1].Role"));
        Assert.Equal("label", again.QuerySelector("label[for='Input_Credits_0__Role']")!.LocalName);
    }

    [Fact]
    public async Task TheSynopsisPreviewIsThePublicRenderingSanitisedAndKeepsTheUnsavedInput()
    {
        var (browser, _) = await factory.SignedInAsync();
        var word = AdminSteps.UniqueWord();
        var id = await browser.CreateFilmAsync("Preview " + word);
        const string synopsis = "A *quiet* film. [Safe](https://example.org) and [not safe](javascript:alert(1)).\n\n<script>alert(2)</script>";
        var editor = await browser.GetPageAsync($"/admin/films/{id}/edit");

        using var response = await browser.SubmitAsync(editor, AdminSteps.FilmForm, new Dictionary<string, string>
        {
            ["Input.SynopsisMarkdown"] = synopsis,
            ["Input.Colour"] = "Sepia",
            ["command"] = "preview",
        });

        var preview = await TestBrowser.ReadAsync(response);
        var previewHtml = preview.QuerySelector(".synopsis-preview .synopsis")!.InnerHtml;
        Assert.Equal(new MarkdownRenderer().ToHtml(synopsis), previewHtml);
        Assert.DoesNotContain("javascript:", previewHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Null(preview.QuerySelector(".synopsis-preview script"));
        Assert.Equal("Sepia", preview.QuerySelector("input[name='Input.Colour']")!.GetAttribute("value"));
        Assert.Equal(synopsis.ReplaceLineEndings("\n"), preview.QuerySelector("textarea[name='Input.SynopsisMarkdown']")!.TextContent.ReplaceLineEndings("\n").TrimStart('\n'));
        Assert.Null(await factory.WithDatabaseAsync(db => db.Films.Where(f => f.Id == id).Select(f => f.SynopsisMarkdown).SingleAsync()));

        // Saved, the public page shows exactly what the preview showed.
        using var saved = await browser.SubmitAsync(preview, AdminSteps.FilmForm);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var slug = await factory.WithDatabaseAsync(db => db.Films.Where(f => f.Id == id).Select(f => f.Slug).SingleAsync());
        var publicPage = await new TestBrowser(factory).GetPageAsync("/films/" + slug);
        Assert.Equal(previewHtml, publicPage.QuerySelector(".synopsis")!.InnerHtml);
    }

    [Fact]
    public async Task ASaveFromAStaleFormIsRefusedWithBothVersionsAndNothingIsOverwritten()
    {
        var (alice, _) = await factory.SignedInAsync();
        var (bob, _) = await factory.SignedInAsync();
        var word = AdminSteps.UniqueWord();
        var id = await alice.CreateFilmAsync("Quarrel " + word, new Dictionary<string, string> { ["Input.Colour"] = "Colour" });
        var alicesForm = await alice.GetPageAsync($"/admin/films/{id}/edit");
        var bobsForm = await bob.GetPageAsync($"/admin/films/{id}/edit");

        using var first = await alice.SubmitAsync(alicesForm, AdminSteps.FilmForm, new Dictionary<string, string> { ["Input.Colour"] = "Black and white" });
        using var second = await bob.SubmitAsync(bobsForm, AdminSteps.FilmForm, new Dictionary<string, string> { ["Input.Colour"] = "Sepia" });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var refused = await TestBrowser.ReadAsync(second);
        var row = refused.QuerySelectorAll(".conflict-table tbody tr").Single(r => r.QuerySelector("th")!.Text() == "Colour");
        Assert.Equal("Sepia", row.QuerySelector(".yours")!.Text());
        Assert.Equal("Black and white", row.QuerySelector(".theirs")!.Text());
        Assert.Equal("Sepia", refused.QuerySelector("input[name='Input.Colour']")!.GetAttribute("value"));
        Assert.Equal("Black and white", await factory.WithDatabaseAsync(db => db.Films.Where(f => f.Id == id).Select(f => f.Colour).SingleAsync()));

        // Saving again is a deliberate choice, made knowing the other version.
        using var again = await bob.SubmitAsync(refused, AdminSteps.FilmForm);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Sepia", await factory.WithDatabaseAsync(db => db.Films.Where(f => f.Id == id).Select(f => f.Colour).SingleAsync()));
    }

    [Fact]
    public async Task AChangedAddressLeavesTheOldOneAsAPermanentRedirect()
    {
        var (browser, _) = await factory.SignedInAsync();
        var word = AdminSteps.UniqueWord().ToLowerInvariant();
        var id = await browser.CreateFilmAsync("Moved " + word);

        using var saved = await browser.EditFilmAsync(id, new Dictionary<string, string> { ["Input.Slug"] = "moved-again-" + word });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var old = await new TestBrowser(factory).GetAsync("/films/moved-" + word);
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/films/moved-again-" + word, old.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ACreditNamingSeveralPeopleAsksWhichOne()
    {
        var (browser, _) = await factory.SignedInAsync();
        var name = "Ivan " + AdminSteps.UniqueWord().ToUpperInvariant();
        await AddPersonAsync(browser, name);
        await AddPersonAsync(browser, name);
        var id = await browser.CreateFilmAsync("Namesakes " + AdminSteps.UniqueWord());

        using var response = await browser.EditFilmAsync(id, new Dictionary<string, string> { ["Input.Credits[0].Role"] = "Cast", ["Input.Credits[0].Name"] = name });

        var page = await TestBrowser.ReadAsync(response);
        Assert.Contains("Several people are credited as", page.MessageFor("Input.Credits[0].Link"), StringComparison.Ordinal);
        var options = page.QuerySelectorAll("select[name='Input.Credits[0].Link'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(3, options.Count);

        using var chosen = await browser.SubmitAsync(page, AdminSteps.FilmForm, new Dictionary<string, string> { ["Input.Credits[0].Link"] = options[2]! });
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
    }

    private static async Task AddPersonAsync(TestBrowser browser, string name)
    {
        var page = await browser.GetPageAsync("/admin/people/new");
        using var response = await browser.SubmitAsync(page, AdminSteps.EntryForm, new Dictionary<string, string> { ["Input.Name"] = name });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}

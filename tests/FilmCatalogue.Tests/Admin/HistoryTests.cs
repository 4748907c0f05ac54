using System.Net;
using FilmCatalogue.Tests.Accounts;
using FilmCatalogue.Tests.Web;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Tests.Admin;

public sealed class HistoryTests(AccountsFactory factory) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task TheHistoryListsEachChangedFieldAndAnOlderVersionCanBeRestored()
    {
        var (browser, email) = await factory.SignedInAsync();
        var word = AdminSteps.UniqueWord();
        var id = await browser.CreateFilmAsync("Before " + word, new Dictionary<string, string>
        {
            ["Input.Credits[0].Role"] = "Directed by",
            ["Input.Credits[0].Name"] = "Olga " + word.ToUpperInvariant(),
        });
        (await browser.EditFilmAsync(id, new Dictionary<string, string>
        {
            ["Input.Title"] = "After " + word,
            ["Input.Year"] = "2001",
            ["Input.Credits[0].Character"] = "the ferryman",
        })).Dispose();

        var history = await browser.GetPageAsync($"/admin/films/{id}/history");
        var latest = history.QuerySelectorAll(".revision")[0];
        var changes = latest.QuerySelectorAll("table.changes tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.Text()))).ToList();
        Assert.Contains($"Title | Before {word} | After {word}", changes);
        Assert.Contains("Year |  | 2001", changes);
        Assert.Contains($"Credits | Directed by: Olga {word.ToUpperInvariant()} | ", changes);
        Assert.Contains($"Credits |  | Directed by: Olga {word.ToUpperInvariant()} [the ferryman]", changes);
        Assert.Contains(email, latest.QuerySelector("h2")!.Text(), StringComparison.Ordinal);

        var created = history.QuerySelectorAll(".revision")[^1];
        using var restored = await browser.SubmitAsync(history, $"#{created.Id} form");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var film = await factory.WithDatabaseAsync(db => db.Films.Include(f => f.Credits).SingleAsync(f => f.Id == id));
        Assert.Equal("Before " + word, film.Title);
        Assert.Null(film.Year);
        Assert.Null(Assert.Single(film.Credits).Character);
        var after = await browser.GetPageAsync($"/admin/films/{id}/history");
        Assert.Contains("Restored revision", after.QuerySelector(".revision")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletingAFilmSaysWhatGoesWithItAndItCanBeRestoredWithItsRows()
    {
        var (browser, _) = await factory.SignedInAsync();
        var word = AdminSteps.UniqueWord();
        var id = await browser.CreateFilmAsync("Doomed " + word, new Dictionary<string, string>
        {
            ["Input.Year"] = "1999",
            ["Input.Credits[0].Role"] = "Directed by",
            ["Input.Credits[0].Name"] = "Pavel " + word.ToUpperInvariant(),
            ["Input.Credits[1].Role"] = "Cast",
            ["Input.Credits[1].Name"] = "Vera " + word.ToUpperInvariant(),
            ["Input.Selections[0].FestivalName"] = "Festival " + word,
            ["Input.Selections[0].Year"] = "1999",
            ["Input.Notes[0].Heading"] = "Restoration",
            ["Input.Notes[0].Text"] = "Restored in 2020.",
        });
        var slug = await factory.WithDatabaseAsync(db => db.Films.Where(f => f.Id == id).Select(f => f.Slug).SingleAsync());

        var confirmation = await browser.GetPageAsync($"/admin/films/{id}/delete");
        var consequences = confirmation.QuerySelectorAll(".consequences li").Select(li => li.Text()).ToList();
        Assert.Contains("its 2 credits", consequences);
        Assert.Contains("its festival selection", consequences);
        Assert.Contains("its note", consequences);
        using (var deleted = await browser.SubmitAsync(confirmation, "main form.form-stack"))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await new TestBrowser(factory).GetAsync("/films/" + slug)).StatusCode);
        var list = await browser.GetPageAsync("/admin/deleted");
        var entry = list.QuerySelectorAll(".revision").Single(r => r.Text().Contains("Doomed " + word, StringComparison.Ordinal));
        var history = await browser.GetPageAsync(entry.QuerySelector("a")!.GetAttribute("href")!);
        using (var restored = await browser.SubmitAsync(history, ".revision form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        }

        var page = await new TestBrowser(factory).GetPageAsync("/films/" + slug);
        var text = page.QuerySelector("main")!.Text();
        Assert.Contains("Pavel", text, StringComparison.Ordinal);
        Assert.Contains("Vera", text, StringComparison.Ordinal);
        Assert.Contains("Festival " + word, text, StringComparison.Ordinal);
        Assert.Contains("Restored in 2020.", text, StringComparison.Ordinal);
        Assert.DoesNotContain((await browser.GetPageAsync("/admin/deleted")).QuerySelectorAll(".revision"), r => r.Text().Contains("Doomed " + word, StringComparison.Ordinal));
    }

    [Fact]
    public async Task APersonStillCreditedIsNotDeletedAndTheMergeIsOffered()
    {
        var (browser, _) = await factory.SignedInAsync();
        var word = AdminSteps.UniqueWord();
        await browser.CreateFilmAsync("Credited " + word, new Dictionary<string, string>
        {
            ["Input.Credits[0].Role"] = "Music",
            ["Input.Credits[0].Name"] = "Lev " + word.ToUpperInvariant(),
        });
        var personId = await factory.WithDatabaseAsync(db => db.People.Where(p => p.Name == "Lev " + word.ToUpperInvariant()).Select(p => p.Id).SingleAsync());

        var confirmation = await browser.GetPageAsync($"/admin/people/{personId}/delete");

        Assert.Contains("1 film credits this person", confirmation.QuerySelector(".form-errors")!.Text(), StringComparison.Ordinal);
        Assert.Null(confirmation.QuerySelector("button.danger"));
        Assert.NotNull(confirmation.QuerySelector($"a[href='/admin/people/merge?first={personId}']"));
        Assert.Equal("Credited " + word, confirmation.QuerySelector(".held-by a")!.Text());
    }

    [Fact]
    public async Task DeletingAFestivalTakesItsSelectionsOffTheFilmsAndSaysSo()
    {
        var (browser, _) = await factory.SignedInAsync();
        var word = AdminSteps.UniqueWord();
        var filmId = await browser.CreateFilmAsync("Screened " + word, new Dictionary<string, string>
        {
            ["Input.Selections[0].FestivalName"] = "Gathering " + word,
            ["Input.Selections[0].Year"] = "2004",
        });
        var festivalId = await factory.WithDatabaseAsync(db => db.Festivals.Where(f => f.Name == "Gathering " + word).Select(f => f.Id).SingleAsync());

        var confirmation = await browser.GetPageAsync($"/admin/festivals/{festivalId}/delete");
        Assert.Equal("its 1 selection, taken off 1 film", confirmation.QuerySelector(".consequences li")!.Text());
        using (var deleted = await browser.SubmitAsync(confirmation, "main form.form-stack"))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        Assert.Equal(0, await factory.WithDatabaseAsync(db => db.Selections.CountAsync(s => s.FilmId == filmId)));
        var filmHistory = await browser.GetPageAsync($"/admin/films/{filmId}/history");
        Assert.Contains("Festival selections", filmHistory.QuerySelector(".revision table")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportedEntriesHaveAHistoryToo()
    {
        var (browser, _) = await factory.SignedInAsync();
        var filmId = await factory.WithDatabaseAsync(db => db.Films.Where(f => f.Slug == "the-event-2015").Select(f => f.Id).SingleAsync());

        var history = await browser.GetPageAsync($"/admin/films/{filmId}/history");

        var created = history.QuerySelectorAll(".revision")[^1];
        Assert.Contains("created by the importer", created.QuerySelector("h2")!.Text(), StringComparison.Ordinal);
        Assert.Contains("The Event", created.QuerySelector("table")!.Text(), StringComparison.Ordinal);
    }
}

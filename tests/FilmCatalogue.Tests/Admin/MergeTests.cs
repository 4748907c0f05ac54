using System.Net;
using FilmCatalogue.Tests.Accounts;
using FilmCatalogue.Tests.Web;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Tests.Admin;

public sealed class MergeTests(AccountsFactory factory) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task MergingTwoPeopleMovesTheirCreditsKeepsEverySpellingAndRedirectsTheOldAddress()
    {
        var (browser, _) = await factory.SignedInAsync();
        var word = AdminSteps.UniqueWord().ToUpperInvariant();
        await browser.CreateFilmAsync("First " + word, new Dictionary<string, string> { ["Input.Credits[0].Role"] = "Directed by", ["Input.Credits[0].Name"] = "Anna " + word });
        await browser.CreateFilmAsync("Second " + word, new Dictionary<string, string> { ["Input.Credits[0].Role"] = "Directed by", ["Input.Credits[0].Name"] = "Ana " + word + "A" });
        var (survivor, other) = await factory.WithDatabaseAsync(async db => (
            await db.People.Where(p => p.Name == "Anna " + word).Select(p => new { p.Id, p.Slug }).SingleAsync(),
            await db.People.Where(p => p.Name == "Ana " + word + "A").Select(p => new { p.Id, p.Slug }).SingleAsync()));

        var merge = await browser.GetPageAsync($"/admin/people/merge?first={other.Id}&second={survivor.Id}");
        using var merged = await browser.SubmitAsync(merge, "form.merge-form", new Dictionary<string, string> { ["Input.Survivor"] = survivor.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var visitor = new TestBrowser(factory);
        var page = await visitor.GetPageAsync("/people/" + survivor.Slug);
        var text = page.QuerySelector("main")!.Text();
        Assert.Contains("First " + word, text, StringComparison.Ordinal);
        Assert.Contains("Second " + word, text, StringComparison.Ordinal);
        var spellings = await factory.WithDatabaseAsync(db => db.PersonNames.Where(n => n.PersonId == survivor.Id).Select(n => n.Name).ToListAsync());
        Assert.Contains("Anna " + word, spellings);
        Assert.Contains("Ana " + word + "A", spellings);
        using var old = await visitor.GetAsync("/people/" + other.Slug);
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/people/" + survivor.Slug, old.Headers.Location!.OriginalString);
        Assert.Empty((await visitor.GetPageAsync("/search?q=" + Uri.EscapeDataString("Ana " + word + "A"))).QuerySelectorAll($"#found-people + ul a[href='/people/{other.Slug}']"));
        var found = (await visitor.GetPageAsync("/search?q=" + Uri.EscapeDataString("Anna " + word))).QuerySelector($"#found-people + ul a[href='/people/{survivor.Slug}']");
        Assert.Contains("2 films", found!.ParentElement!.Text(), StringComparison.Ordinal);

        var history = await browser.GetPageAsync($"/admin/people/{survivor.Id}/history");
        Assert.Contains("Merge of", history.QuerySelector(".revision")!.Text(), StringComparison.Ordinal);
        var movedFilm = await factory.WithDatabaseAsync(db => db.Films.Where(f => f.Title == "Second " + word).Select(f => f.Id).SingleAsync());
        var filmHistory = await browser.GetPageAsync($"/admin/films/{movedFilm}/history");
        Assert.Contains("Merge of", filmHistory.QuerySelector(".revision")!.Text(), StringComparison.Ordinal);
        var otherHistory = await browser.GetPageAsync($"/admin/people/{other.Id}/history");
        Assert.Contains("deleted", otherHistory.QuerySelector(".revision h2")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MergingTwoFestivalsMovesSelectionsAndAwards()
    {
        var (browser, _) = await factory.SignedInAsync();
        var word = AdminSteps.UniqueWord();
        var filmId = await browser.CreateFilmAsync("Festival film " + word, new Dictionary<string, string>
        {
            ["Input.Selections[0].FestivalName"] = "Days of " + word,
            ["Input.Selections[0].Year"] = "2010",
            ["Input.Selections[1].FestivalName"] = "Days of " + word + " Festival",
            ["Input.Selections[1].Year"] = "2011",
        });
        var ids = await factory.WithDatabaseAsync(db => db.Festivals.Where(f => f.Name.StartsWith("Days of " + word)).OrderBy(f => f.Name).Select(f => new { f.Id, f.Slug }).ToListAsync());

        var merge = await browser.GetPageAsync($"/admin/festivals/merge?first={ids[0].Id}&second={ids[1].Id}");
        using var merged = await browser.SubmitAsync(merge, "form.merge-form", new Dictionary<string, string> { ["Input.Survivor"] = ids[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal([ids[0].Id, ids[0].Id], await factory.WithDatabaseAsync(db => db.Selections.Where(s => s.FilmId == filmId).Select(s => s.FestivalId).ToListAsync()));
        using var old = await new TestBrowser(factory).GetAsync("/festivals/" + ids[1].Slug);
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
    }

    [Fact]
    public async Task TheDashboardsLikelyDuplicatesLinkToTheMergeScreen()
    {
        var (browser, _) = await factory.SignedInAsync();
        var word = AdminSteps.UniqueWord().ToUpperInvariant();
        await browser.CreateFilmAsync("Twins " + word, new Dictionary<string, string>
        {
            ["Input.Credits[0].Role"] = "Cast",
            ["Input.Credits[0].Name"] = "Boris " + word,
            ["Input.Credits[0].Kind"] = "Person",
            ["Input.Credits[1].Role"] = "Music",
            ["Input.Credits[1].Name"] = "Borys " + word,
        });

        var dashboard = await browser.GetPageAsync("/admin");

        var pair = dashboard.QuerySelectorAll("#likely-duplicates li").Single(li => li.Text().Contains(word, StringComparison.Ordinal));
        var merge = await browser.GetPageAsync(pair.QuerySelector("a.merge-link")!.GetAttribute("href")!);
        Assert.Equal(2, merge.QuerySelectorAll("form.merge-form input[type='radio']").Length);
    }

    [Fact]
    public async Task AMergeWithoutAChoiceIsRefusedBesideTheChoice()
    {
        var (browser, _) = await factory.SignedInAsync();
        var ids = await factory.WithDatabaseAsync(db => db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).Take(2).ToListAsync());

        var merge = await browser.GetPageAsync($"/admin/organisations/merge?first={ids[0]}&second={ids[1]}");
        using var response = await browser.SubmitAsync(merge, "form.merge-form");

        var again = await TestBrowser.ReadAsync(response);
        Assert.Equal("Choose the entry that stays.", again.MessageFor("Input.Survivor"));
        Assert.Equal(2, await factory.WithDatabaseAsync(db => db.Organisations.CountAsync(o => ids.Contains(o.Id))));
    }
}

using System.Net;
using FilmCatalogue.Web.Controllers;
using FilmCatalogue.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Tests.Web;

/// <summary>
/// 300 films directed by one person, six a year over 50 years, ten of which she also wrote: more than her page shows
/// at once. Another person shot five of them: a filmography that fits.
/// </summary>
public sealed class ProlificPersonCatalogue() : WrittenCatalogue(FilmCount, i => $"""
    Estonia, {FirstYear + (i % Years)}, 90mn
    Colour, drama
    Film {i:000}

    Directed by : Anna KAROVA
    {(i % 30 == 0 ? "Writing credits : Anna KAROVA" : "")}
    {(i <= 5 ? "Cinematography : Pavel OSTROV" : "")}

    """)
{
    public const int FilmCount = 300;
    public const int FirstYear = 2000;
    public const int Years = 50;

    /// <summary>The titles of the films a role lists, newest first (by title within a year).</summary>
    public static IReadOnlyList<string> NewestFirst(Func<int, bool> role) =>
        [.. Enumerable.Range(1, FilmCount).Where(role)
            .OrderByDescending(i => i % Years).ThenBy(i => i)
            .Select(i => $"Film {i:000}")];
}

public sealed class PersonRolePageTests(ProlificPersonCatalogue catalogue) : IClassFixture<ProlificPersonCatalogue>
{
    private const string Person = "/people/anna-karova";
    private readonly HttpClient client = catalogue.Factory.CreateClient();

    [Fact]
    public async Task AProlificPersonsPageShowsARolesNewestFilmsAndLinksToTheRolesPage()
    {
        var page = await client.GetPageAsync(Person);

        // 120 lines: the ten films she wrote in full, the 110 newest she directed.
        var directed = page.QuerySelector("section[aria-label='Directed by']")!;
        Assert.Equal(ProlificPersonCatalogue.NewestFirst(_ => true).Take(110), directed.QuerySelectorAll(".results a").Select(a => a.Text()));
        Assert.Equal("300", directed.QuerySelector("h2 .count")!.Text());
        var all = directed.QuerySelector(".more a")!;
        Assert.Equal("Directed by: all 300 films", all.Text());
        Assert.Equal($"{Person}/directed-by", all.GetAttribute("href"));
        var written = page.QuerySelector("section[aria-label='Writing credits']")!;
        Assert.Equal(ProlificPersonCatalogue.NewestFirst(i => i % 30 == 0), written.QuerySelectorAll(".results a").Select(a => a.Text()));
        Assert.Null(written.QuerySelector(".more"));
        // The timeline and the years still count every film.
        Assert.Contains("2000–2049", page.QuerySelector(".film-header .meta")!.Text(), StringComparison.Ordinal);
        Assert.Contains("300 films", page.QuerySelector(".work-chart")!.GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRolePageListsEveryFilmOfTheRoleOnceNewestFirstAcrossItsPages()
    {
        var pages = await client.GetPagesAsync($"{Person}/directed-by");

        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            Assert.Equal("Anna Karova: Directed by", page.QuerySelector("h1")!.Text());
            Assert.Equal(Person, page.QuerySelector(".kicker a")!.GetAttribute("href"));
            Assert.Equal(page.Url, page.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
            Assert.Equal(i == 0 ? null : $"{Person}/directed-by", page.QuerySelector(".pager a:not([rel])")?.GetAttribute("href"));
        }

        Assert.Equal(ProlificPersonCatalogue.NewestFirst(_ => true), pages.SelectMany(page => page.QuerySelectorAll(".results a")).Select(a => a.Text()));
        Assert.Equal(3, pages.Count);
    }

    [Fact]
    public async Task ARolePageInRussianSaysTheRoleAndCountsInRussian()
    {
        var person = await client.GetPageAsync($"{Person}?lang=ru");
        Assert.Equal("Режиссёр: все 300 фильмов", person.QuerySelector(".more a")!.Text());

        var page = await client.GetPageAsync($"{Person}/directed-by?lang=ru");

        Assert.Equal("Anna Karova: Режиссёр", page.QuerySelector("h1")!.Text());
        Assert.Equal("300 фильмов", page.QuerySelector(".film-header .meta")!.Text());
        Assert.NotNull(page.QuerySelector("link[rel='alternate'][hreflang='fr']"));
    }

    [Fact]
    public async Task ARoleThePersonDoesNotHaveOrAnUnknownPersonIsNotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Person}/cinematography")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Person}/no-such-role")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/people/no-such-person/directed-by")).StatusCode);
        // A role that fits on the person's page has its own page all the same.
        Assert.Equal(10, (await client.GetPageAsync($"{Person}/writing-credits")).QuerySelectorAll(".results li").Length);
    }

    [Fact]
    public async Task APersonsOldAddressLeadsToTheRolePageToday()
    {
        await catalogue.Factory.WithDatabaseAsync(async db =>
        {
            var id = await db.People.Where(p => p.Slug == "anna-karova").Select(p => p.Id).SingleAsync();
            await SlugRedirects.AddAsync(db, EntryKind.Person, "anna-karova-before", id, DateTime.UtcNow, CancellationToken.None);
            return await db.SaveChangesAsync();
        });
        using var visitor = catalogue.Factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await visitor.GetAsync("/people/anna-karova-before/directed-by");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"{Person}/directed-by", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task APersonWhoseFilmsFitHasNoLinkToARolePage()
    {
        var page = await client.GetPageAsync("/people/pavel-ostrov");

        Assert.Equal(5, page.QuerySelectorAll(".results li").Length);
        Assert.Empty(page.QuerySelectorAll(".more"));
        Assert.Empty(page.QuerySelectorAll("a[href^='/people/pavel-ostrov/']"));
    }

    [Fact]
    public async Task AProlificPersonsLinkedDataIsStillTheirWholeDocument()
    {
        using var response = await client.GetAsync($"{Person}.json");
        using var document = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Person", document.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Anna Karova", document.RootElement.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData(new[] { 5, 10 }, new[] { 5, 10 })]
    [InlineData(new[] { 300, 10 }, new[] { 110, 10 })]
    [InlineData(new[] { 100, 100 }, new[] { 60, 60 })]
    [InlineData(new[] { 100, 100, 5 }, new[] { 58, 57, 5 })]
    [InlineData(new[] { 120 }, new[] { 120 })]
    [InlineData(new[] { 121 }, new[] { 120 })]
    public void TheLinesOfAPageAreSpreadOverTheRolesThatNeedThem(int[] films, int[] shown) =>
        Assert.Equal(shown, Filmographies.Shares(films, Filmographies.EntriesPerPage));

    [Fact]
    public void EveryRoleShowsAFilmEvenWhenThereAreMoreRolesThanLines() =>
        Assert.All(Filmographies.Shares([.. Enumerable.Repeat(3, 200)], Filmographies.EntriesPerPage), share => Assert.Equal(1, share));
}

using System.Net;
using FilmCatalogue.Web.Controllers;
using FilmCatalogue.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Tests.Web;

/// <summary>
/// 300 films directed by one person and produced by one studio, six a year over 50 years: more than a page shows at
/// once. The person also wrote ten of them and the studio distributed the same ten, a role that fits. Another person
/// shot five and another company distributed five: filmographies that fit whole.
/// </summary>
public sealed class ProlificCatalogue() : WrittenCatalogue(FilmCount, i => $"""
    Estonia, {FirstYear + (i % Years)}, 90mn
    Colour, drama
    Film {i:000}

    Directed by : Anna KAROVA
    {(i % 30 == 0 ? "Writing credits : Anna KAROVA" : "")}
    {(i <= 5 ? "Cinematography : Pavel OSTROV" : "")}
    Production : Tallinnfilm
    {(i % 30 == 0 ? "Distribution : Tallinnfilm" : "")}
    {(i <= 5 ? "Distribution : Baltic Films" : "")}

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

/// <summary>A person's or an organisation's page and its role pages, which list their films the same way.</summary>
/// <param name="Href">The entry's page.</param>
/// <param name="Kind">The kind of entry, for its old addresses.</param>
/// <param name="Large">The role of all 300 films, as its heading says it ("Directed by").</param>
/// <param name="Small">The role of ten films.</param>
/// <param name="Fitting">The page of an entry whose five films fit.</param>
/// <param name="Missing">A role the entry does not have, as an address says it.</param>
/// <param name="Type">The entry's schema.org type.</param>
public sealed record RoleEntry(string Href, string Name, EntryKind Kind, string Large, string Small, string Fitting, string Missing, string Type)
{
    public string Slug => Href[(Href.LastIndexOf('/') + 1)..];

    public string LargeHref => $"{Href}/{Filmographies.RoleSlug(Large)}";
}

public abstract class RolePageTests(ProlificCatalogue catalogue, RoleEntry entry)
{
    protected HttpClient Client { get; } = catalogue.Factory.CreateClient();

    [Fact]
    public async Task AProlificEntrysPageShowsARolesNewestFilmsAndLinksToTheRolesPage()
    {
        var page = await Client.GetPageAsync(entry.Href);

        // 120 lines: the ten films of the small role in full, the 110 newest of the large one.
        var large = page.QuerySelector($"section[aria-label='{entry.Large}']")!;
        Assert.Equal(ProlificCatalogue.NewestFirst(_ => true).Take(110), large.QuerySelectorAll(".results a").Select(a => a.Text()));
        Assert.Equal("300", large.QuerySelector("h2 .count")!.Text());
        var all = large.QuerySelector(".more a")!;
        Assert.Equal($"{entry.Large}: all 300 films", all.Text());
        Assert.Equal(entry.LargeHref, all.GetAttribute("href"));
        var small = page.QuerySelector($"section[aria-label='{entry.Small}']")!;
        Assert.Equal(ProlificCatalogue.NewestFirst(i => i % 30 == 0), small.QuerySelectorAll(".results a").Select(a => a.Text()));
        Assert.Null(small.QuerySelector(".more"));
    }

    [Fact]
    public async Task TheRolePageListsEveryFilmOfTheRoleOnceNewestFirstAcrossItsPages()
    {
        var pages = await Client.GetPagesAsync(entry.LargeHref);

        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            Assert.Equal($"{entry.Name}: {entry.Large}", page.QuerySelector("h1")!.Text());
            Assert.Equal("300 films", page.QuerySelector(".film-header .meta")!.Text());
            Assert.Equal(entry.Href, page.QuerySelector(".kicker a")!.GetAttribute("href"));
            Assert.Equal(page.Url, page.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
            Assert.Equal(i == 0 ? null : entry.LargeHref, page.QuerySelector(".pager a:not([rel])")?.GetAttribute("href"));
        }

        Assert.Equal(ProlificCatalogue.NewestFirst(_ => true), pages.SelectMany(page => page.QuerySelectorAll(".results a")).Select(a => a.Text()));
        Assert.Equal(3, pages.Count);
        // The last page holds what is left of the 300 and leads nowhere further.
        Assert.Equal(60, pages[^1].QuerySelectorAll(".results li").Length);
        Assert.Null(pages[^1].QuerySelector(".pager a[rel='next']"));
    }

    [Fact]
    public async Task ARoleTheEntryDoesNotHaveOrAnUnknownEntryIsNotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"{entry.Href}/{entry.Missing}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"{entry.Href}/no-such-role")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"{entry.Href}-no-such-one/{Filmographies.RoleSlug(entry.Large)}")).StatusCode);
        // A role that fits on the entry's page has its own page all the same.
        Assert.Equal(10, (await Client.GetPageAsync($"{entry.Href}/{Filmographies.RoleSlug(entry.Small)}")).QuerySelectorAll(".results li").Length);
    }

    [Fact]
    public async Task AnOldAddressLeadsToTheRolePageToday()
    {
        await catalogue.Factory.WithDatabaseAsync(async db =>
        {
            var id = entry.Kind == EntryKind.Person
                ? await db.People.Where(p => p.Slug == entry.Slug).Select(p => p.Id).SingleAsync()
                : await db.Organisations.Where(o => o.Slug == entry.Slug).Select(o => o.Id).SingleAsync();
            await SlugRedirects.AddAsync(db, entry.Kind, $"{entry.Slug}-before", id, DateTime.UtcNow, CancellationToken.None);
            return await db.SaveChangesAsync();
        });
        using var visitor = catalogue.Factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await visitor.GetAsync($"{entry.Href}-before/{Filmographies.RoleSlug(entry.Large)}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(entry.LargeHref, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AnEntryWhoseFilmsFitHasNoLinkToARolePage()
    {
        var page = await Client.GetPageAsync(entry.Fitting);

        Assert.Equal(5, page.QuerySelectorAll(".results li").Length);
        Assert.Empty(page.QuerySelectorAll(".more"));
        Assert.Empty(page.QuerySelectorAll($"a[href^='{entry.Fitting}/']"));
    }

    [Fact]
    public async Task AProlificEntrysLinkedDataIsStillItsWholeDocument()
    {
        using var response = await Client.GetAsync($"{entry.Href}.json");
        using var document = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(entry.Type, document.RootElement.GetProperty("@type").GetString());
        Assert.Equal(entry.Name, document.RootElement.GetProperty("name").GetString());
        Assert.EndsWith(entry.Href, document.RootElement.GetProperty("url").GetString(), StringComparison.Ordinal);
    }
}

public sealed class PersonRolePageTests(ProlificCatalogue catalogue) : RolePageTests(catalogue, Person), IClassFixture<ProlificCatalogue>
{
    private static readonly RoleEntry Person = new(
        "/people/anna-karova", "Anna Karova", EntryKind.Person, "Directed by", "Writing credits", "/people/pavel-ostrov", "cinematography", "Person");

    [Fact]
    public async Task APersonsTimelineAndYearsStillCountEveryFilm()
    {
        var page = await Client.GetPageAsync(Person.Href);

        Assert.Contains("2000–2049", page.QuerySelector(".film-header .meta")!.Text(), StringComparison.Ordinal);
        Assert.Contains("300 films", page.QuerySelector(".work-chart")!.GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARolePageInRussianSaysTheRoleAndCountsInRussian()
    {
        var person = await Client.GetPageAsync($"{Person.Href}?lang=ru");
        Assert.Equal("Режиссёр: все 300 фильмов", person.QuerySelector(".more a")!.Text());

        var page = await Client.GetPageAsync($"{Person.LargeHref}?lang=ru");

        Assert.Equal("Anna Karova: Режиссёр", page.QuerySelector("h1")!.Text());
        Assert.Equal("300 фильмов", page.QuerySelector(".film-header .meta")!.Text());
        Assert.NotNull(page.QuerySelector("link[rel='alternate'][hreflang='fr']"));
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

public sealed class OrganisationRolePageTests(ProlificCatalogue catalogue) : RolePageTests(catalogue, Studio), IClassFixture<ProlificCatalogue>
{
    private static readonly RoleEntry Studio = new(
        "/organisations/tallinnfilm", "Tallinnfilm", EntryKind.Organisation, "Production", "Distribution", "/organisations/baltic-films", "directed-by", "Organization");
}

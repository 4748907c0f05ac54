using System.Net;
using FilmCatalogue.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Tests.Web;

/// <summary>
/// 300 films produced by one studio, six a year over 50 years, ten of which it also distributed: more than its page
/// shows at once. Another company distributed five of them: a filmography that fits. The films are numbered and
/// dated as <see cref="ProlificPersonCatalogue"/>'s, whose <see cref="ProlificPersonCatalogue.NewestFirst"/> orders them.
/// </summary>
public sealed class ProlificStudioCatalogue() : WrittenCatalogue(ProlificPersonCatalogue.FilmCount, i => $"""
    Estonia, {ProlificPersonCatalogue.FirstYear + (i % ProlificPersonCatalogue.Years)}, 90mn
    Colour, drama
    Film {i:000}

    Directed by : Anna KAROVA
    Production : Tallinnfilm
    {(i % 30 == 0 ? "Distribution : Tallinnfilm" : "")}
    {(i <= 5 ? "Distribution : Baltic Films" : "")}

    """);

public sealed class OrganisationRolePageTests(ProlificStudioCatalogue catalogue) : IClassFixture<ProlificStudioCatalogue>
{
    private const string Studio = "/organisations/tallinnfilm";
    private readonly HttpClient client = catalogue.Factory.CreateClient();

    [Fact]
    public async Task AProlificOrganisationsPageShowsARolesNewestFilmsAndLinksToTheRolesPage()
    {
        var page = await client.GetPageAsync(Studio);

        // 120 lines: the ten films it distributed in full, the 110 newest it produced.
        var produced = page.QuerySelector("section[aria-label='Production']")!;
        Assert.Equal(ProlificPersonCatalogue.NewestFirst(_ => true).Take(110), produced.QuerySelectorAll(".results a").Select(a => a.Text()));
        Assert.Equal("300", produced.QuerySelector("h2 .count")!.Text());
        var all = produced.QuerySelector(".more a")!;
        Assert.Equal("Production: all 300 films", all.Text());
        Assert.Equal($"{Studio}/production", all.GetAttribute("href"));
        var distributed = page.QuerySelector("section[aria-label='Distribution']")!;
        Assert.Equal(ProlificPersonCatalogue.NewestFirst(i => i % 30 == 0), distributed.QuerySelectorAll(".results a").Select(a => a.Text()));
        Assert.Null(distributed.QuerySelector(".more"));
    }

    [Fact]
    public async Task TheRolePageListsEveryFilmOfTheRoleOnceNewestFirstAcrossItsPages()
    {
        var pages = await client.GetPagesAsync($"{Studio}/production");

        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            Assert.Equal("Tallinnfilm: Production", page.QuerySelector("h1")!.Text());
            Assert.Equal("300 films", page.QuerySelector(".film-header .meta")!.Text());
            Assert.Equal(Studio, page.QuerySelector(".kicker a")!.GetAttribute("href"));
            Assert.Equal(page.Url, page.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
            Assert.Equal(i == 0 ? null : $"{Studio}/production", page.QuerySelector(".pager a:not([rel])")?.GetAttribute("href"));
        }

        Assert.Equal(ProlificPersonCatalogue.NewestFirst(_ => true), pages.SelectMany(page => page.QuerySelectorAll(".results a")).Select(a => a.Text()));
        Assert.Equal(3, pages.Count);
        // The last page holds what is left of the 300 and leads nowhere further.
        Assert.Equal(60, pages[^1].QuerySelectorAll(".results li").Length);
        Assert.Null(pages[^1].QuerySelector(".pager a[rel='next']"));
    }

    [Fact]
    public async Task ARoleTheOrganisationDoesNotHaveOrAnUnknownOrganisationIsNotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Studio}/directed-by")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Studio}/no-such-role")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/organisations/no-such-studio/production")).StatusCode);
        // A role that fits on the organisation's page has its own page all the same.
        Assert.Equal(10, (await client.GetPageAsync($"{Studio}/distribution")).QuerySelectorAll(".results li").Length);
    }

    [Fact]
    public async Task AnOrganisationsOldAddressLeadsToTheRolePageToday()
    {
        await catalogue.Factory.WithDatabaseAsync(async db =>
        {
            var id = await db.Organisations.Where(o => o.Slug == "tallinnfilm").Select(o => o.Id).SingleAsync();
            await SlugRedirects.AddAsync(db, EntryKind.Organisation, "tallinnfilm-before", id, DateTime.UtcNow, CancellationToken.None);
            return await db.SaveChangesAsync();
        });
        using var visitor = catalogue.Factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await visitor.GetAsync("/organisations/tallinnfilm-before/production");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"{Studio}/production", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AnOrganisationWhoseFilmsFitHasNoLinkToARolePage()
    {
        var page = await client.GetPageAsync("/organisations/baltic-films");

        Assert.Equal(5, page.QuerySelectorAll(".results li").Length);
        Assert.Empty(page.QuerySelectorAll(".more"));
        Assert.Empty(page.QuerySelectorAll("a[href^='/organisations/baltic-films/']"));
    }

    [Fact]
    public async Task AProlificOrganisationsLinkedDataIsStillItsWholeDocument()
    {
        using var response = await client.GetAsync($"{Studio}.json");
        using var document = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Organization", document.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Tallinnfilm", document.RootElement.GetProperty("name").GetString());
        Assert.EndsWith(Studio, document.RootElement.GetProperty("url").GetString(), StringComparison.Ordinal);
    }
}

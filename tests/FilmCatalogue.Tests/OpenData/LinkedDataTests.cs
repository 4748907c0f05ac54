using System.Net;
using System.Text.Json;
using FilmCatalogue.Tests.Web;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Tests.OpenData;

public sealed class LinkedDataTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task AFilmsJsonIsTheDocumentItsPageEmbeds()
    {
        var page = await client.GetPageAsync("/films/the-siege-2005");
        var embedded = page.QuerySelector("script[type='application/ld+json']")!.TextContent;

        using var response = await client.GetAsync("/films/the-siege-2005.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(embedded, await response.Content.ReadAsStringAsync());
        Assert.Equal("/films/the-siege-2005.json", page.QuerySelector("link[rel='alternate'][type='application/ld+json']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task PeopleFestivalsAndOrganisationsHaveTheirJsonToo()
    {
        var festival = await factory.WithDatabaseAsync(db => db.Festivals.Where(f => EF.Functions.Like(f.Name, "Venice%")).Select(f => f.Slug).SingleAsync());
        var organisation = await factory.WithDatabaseAsync(db => db.Organisations.Where(o => o.Name == "Soyuzmultfilm").Select(o => o.Slug).SingleAsync());

        foreach (var (path, type) in new[] { ("/people/sergei-loznitsa", "Person"), ($"/festivals/{festival}", "Festival"), ($"/organisations/{organisation}", "Organization") })
        {
            var embedded = (await client.GetPageAsync(path)).QuerySelector("script[type='application/ld+json']")!.TextContent;
            using var response = await client.GetAsync(path + ".json");

            Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
            var json = await response.Content.ReadAsStringAsync();
            Assert.Equal(embedded, json);
            Assert.Equal(type, JsonDocument.Parse(json).RootElement.GetProperty("@type").GetString());
        }
    }

    [Fact]
    public async Task TheJsonOfAnUnknownFilmIsNotFound()
    {
        using var response = await client.GetAsync("/films/no-such-film.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

using System.Net;
using FilmCatalogue.Tests.Web;

namespace FilmCatalogue.Tests.Security;

public sealed class SearchRateLimitTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    [Fact]
    public async Task SomeoneBrowsingNeverMeetsTheSearchLimit()
    {
        var client = factory.CreateClient();

        // A busy visitor: sixty different searches in a row.
        for (var i = 0; i < 60; i++)
        {
            using var response = await client.GetAsync($"/search?q=siege{i}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task AClientOverTheSearchLimitIsToldWhenToComeBack()
    {
        using var strict = factory.WithWebHostBuilder(builder => builder.UseSetting("Catalogue:RateLimits:Search:PermitLimit", "3"));
        var client = strict.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync($"/search?q=loznitsa{i}");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.GetAsync("/search?q=loznitsa-again");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        using var film = await client.GetAsync("/films/the-siege-2005");
        Assert.Equal(HttpStatusCode.OK, film.StatusCode);
    }
}

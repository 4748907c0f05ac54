namespace FilmCatalogue.BrowserTests;

/// <summary>What only the real server shows: these need no browser.</summary>
public sealed class KestrelTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task TheServerDoesNotNameItself()
    {
        using var client = new HttpClient { BaseAddress = new Uri(session.Catalogue.BaseUrl) };

        using var response = await client.GetAsync("/");

        Assert.True(response.IsSuccessStatusCode);
        Assert.False(response.Headers.Contains("Server"), $"Server: {string.Join(' ', response.Headers.Server)}");
    }
}

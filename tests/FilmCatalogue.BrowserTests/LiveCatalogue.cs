using FilmCatalogue.Tests.Web;

namespace FilmCatalogue.BrowserTests;

/// <summary>The app on real Kestrel (a free loopback port), seeded from the integration tests' records.</summary>
public sealed class LiveCatalogue : CatalogueFactory
{
    public LiveCatalogue(string seedsPath)
        : base(seedsPath)
    {
        UseKestrel(0);
        StartServer();
        using var client = CreateClient();
        BaseUrl = client.BaseAddress!.ToString().TrimEnd('/');
    }

    public string BaseUrl { get; }
}

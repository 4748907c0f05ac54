using System.Net;
using System.Xml.Linq;
using FilmCatalogue.Tests.Web;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Tests.OpenData;

public sealed class SitemapTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task TheSitemapsListEveryPageOfTheCatalogueWithItsLastChange()
    {
        var client = factory.CreateClient();

        var urls = await ReadAllSitemapsAsync(client);

        var expected = await factory.WithDatabaseAsync(async db =>
            (await db.Films.Select(f => "/films/" + f.Slug).ToListAsync())
                .Concat(await db.People.Select(p => "/people/" + p.Slug).ToListAsync())
                .Concat(await db.Festivals.Select(f => "/festivals/" + f.Slug).ToListAsync())
                .Concat(await db.Organisations.Select(o => "/organisations/" + o.Slug).ToListAsync())
                .Concat(["/", "/films", "/people", "/festivals", "/organisations", "/downloads"])
                .Select(path => "http://localhost" + path)
                .ToList());
        Assert.Equal(expected.Order(StringComparer.Ordinal), urls.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("http://localhost/films/the-siege-2005", urls.Keys);
        Assert.All(urls.Values, lastModified => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", lastModified));
    }

    [Fact]
    public async Task TheSitemapsSplitWhenThereAreMoreUrlsThanAFileMayList()
    {
        using var small = factory.WithWebHostBuilder(builder => builder.UseSetting("Sitemap:UrlsPerFile", "2"));
        var client = small.CreateClient();

        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var files = index.Root!.Elements(Sitemaps + "sitemap").Select(s => new Uri(s.Element(Sitemaps + "loc")!.Value).AbsolutePath).ToList();

        Assert.Contains("/sitemap-films-1.xml", files);
        Assert.Contains("/sitemap-films-2.xml", files);
        foreach (var file in files.Where(f => !f.StartsWith("/sitemap-pages", StringComparison.Ordinal)))
        {
            var sitemap = XDocument.Parse(await client.GetStringAsync(file));
            Assert.InRange(sitemap.Root!.Elements(Sitemaps + "url").Count(), 1, 2);
        }

        Assert.Equal((await ReadAllSitemapsAsync(factory.CreateClient())).Keys.Order(StringComparer.Ordinal), (await ReadAllSitemapsAsync(client)).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sitemap-films-9.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sitemap-things-1.xml")).StatusCode);
    }

    [Fact]
    public async Task TheSitemapIndexIsAnsweredNotModifiedWhenNothingChanged()
    {
        var client = factory.CreateClient();
        using var first = await client.GetAsync("/sitemap.xml");
        Assert.Equal("application/xml", first.Content.Headers.ContentType!.MediaType);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/sitemap.xml");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.NotNull(first.Content.Headers.LastModified);
    }

    [Fact]
    public async Task RobotsKeepCrawlersOutOfPrivateAndEndlessPagesAndPointAtTheSitemap()
    {
        using var response = await factory.CreateClient().GetAsync("/robots.txt");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.TrimEntries);

        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("User-agent: *", lines[0]);
        Assert.Contains("Allow: /", lines);
        Assert.Contains("Disallow: /admin", lines);
        Assert.Contains("Disallow: /account", lines);
        Assert.Contains("Disallow: /search", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Disallow: /films", StringComparison.Ordinal) || l == "Disallow: /");
    }

    /// <summary>Every URL of every sitemap the index lists, with its lastmod.</summary>
    private static async Task<Dictionary<string, string>> ReadAllSitemapsAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var index = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Sitemaps + "sitemapindex", index.Root!.Name);

        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in index.Root.Elements(Sitemaps + "sitemap"))
        {
            var location = new Uri(file.Element(Sitemaps + "loc")!.Value);
            Assert.Equal("localhost", location.Host);
            Assert.NotNull(file.Element(Sitemaps + "lastmod"));
            var sitemap = XDocument.Parse(await client.GetStringAsync(location.PathAndQuery));
            Assert.Equal(Sitemaps + "urlset", sitemap.Root!.Name);
            foreach (var url in sitemap.Root.Elements(Sitemaps + "url"))
            {
                urls.Add(url.Element(Sitemaps + "loc")!.Value, url.Element(Sitemaps + "lastmod")!.Value);
            }
        }

        return urls;
    }
}

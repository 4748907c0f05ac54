using System.Xml.Linq;
using FilmCatalogue.Tests.Web;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace FilmCatalogue.Tests.Security;

/// <summary>Absolute URLs name the configured site, never whatever Host a request claims.</summary>
public sealed class HostHeaderTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    private const string Site = "https://films.example.org/catalogue";
    private const string Forged = "evil.example";

    [Fact]
    public async Task WithTheSiteUrlSetAForgedHostReachesNoPageFeedSitemapOrRobotsFile()
    {
        using var published = factory.WithWebHostBuilder(builder => builder.UseSetting("Catalogue:SiteUrl", Site + "/"));
        var forged = published.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{Forged}/") });

        var page = await forged.GetPageAsync("/films/the-siege-2005");
        var feed = await forged.GetStringAsync("/feed.atom");
        var sitemapIndex = await forged.GetStringAsync("/sitemap.xml");
        var sitemap = await forged.GetStringAsync("/sitemap-films-1.xml");
        var robots = await forged.GetStringAsync("/robots.txt");

        Assert.Equal($"{Site}/films/the-siege-2005", page.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
        Assert.Equal($"{Site}/films/the-siege-2005", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal($"{Site}/films/the-siege-2005", page.JsonLd().GetProperty("url").GetString());
        Assert.Contains($"{Site}/films/the-siege-2005", XDocument.Parse(sitemap).Descendants().Select(e => e.Value));
        Assert.Contains($"Sitemap: {Site}/sitemap.xml", robots, StringComparison.Ordinal);
        foreach (var text in new[] { page.Source.Text, feed, sitemapIndex, sitemap, robots })
        {
            Assert.DoesNotContain(Forged, text, StringComparison.Ordinal);
            Assert.Contains(Site + "/", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ASiteUrlThatIsNotAnAbsoluteWebAddressStopsTheStart()
    {
        using var misconfigured = factory.WithWebHostBuilder(builder => builder.UseSetting("Catalogue:SiteUrl", "films.example.org"));

        var refusal = Assert.Throws<OptionsValidationException>(() => misconfigured.Services);

        Assert.Contains("Catalogue:SiteUrl", refusal.Message, StringComparison.Ordinal);
    }
}

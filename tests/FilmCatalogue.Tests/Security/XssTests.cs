using System.Text.Json;
using AngleSharp.Dom;
using FilmCatalogue.Tests.Web;

namespace FilmCatalogue.Tests.Security;

/// <summary>A catalogue whose only record is made of script payloads in every field the format has.</summary>
public sealed class XssCatalogue : IDisposable
{
    public CatalogueFactory Factory { get; } = CatalogueFactory.SeededFrom(TestPaths.Data("Xss"));

    public void Dispose() => Factory.Dispose();

    public Task<IReadOnlyList<string>> PagesAsync() => DiscoverPagesAsync(Factory.CreateClient());

    /// <summary>Every public page the payloads reach, found by following the film page's links.</summary>
    public static async Task<IReadOnlyList<string>> DiscoverPagesAsync(HttpClient client)
    {
        var film = (await client.GetPageAsync("/films")).QuerySelector(".results a.title")!.GetAttribute("href")!;
        var filmPage = await client.GetPageAsync(film);
        var linked = filmPage.QuerySelectorAll("main a[href^='/people/'], main a[href^='/organisations/'], main a[href^='/festivals/']")
            .Select(a => a.GetAttribute("href")!).Distinct();
        return
        [
            "/", "/films", film, "/people", "/festivals", "/organisations", .. linked,
            "/search?q=" + Uri.EscapeDataString("<script>window.xssFired=1</script>"),
            "/search?q=" + Uri.EscapeDataString("\"><img src=x onerror=window.xssFired=1>"),
            "/search?q=petrov",
            "/films/" + Uri.EscapeDataString("<script>window.xssFired=1</script>"),
        ];
    }
}

public sealed class XssTests(XssCatalogue catalogue) : IClassFixture<XssCatalogue>
{
    [Fact]
    public async Task ScriptPayloadsInEveryFieldRenderAsInertText()
    {
        var client = catalogue.Factory.CreateClient();
        var pages = await catalogue.PagesAsync();
        Assert.True(pages.Count >= 12, string.Join(", ", pages));

        foreach (var url in pages)
        {
            using var response = await client.GetAsync(url);
            var page = await client.GetPageAsync(url, response.StatusCode);
            AssertInert(url, page);
        }
    }

    [Fact]
    public async Task ThePayloadsAreKeptAsWrittenTextNotDropped()
    {
        var client = catalogue.Factory.CreateClient();
        var film = await client.GetPageAsync((await catalogue.PagesAsync())[2]);

        Assert.Equal("</script><script>window.xssFired=1</script>", film.QuerySelector("h1")!.Text());
        Assert.Equal("</script><script>window.xssFired=1</script>", film.JsonLd().GetProperty("name").GetString());
    }

    internal static void AssertInert(string url, IDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script"))
        {
            Assert.True(script.GetAttribute("type") == "application/ld+json", $"{url}: an executable script element: {script.OuterHtml}");
            Assert.True(script.GetAttribute("src") is null, $"{url}: a script with a source: {script.OuterHtml}");
            using var _ = JsonDocument.Parse(script.TextContent);
        }

        foreach (var element in page.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{url}: an event handler attribute on <{element.LocalName}>: {attribute.Name}");
                if (attribute.Name is "href" or "src" or "action" or "formaction")
                {
                    var value = attribute.Value.Trim();
                    Assert.False(value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"{url}: a javascript: URL in {element.LocalName}/@{attribute.Name}");
                    Assert.False(value.StartsWith("data:", StringComparison.OrdinalIgnoreCase), $"{url}: a data: URL in {element.LocalName}/@{attribute.Name}");
                }
            }

            Assert.False(element.LocalName is "iframe" or "object" or "embed" or "svg" or "img" && element.Closest("main") is not null && element.GetAttribute("src") is { } src && !src.StartsWith('/'),
                $"{url}: an element from the payloads: {element.OuterHtml}");
        }
    }
}

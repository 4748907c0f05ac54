using System.Net;
using FilmCatalogue.Tests.Web;
using static FilmCatalogue.Tests.Localization.LanguageTests;

namespace FilmCatalogue.Tests.Localization;

/// <summary>
/// The page cache and the HTTP validators keep one copy of a page per language: no visitor is ever handed a page in
/// a language they did not ask for. Machine-readable outputs have no language and are the same bytes for everyone.
/// </summary>
public sealed class LanguageCachingTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/films/the-siege-2005")]
    [InlineData("/films?letter=T")]
    [InlineData("/")]
    public async Task TheCacheServesEachVisitorTheLanguageTheyAskFor(string url)
    {
        // Each visitor in turn, twice: the second round is served from the cache.
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal("fr", Language(await SendAsync(Request(url, acceptLanguage: "fr"))));
            Assert.Equal("en", Language(await SendAsync(Request(url))));
            Assert.Equal("ru", Language(await SendAsync(Request(url, cookie: "ru"))));
            Assert.Equal("en", Language(await SendAsync(Request(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=en", acceptLanguage: "ru"))));
        }
    }

    [Fact]
    public async Task AnETagOfOneLanguageNeverValidatesAnother()
    {
        using var french = await client.SendAsync(Request("/films/the-siege-2005", acceptLanguage: "fr"));
        var etag = french.Headers.ETag!;

        using var english = Request("/films/the-siege-2005");
        english.Headers.IfNoneMatch.Add(etag);
        using var englishResponse = await client.SendAsync(english);
        using var frenchAgain = Request("/films/the-siege-2005", acceptLanguage: "fr");
        frenchAgain.Headers.IfNoneMatch.Add(etag);
        using var frenchAgainResponse = await client.SendAsync(frenchAgain);

        Assert.Equal(HttpStatusCode.OK, englishResponse.StatusCode);
        Assert.NotEqual(etag, englishResponse.Headers.ETag);
        Assert.Contains("<html lang=\"en\">", await englishResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, frenchAgainResponse.StatusCode);
        Assert.Equal(["Accept-Language", "Cookie"], frenchAgainResponse.Headers.Vary);
    }

    [Fact]
    public async Task ANegotiatedPageSaysWhatItVariesBy()
    {
        using var negotiated = await client.SendAsync(Request("/films/the-siege-2005", acceptLanguage: "ru"));
        using var addressed = await client.SendAsync(Request("/films/the-siege-2005?lang=ru"));

        Assert.Equal(["Accept-Language", "Cookie"], negotiated.Headers.Vary);
        Assert.Equal(["ru"], negotiated.Content.Headers.ContentLanguage);
        Assert.Empty(addressed.Headers.Vary);
        Assert.Equal(["ru"], addressed.Content.Headers.ContentLanguage);
    }

    public static TheoryData<string> MachineReadable =>
    [
        "/films/the-siege-2005.json", "/people/sergei-loznitsa.json", "/festivals/trieste-film-festival.json",
        "/films/the-siege-2005/bibliography.bib", "/films/the-siege-2005/bibliography.ris", "/films/the-siege-2005/bibliography/2.bib",
        "/downloads/catalogue.jsonl", "/downloads/catalogue-records.zip", "/feed.atom", "/sitemap.xml", "/sitemap-films-1.xml",
        "/sitemap-pages-1.xml", "/robots.txt",
    ];

    [Theory]
    [MemberData(nameof(MachineReadable))]
    public async Task MachineReadableOutputsAreTheSameBytesInEveryLanguage(string url)
    {
        var english = await BytesAsync(Request(url));

        Assert.Equal(english, await BytesAsync(Request(url, acceptLanguage: "fr")));
        Assert.Equal(english, await BytesAsync(Request(url, cookie: "ru")));
        Assert.Equal(english, await BytesAsync(Request(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=ru")));
        using var russian = await client.SendAsync(Request(url, acceptLanguage: "ru"));
        Assert.Empty(russian.Content.Headers.ContentLanguage);
        Assert.Empty(russian.Headers.Vary);
    }

    [Fact]
    public async Task APagesStructuredDataIsTheSameInEveryLanguage()
    {
        var english = (await client.GetPageAsync("/films/the-siege-2005")).JsonLd().GetRawText();

        foreach (var language in new[] { "fr", "ru" })
        {
            var page = await TestBrowser.ReadAsync(await client.SendAsync(Request($"/films/the-siege-2005?lang={language}")));
            Assert.Equal(english, page.JsonLd().GetRawText());
        }
    }

    private async Task<AngleSharp.Dom.IDocument> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await TestBrowser.ReadAsync(response);
        }
    }

    private async Task<byte[]> BytesAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsByteArrayAsync();
        }
    }

    private static string? Language(AngleSharp.Dom.IDocument page) => page.DocumentElement.GetAttribute("lang");
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FilmCatalogue.Tests.Web;
using FilmCatalogue.Web.Importing;
using Microsoft.Extensions.DependencyInjection;

namespace FilmCatalogue.Tests.OpenData;

public sealed class HttpCachingTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    public static TheoryData<string> PublicPages =>
    [
        "/", "/films", "/films/the-siege-2005", "/films/the-siege-2005.json", "/people", "/people/sergei-loznitsa",
        "/people/sergei-loznitsa.json", "/festivals", "/organisations", "/search?q=siege", "/feed.atom", "/robots.txt",
    ];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task ASecondRequestWithTheFirstETagIsAnsweredNotModifiedWithoutABody(string url)
    {
        using var first = await client.GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag);
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task PublicPagesMayBeCachedBrieflyAndMustBeRevalidated(string url)
    {
        using var response = await client.GetAsync(url);

        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), cacheControl.MaxAge);
        Assert.True(cacheControl.MustRevalidate);
        Assert.False(cacheControl.NoStore);
    }

    [Fact]
    public async Task AnotherETagGetsTheWholePage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/films/the-siege-2005");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The Siege", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFilmPageSaysWhenItLastChangedAndAnswersIfModifiedSince()
    {
        using var first = await client.GetAsync("/films/the-siege-2005");
        var lastModified = first.Content.Headers.LastModified;
        Assert.NotNull(lastModified);

        using var since = new HttpRequestMessage(HttpMethod.Get, "/films/the-siege-2005");
        since.Headers.IfModifiedSince = lastModified;
        using var unchanged = await client.SendAsync(since);
        using var before = new HttpRequestMessage(HttpMethod.Get, "/films/the-siege-2005");
        before.Headers.IfModifiedSince = lastModified.Value.AddDays(-1);
        using var changed = await client.SendAsync(before);

        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Fact]
    public async Task HeadAnswersWithTheHeadersOfGetAndNoBody()
    {
        using var get = await client.GetAsync("/films/the-siege-2005");
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/films/the-siege-2005"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ErrorPagesAreNotGivenValidators()
    {
        using var response = await client.GetAsync("/films/no-such-film");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task TheFingerprintedStylesheetIsImmutableForAYearAndOtherUrlsAreNot()
    {
        var page = await client.GetPageAsync("/");
        var href = page.QuerySelector("link[rel='stylesheet']")!.GetAttribute("href")!;
        Assert.Contains("?v=", href, StringComparison.Ordinal);

        using var fingerprinted = await client.GetAsync(href);
        using var plain = await client.GetAsync("/css/site.css");
        using var stale = await client.GetAsync("/css/site.css?v=an-old-fingerprint");

        Assert.Equal(HttpStatusCode.OK, fingerprinted.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", fingerprinted.Headers.CacheControl!.ToString());
        Assert.Equal(TimeSpan.FromMinutes(10), plain.Headers.CacheControl!.MaxAge);
        Assert.DoesNotContain(plain.Headers.CacheControl.Extensions, e => e.Name == "immutable");
        Assert.Equal(TimeSpan.FromMinutes(10), stale.Headers.CacheControl!.MaxAge);
    }
}

/// <summary>Changes the catalogue, so it has a catalogue of its own.</summary>
public sealed class HttpCachingAfterChangesTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task WhenTheFilmChangesItsPageGetsANewETag()
    {
        using var before = await client.GetAsync("/films/the-event-2015");
        var oldTag = before.Headers.ETag!;
        var record = await File.ReadAllTextAsync(Path.Combine(factory.SeedsPath, "the-event.txt"));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var changed = record.Replace("Crowds gather in *Palace Square*.", "Crowds gather in *Palace Square* and on the Nevsky.", StringComparison.Ordinal);
            var outcome = await scope.ServiceProvider.GetRequiredService<RecordImporter>().ImportAsync(new RecordSource("the-event.txt", Encoding.UTF8.GetBytes(changed)));
            Assert.Equal(ImportStatus.Updated, outcome.Status);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "/films/the-event-2015");
        request.Headers.IfNoneMatch.Add(oldTag);
        using var after = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(oldTag, after.Headers.ETag);
        Assert.Contains("on the Nevsky", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

using System.Globalization;
using System.Text;
using System.Xml;
using FilmCatalogue.Web.Caching;
using FilmCatalogue.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FilmCatalogue.Web.Controllers;

/// <summary>
/// What search engines read first: robots.txt and the sitemaps.
/// </summary>
/// <remarks>
/// <para>
/// /sitemap.xml is always a sitemap index, whatever the catalogue's size, so that its shape never changes under
/// crawlers: it lists /sitemap-pages-1.xml (the home page and the indexes) and, for films, people, festivals and
/// organisations, one /sitemap-{kind}-{n}.xml per block of ids. Block n holds the ids from (n-1)·size+1 to n·size
/// (size: 50,000, the sitemaps.org limit of URLs per file), so a block never exceeds the limit, each block is an id
/// range read through the primary key, and a page keeps its file as the catalogue grows.
/// </para>
/// <para>
/// The child sitemaps sit at the root rather than in a folder: sitemaps.org lets a sitemap list only URLs under its
/// own folder, and a /sitemaps/ folder would hold no page.
/// </para>
/// <para>
/// Each file is written as it is read (XmlWriter on the response body), and carries validators computed from the
/// rows it lists (count, highest id, latest change), checked before anything is written.
/// </para>
/// </remarks>
public sealed class CrawlersController(CatalogueDbContext db, IOptions<SitemapOptions> options) : Controller
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string PagesKind = "pages";
    private static readonly string[] EntityKinds = ["films", "people", "festivals", "organisations"];

    [HttpGet("/robots.txt")]
    public ContentResult Robots() => Content(
        $"""
        User-agent: *
        Allow: /
        Disallow: /admin
        Disallow: /account
        # Search results are endless combinations of what the sitemaps list once.
        Disallow: /search
        # The whole catalogue in one file, megabytes each time: for people who ask for it, not for crawlers.
        Disallow: /downloads/
        # The language switch remembers a visitor's choice; each language version has its own ?lang= address.
        Disallow: /language

        Sitemap: {Request.AbsoluteUrl("/sitemap.xml")}

        """,
        "text/plain; charset=utf-8");

    [HttpGet("/sitemap.xml"), StreamedResponse]
    public async Task<IActionResult> SitemapIndex(CancellationToken cancellationToken)
    {
        var files = new List<(string Name, Block Block)> { ($"{PagesKind}-1", await PagesBlockAsync(cancellationToken)) };
        foreach (var kind in EntityKinds)
        {
            files.AddRange((await BlocksAsync(Rows(kind)!, cancellationToken)).Select(b => ($"{kind}-{b.Number}", b)));
        }

        Response.ContentType = "application/xml; charset=utf-8";
        var version = string.Join(';', files.Select(f => $"{f.Name}:{f.Block.Version}"));
        if (HttpCaching.AnswersWithoutBody(HttpContext, version, files.Max(f => f.Block.LastModified)))
        {
            return new EmptyResult();
        }

        await using var xml = CreateWriter();
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "sitemapindex", SitemapNamespace);
        foreach (var (name, block) in files)
        {
            await WriteEntryAsync(xml, "sitemap", Request.AbsoluteUrl($"/sitemap-{name}.xml"), block.LastModified);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        return new EmptyResult();
    }

    [HttpGet("/sitemap-{kind}-{number:int:min(1)}.xml"), StreamedResponse]
    public async Task<IActionResult> Sitemap(string kind, int number, CancellationToken cancellationToken)
    {
        if (kind == PagesKind && number == 1)
        {
            return await PagesSitemapAsync(cancellationToken);
        }

        if (Rows(kind) is not { } rows)
        {
            return NotFound();
        }

        var size = options.Value.UrlsPerFile;
        var (first, last) = ((number - 1L) * size + 1, (long)number * size);
        rows = rows.Where(r => r.Id >= first && r.Id <= last);
        if ((await BlocksAsync(rows, cancellationToken)).SingleOrDefault() is not { } block)
        {
            return NotFound();
        }

        Response.ContentType = "application/xml; charset=utf-8";
        if (HttpCaching.AnswersWithoutBody(HttpContext, block.Version, block.LastModified))
        {
            return new EmptyResult();
        }

        await using var xml = await StartUrlSetAsync();
        await foreach (var row in rows.OrderBy(r => r.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await WriteEntryAsync(xml, "url", Request.AbsoluteUrl($"/{kind}/{row.Slug}"), row.UpdatedAt);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        return new EmptyResult();
    }

    private async Task<IActionResult> PagesSitemapAsync(CancellationToken cancellationToken)
    {
        var latest = await LatestChangesAsync(cancellationToken);
        var pages = new (string Path, DateTime? LastModified)[]
        {
            ("/", latest.Values.Max()),
            ("/films", latest["films"]),
            ("/people", latest["people"]),
            ("/festivals", latest["festivals"]),
            ("/organisations", latest["organisations"]),
            ("/downloads", latest["films"]),
        };

        Response.ContentType = "application/xml; charset=utf-8";
        var version = string.Join(';', latest.Select(l => $"{l.Key}:{l.Value?.Ticks}"));
        if (HttpCaching.AnswersWithoutBody(HttpContext, version, latest.Values.Max()))
        {
            return new EmptyResult();
        }

        await using var xml = await StartUrlSetAsync();
        foreach (var (path, lastModified) in pages)
        {
            await WriteEntryAsync(xml, "url", Request.AbsoluteUrl(path), lastModified);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        return new EmptyResult();
    }

    private IQueryable<SitemapRow>? Rows(string kind) => kind switch
    {
        "films" => db.Films.AsNoTracking().Select(f => new SitemapRow { Id = f.Id, Slug = f.Slug, UpdatedAt = f.UpdatedAt }),
        "people" => db.People.AsNoTracking().Select(p => new SitemapRow { Id = p.Id, Slug = p.Slug, UpdatedAt = p.UpdatedAt }),
        "festivals" => db.Festivals.AsNoTracking().Select(f => new SitemapRow { Id = f.Id, Slug = f.Slug, UpdatedAt = f.UpdatedAt }),
        "organisations" => db.Organisations.AsNoTracking().Select(o => new SitemapRow { Id = o.Id, Slug = o.Slug, UpdatedAt = o.UpdatedAt }),
        _ => null,
    };

    /// <summary>The non-empty id blocks of <paramref name="rows"/>, each with what its validators are made of.</summary>
    private async Task<IReadOnlyList<Block>> BlocksAsync(IQueryable<SitemapRow> rows, CancellationToken cancellationToken)
    {
        var size = options.Value.UrlsPerFile;
        var blocks = await rows
            .GroupBy(r => (r.Id - 1) / size)
            .Select(g => new { Index = g.Key, Count = g.Count(), MaxId = g.Max(r => r.Id), LastModified = g.Max(r => r.UpdatedAt) })
            .OrderBy(b => b.Index)
            .ToListAsync(cancellationToken);
        return [.. blocks.Select(b => new Block(b.Index + 1, $"{b.Count}/{b.MaxId}/{b.LastModified.Ticks}", FilmPages.Utc(b.LastModified)))];
    }

    private async Task<Block> PagesBlockAsync(CancellationToken cancellationToken)
    {
        var latest = await LatestChangesAsync(cancellationToken);
        return new Block(1, string.Join('/', latest.Values.Select(v => v?.Ticks)), latest.Values.Max());
    }

    private async Task<Dictionary<string, DateTime?>> LatestChangesAsync(CancellationToken cancellationToken)
    {
        var latest = new Dictionary<string, DateTime?>(StringComparer.Ordinal);
        foreach (var kind in EntityKinds)
        {
            var date = await Rows(kind)!.MaxAsync(r => (DateTime?)r.UpdatedAt, cancellationToken);
            latest[kind] = date is { } value ? FilmPages.Utc(value) : null;
        }

        return latest;
    }

    private XmlWriter CreateWriter() =>
        XmlWriter.Create(Response.Body, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true });

    private async Task<XmlWriter> StartUrlSetAsync()
    {
        var xml = CreateWriter();
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "urlset", SitemapNamespace);
        return xml;
    }

    private static async Task WriteEntryAsync(XmlWriter xml, string element, string location, DateTime? lastModified)
    {
        await xml.WriteStartElementAsync(null, element, SitemapNamespace);
        await xml.WriteElementStringAsync(null, "loc", SitemapNamespace, location);
        if (lastModified is { } date)
        {
            await xml.WriteElementStringAsync(null, "lastmod", SitemapNamespace, FilmPages.Utc(date).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        await xml.WriteEndElementAsync();
    }

    /// <summary>One page in a sitemap; a named type so that EF can group and filter the four kinds alike.</summary>
    private sealed class SitemapRow
    {
        public int Id { get; init; }
        public required string Slug { get; init; }
        public DateTime UpdatedAt { get; init; }
    }

    private sealed record Block(int Number, string Version, DateTime? LastModified);
}

public sealed class SitemapOptions
{
    /// <summary>The most URLs one sitemap file lists: sitemaps.org allows 50,000.</summary>
    public int UrlsPerFile { get; set; } = 50_000;
}

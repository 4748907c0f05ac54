using FilmCatalogue.Web.Caching;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Localization;
using FilmCatalogue.Web.Models;
using FilmCatalogue.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

// Keyset paging compares sort keys inside EF queries: EF Core turns string.Compare into a comparison under the
// column's collation, ordinal on both databases (SQLite's binary, PostgreSQL's "C"), and cannot translate the
// overloads that name a StringComparison.
#pragma warning disable CA1309, CA1310

namespace FilmCatalogue.Web.Controllers;

[Route("films")]
public sealed class FilmsController(CatalogueDbContext db, FilmRows films, MarkdownRenderer markdown, CatalogueFacets facets, IStringLocalizer<InterfaceText> text) : Controller
{
    [HttpGet("")]
    [OutputCache(PolicyName = CataloguePageCache.FilmIndex)]
    public async Task<IActionResult> Index([FromQuery] FilmIndexQuery query, CancellationToken cancellationToken)
    {
        var films = db.Films.AsNoTracking();
        if (query.Letter is { Length: 1 } letter)
        {
            var upper = letter.ToUpperInvariant();
            films = films.Where(f => f.IndexLetter == upper);
        }

        if (query.Decade is { } decade)
        {
            films = films.Where(f => f.Year >= decade && f.Year < decade + 10);
        }

        if (query.Year is { } year)
        {
            films = films.Where(f => f.Year == year);
        }

        if (query.Country is { } country)
        {
            films = films.Where(f => f.Countries.Any(c => c.Country.Slug == country));
        }

        if (query.Genre is { } genre)
        {
            films = films.Where(f => f.Genres.Any(g => g.Genre.Slug == genre));
        }

        var counts = await facets.FilmsAsync(cancellationToken);
        var total = query.HasFilter ? await films.CountAsync(cancellationToken)
            : query.Letter is { Length: 1 } only ? counts.Letters.FirstOrDefault(l => string.Equals(l.Letter, only, StringComparison.OrdinalIgnoreCase))?.Count ?? 0
            : counts.Films;
        var (page, pager) = await KeysetPageAsync(films, query, cancellationToken);

        return View(new FilmIndexPage
        {
            Heading = await HeadingAsync(query, cancellationToken),
            Films = page,
            Total = total,
            Query = query,
            Letters = [.. counts.Letters.Select(l => l.Letter)],
            Decades = CatalogueQueries.DecadeFacets(counts, query, text),
            Countries = CatalogueQueries.CountryFacets(counts, query, 40),
            Genres = CatalogueQueries.GenreFacets(counts, query, 40),
            Pager = pager,
        });
    }

    [HttpGet("{slug}")]
    [OutputCache(PolicyName = CataloguePageCache.Film)]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        if (LoadPage(slug) is not { } page)
        {
            // An old address (a changed slug, an entry merged into another) leads to the entry today.
            return await this.RedirectOrNotFoundAsync(db, EntryKind.Film, slug, cancellationToken);
        }

        HttpContext.TagCachedPage(CataloguePageCache.FilmTag(page.Id));
        HttpCaching.SetLastModified(HttpContext, page.LastModified);
        return View(page);
    }

    /// <summary>
    /// The film's JSON-LD document alone, as its page embeds it. The template's ".json" literal ranks it above
    /// "{slug}", so "/films/the-siege-2005.json" comes here rather than looking for a film of that slug.
    /// </summary>
    [HttpGet("{slug}.json")]
    public async Task<IActionResult> LinkedData(string slug, CancellationToken cancellationToken)
    {
        if (LoadPage(slug) is not { } page)
        {
            return await this.RedirectOrNotFoundAsync(db, EntryKind.Film, slug, cancellationToken, ".json");
        }

        HttpCaching.SetLastModified(HttpContext, page.LastModified);
        return Content(JsonLd.Serialize(page.StructuredData), JsonLd.MediaType);
    }

    private FilmPage? LoadPage(string slug) => FilmPages.Load(markdown, films, slug, Request.AbsoluteUrl);

    /// <summary>
    /// One page of the index in title order, found by keyset (the title key and id of the film before or after it),
    /// so that the last page costs what the first does.
    /// </summary>
    private async Task<(IReadOnlyList<FilmSummary>, Pager)> KeysetPageAsync(IQueryable<Film> films, FilmIndexQuery query, CancellationToken cancellationToken)
    {
        List<int> ids;
        bool hasPrevious, hasNext;
        if (query.Before is { } before && await KeyOfAsync(before, cancellationToken) is { } beforeKey)
        {
            ids = await films
                .Where(f => string.Compare(f.TitleKey, beforeKey) < 0 || (f.TitleKey == beforeKey && f.Id < before))
                .OrderByDescending(f => f.TitleKey).ThenByDescending(f => f.Id)
                .Select(f => f.Id).Take(CatalogueQueries.PageSize + 1).ToListAsync(cancellationToken);
            hasPrevious = ids.Count > CatalogueQueries.PageSize;
            hasNext = true;
            ids = [.. ids.Take(CatalogueQueries.PageSize).Reverse()];
        }
        else
        {
            hasPrevious = false;
            if (query.After is { } after && await KeyOfAsync(after, cancellationToken) is { } afterKey)
            {
                films = films.Where(f => string.Compare(f.TitleKey, afterKey) > 0 || (f.TitleKey == afterKey && f.Id > after));
                hasPrevious = true;
            }

            ids = await films.OrderBy(f => f.TitleKey).ThenBy(f => f.Id)
                .Select(f => f.Id).Take(CatalogueQueries.PageSize + 1).ToListAsync(cancellationToken);
            hasNext = ids.Count > CatalogueQueries.PageSize;
            ids = [.. ids.Take(CatalogueQueries.PageSize)];
        }

        var page = await db.Films.AsNoTracking().Where(f => ids.Contains(f.Id)).ToSummariesWithIds().ToDictionaryAsync(r => r.Id, r => r.Summary, cancellationToken);
        return ids.Count == 0
            ? ([], new Pager(null, null))
            : ([.. ids.Select(id => page[id])], new Pager(
                hasPrevious ? query.Href(before: ids[0]) : null,
                hasNext ? query.Href(after: ids[^1]) : null));
    }

    private Task<string?> KeyOfAsync(int id, CancellationToken cancellationToken) =>
        db.Films.Where(f => f.Id == id).Select(f => f.TitleKey).FirstOrDefaultAsync(cancellationToken);

    /// <summary>"Documentary Films from Russia of the 2000s under B": the genre and country as the catalogue names them.</summary>
    private async Task<string> HeadingAsync(FilmIndexQuery query, CancellationToken cancellationToken)
    {
        var parts = new List<string>();
        if (query.Genre is not null)
        {
            parts.Add(text["{0} Films", CatalogueQueries.Capitalise(await db.Genres.Where(g => g.Slug == query.Genre).Select(g => g.Name).FirstOrDefaultAsync(cancellationToken) ?? query.Genre)]);
        }
        else
        {
            parts.Add(text["Films"]);
        }

        if (query.Country is not null)
        {
            parts.Add(text["from {0}", await db.Countries.Where(c => c.Slug == query.Country).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) ?? query.Country]);
        }

        if (query.Year is { } year)
        {
            parts.Add(text["of {0}", year]);
        }
        else if (query.Decade is { } decade)
        {
            parts.Add(text["of the {0}s", decade]);
        }

        if (query.Letter is { Length: 1 } letter)
        {
            parts.Add(text["under {0}", letter.ToUpperInvariant()]);
        }

        return string.Join(' ', parts);
    }
}

using FilmCatalogue.Web.Caching;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Models;
using FilmCatalogue.Web.Search;
using FilmCatalogue.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Controllers;

[Route("search")]
public sealed class SearchController(CatalogueDbContext db, CatalogueSearch search) : Controller
{
    private const int PerKind = 20;
    private const int MaxQueryLength = 200;

    [HttpGet("")]
    [OutputCache(PolicyName = CataloguePageCache.Search)]
    [EnableRateLimiting(RateLimits.Search)]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var query = (q ?? "").Trim();
        if (query.Length > MaxQueryLength)
        {
            query = query[..MaxQueryLength];
        }

        var found = await search.FindAsync(query, PerKind, cancellationToken);
        var (filmIds, personIds, festivalIds, organisationIds) =
            (found[SearchKind.Film], found[SearchKind.Person], found[SearchKind.Festival], found[SearchKind.Organisation]);

        return View(new SearchPage
        {
            Query = query,
            Films = await InOrderAsync(filmIds, () => db.Films.AsNoTracking().Where(f => filmIds.Contains(f.Id)).ToSummariesWithIds()
                .ToDictionaryAsync(r => r.Id, r => r.Summary, cancellationToken)),
            People = await CatalogueQueries.PersonSummariesAsync(db, personIds, cancellationToken),
            Festivals = await InOrderAsync(festivalIds, () => db.Festivals.AsNoTracking().Where(f => festivalIds.Contains(f.Id))
                .Select(f => new { f.Id, Summary = new FestivalSummary(f.Slug, f.Name, f.City, f.FilmCount) })
                .ToDictionaryAsync(f => f.Id, f => f.Summary, cancellationToken)),
            Organisations = await InOrderAsync(organisationIds, () => db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
                .Select(o => new { o.Id, Summary = new OrganisationSummary(o.Slug, o.Name, o.FilmCount) })
                .ToDictionaryAsync(o => o.Id, o => o.Summary, cancellationToken)),
        });
    }

    /// <summary>The entries found, in the order of <paramref name="ids"/> (best first); no query at all when none was found.</summary>
    private static async Task<IReadOnlyList<T>> InOrderAsync<T>(IReadOnlyList<int> ids, Func<Task<Dictionary<int, T>>> load)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var found = await load();
        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }
}

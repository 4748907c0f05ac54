using FilmCatalogue.Web.Caching;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Models;
using FilmCatalogue.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Controllers;

[Route("festivals")]
public sealed class FestivalsController(CatalogueDbContext db) : Controller
{
    /// <summary>Every festival and event, grouped by country (a few hundred: one page).</summary>
    [HttpGet("")]
    [OutputCache(PolicyName = CataloguePageCache.FestivalIndex)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var festivals = await db.Festivals.AsNoTracking()
            .Select(f => new
            {
                f.Slug, f.Name, f.City, f.Key,
                Country = f.Country != null ? f.Country.Name : null,
                CountrySlug = f.Country != null ? f.Country.Slug : null,
                FilmCount = f.Selections.Select(s => s.FilmId).Distinct().Count(),
            })
            .ToListAsync(cancellationToken);
        var countries = festivals
            .GroupBy(f => (f.Country, f.CountrySlug))
            .OrderBy(g => g.Key.Country is null).ThenBy(g => g.Key.Country, StringComparer.Ordinal)
            .Select(g => new FestivalCountry(g.Key.Country, g.Key.CountrySlug,
                [.. g.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new FestivalSummary(f.Slug, f.Name, f.City, f.FilmCount))]))
            .ToList();
        return View(new FestivalIndexPage(countries, festivals.Count));
    }

    [HttpGet("{slug}")]
    [OutputCache(PolicyName = CataloguePageCache.Festival)]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken) =>
        await LoadPageAsync(slug, cancellationToken) is { } page ? View(page)
            // An old address (a changed slug, an entry merged into another) leads to the entry today.
            : await this.RedirectOrNotFoundAsync(db, EntryKind.Festival, slug, cancellationToken);

    /// <summary>The festival's JSON-LD document alone ("{slug}.json" outranks "{slug}").</summary>
    [HttpGet("{slug}.json")]
    public async Task<IActionResult> LinkedData(string slug, CancellationToken cancellationToken) =>
        await LoadPageAsync(slug, cancellationToken) is { } page ? Content(JsonLd.Serialize(page.StructuredData), JsonLd.MediaType)
            : await this.RedirectOrNotFoundAsync(db, EntryKind.Festival, slug, cancellationToken, ".json");

    private async Task<FestivalPage?> LoadPageAsync(string slug, CancellationToken cancellationToken)
    {
        var festival = await db.Festivals.AsNoTracking().Where(f => f.Slug == slug)
            .Select(f => new { f.Id, f.Slug, f.Name, f.City, Country = f.Country == null ? null : new LinkView(f.Country.Name, "/films?country=" + f.Country.Slug) })
            .FirstOrDefaultAsync(cancellationToken);
        if (festival is null)
        {
            return null;
        }

        HttpContext.TagCachedPage(CataloguePageCache.FestivalTag(festival.Id));

        var selections = await db.Selections.AsNoTracking().Where(s => s.FestivalId == festival.Id)
            .Select(s => new { s.Year, s.FilmId }).ToListAsync(cancellationToken);
        var awards = await db.Awards.AsNoTracking().Where(a => a.FestivalId == festival.Id)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Year, a.FilmId, a.Category }).ToListAsync(cancellationToken);
        var filmIds = selections.Select(s => s.FilmId).Concat(awards.Select(a => a.FilmId)).Distinct().ToList();
        var films = await db.Films.AsNoTracking().Where(f => filmIds.Contains(f.Id)).ToSummariesWithIds()
            .ToDictionaryAsync(r => r.Id, r => r.Summary, cancellationToken);

        var years = selections.Select(s => s.Year).Concat(awards.Select(a => a.Year)).Distinct()
            .OrderByDescending(y => y ?? int.MinValue)
            .Select(year => new FestivalYear(
                year,
                [.. selections.Where(s => s.Year == year).Select(s => films[s.FilmId]).DistinctBy(f => f.Slug).OrderBy(f => f.Title, StringComparer.Ordinal)],
                [.. awards.Where(a => a.Year == year).Select(a => new FestivalAward(a.Category, films[a.FilmId]))]))
            .ToList();

        var page = new FestivalPage
        {
            Slug = festival.Slug,
            Name = festival.Name,
            City = festival.City,
            Country = festival.Country,
            Years = years,
            StructuredData = null!,
        };
        return page with { StructuredData = StructuredData.Festival(page, Request.AbsoluteUrl($"/festivals/{page.Slug}")) };
    }
}

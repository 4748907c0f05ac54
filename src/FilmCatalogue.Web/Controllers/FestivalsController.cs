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
                f.FilmCount,
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

    /// <summary>
    /// A festival's page: its newest editions in full, as many as fit in <see cref="EntriesPerPage"/> lines, and a
    /// link to every edition. At 100,000 films a festival selects thousands; one page of them all was 200 KB.
    /// </summary>
    public const int EntriesPerPage = 120;

    [HttpGet("{slug}")]
    [OutputCache(PolicyName = CataloguePageCache.Festival)]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken) =>
        await LoadPageAsync(slug, edition: null, cancellationToken) is { } page ? View(page)
            // An old address (a changed slug, an entry merged into another) leads to the entry today.
            : await this.RedirectOrNotFoundAsync(db, EntryKind.Festival, slug, cancellationToken);

    /// <summary>One edition of a festival: the films it selected and the awards it gave that year.</summary>
    [HttpGet("{slug}/{year:int}")]
    [OutputCache(PolicyName = CataloguePageCache.Festival)]
    public Task<IActionResult> Edition(string slug, int year, CancellationToken cancellationToken) =>
        EditionAsync(slug, year.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);

    /// <summary>The selections and awards of a festival whose year the records do not give.</summary>
    [HttpGet("{slug}/undated")]
    [OutputCache(PolicyName = CataloguePageCache.Festival)]
    public Task<IActionResult> Undated(string slug, CancellationToken cancellationToken) =>
        EditionAsync(slug, "undated", cancellationToken);

    /// <summary>The festival's JSON-LD document alone ("{slug}.json" outranks "{slug}").</summary>
    [HttpGet("{slug}.json")]
    public async Task<IActionResult> LinkedData(string slug, CancellationToken cancellationToken) =>
        await LoadPageAsync(slug, edition: null, cancellationToken, withFilms: false) is { } page ? Content(JsonLd.Serialize(page.StructuredData), JsonLd.MediaType)
            : await this.RedirectOrNotFoundAsync(db, EntryKind.Festival, slug, cancellationToken, ".json");

    private async Task<IActionResult> EditionAsync(string slug, string segment, CancellationToken cancellationToken) =>
        await LoadPageAsync(slug, segment, cancellationToken) switch
        {
            { Edition: not null } page => View("Details", page),
            // The festival is there, but it had no such edition.
            not null => NotFound(),
            null => await this.RedirectOrNotFoundAsync(db, EntryKind.Festival, slug, cancellationToken, "/" + segment),
        };

    /// <param name="edition">The <see cref="FestivalEdition.Segment"/> addressed, or null for the festival's own page.</param>
    /// <param name="withFilms">False for the JSON-LD document alone, which names the editions but not their films.</param>
    private async Task<FestivalPage?> LoadPageAsync(string slug, string? edition, CancellationToken cancellationToken, bool withFilms = true)
    {
        var festival = await db.Festivals.AsNoTracking().Where(f => f.Slug == slug)
            .Select(f => new { f.Id, f.Slug, f.Name, f.City, Country = f.Country == null ? null : new LinkView(f.Country.Name, "/films?country=" + f.Country.Slug) })
            .FirstOrDefaultAsync(cancellationToken);
        if (festival is null)
        {
            return null;
        }

        HttpContext.TagCachedPage(CataloguePageCache.FestivalTag(festival.Id));

        // Counted along the (FestivalId, Year, …) indexes, without reading a film.
        var selectedPerYear = await db.Selections.AsNoTracking().Where(s => s.FestivalId == festival.Id)
            .GroupBy(s => s.Year).Select(g => new { Year = g.Key, Count = g.Select(s => s.FilmId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var awardedPerYear = await db.Awards.AsNoTracking().Where(a => a.FestivalId == festival.Id)
            .GroupBy(a => a.Year).Select(g => new { Year = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var editions = selectedPerYear.Concat(awardedPerYear)
            .GroupBy(e => e.Year)
            .Select(g => new FestivalEdition(g.Key, g.Sum(e => e.Count)))
            .OrderByDescending(e => e.Year ?? int.MinValue)
            .ToList();

        var addressed = edition is null ? null : editions.Find(e => e.Segment == edition);
        var shown = edition is null ? Newest(editions) : addressed is null ? [] : [addressed];
        var page = new FestivalPage
        {
            Slug = festival.Slug,
            Name = festival.Name,
            City = festival.City,
            Country = festival.Country,
            Editions = editions,
            Edition = addressed,
            Years = withFilms ? await LoadYearsAsync(festival.Id, shown, all: shown.Count == editions.Count, cancellationToken) : [],
            StructuredData = null!,
        };
        return page with { StructuredData = StructuredData.Festival(page, Request.AbsoluteUrl(page.Href)) };
    }

    /// <summary>The newest editions whose lines fit on one page; always at least the newest.</summary>
    private static List<FestivalEdition> Newest(List<FestivalEdition> editions)
    {
        var shown = new List<FestivalEdition>();
        var lines = 0;
        foreach (var edition in editions)
        {
            lines += edition.Entries;
            if (shown.Count > 0 && lines > EntriesPerPage)
            {
                break;
            }

            shown.Add(edition);
        }

        return shown;
    }

    private async Task<List<FestivalYear>> LoadYearsAsync(int festivalId, List<FestivalEdition> shown, bool all, CancellationToken cancellationToken)
    {
        if (shown.Count == 0)
        {
            return [];
        }

        var selectionRows = db.Selections.AsNoTracking().Where(s => s.FestivalId == festivalId);
        var awardRows = db.Awards.AsNoTracking().Where(a => a.FestivalId == festivalId);
        if (!all && shown[^1].Year is null)
        {
            // The undated page (the undated come last, so the festival's own page shows them only with every year).
            selectionRows = selectionRows.Where(s => s.Year == null);
            awardRows = awardRows.Where(a => a.Year == null);
        }
        else if (!all)
        {
            // The shown editions are the newest or one: a range of years.
            var (from, to) = (shown[^1].Year, shown[0].Year);
            selectionRows = selectionRows.Where(s => s.Year >= from && s.Year <= to);
            awardRows = awardRows.Where(a => a.Year >= from && a.Year <= to);
        }

        var selections = await selectionRows.Select(s => new { s.Year, s.FilmId }).ToListAsync(cancellationToken);
        var awards = await awardRows.OrderBy(a => a.Id).Select(a => new { a.Year, a.FilmId, a.Category }).ToListAsync(cancellationToken);
        var filmIds = selections.Select(s => s.FilmId).Concat(awards.Select(a => a.FilmId)).Distinct().ToList();
        var films = await db.Films.AsNoTracking().Where(f => filmIds.Contains(f.Id)).ToSummariesWithIds()
            .ToDictionaryAsync(r => r.Id, r => r.Summary, cancellationToken);

        var selectedIn = selections.ToLookup(s => s.Year, s => films[s.FilmId]);
        var awardedIn = awards.ToLookup(a => a.Year, a => new FestivalAward(a.Category, films[a.FilmId]));
        return [.. shown.Select(edition => new FestivalYear(
            edition.Year,
            [.. selectedIn[edition.Year].DistinctBy(f => f.Slug).OrderBy(f => f.Title, StringComparer.Ordinal)],
            [.. awardedIn[edition.Year]]))];
    }
}

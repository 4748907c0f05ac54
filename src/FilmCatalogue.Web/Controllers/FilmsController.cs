using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Models;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

// Keyset paging compares sort keys inside EF queries: EF Core turns string.Compare into SQLite's binary (ordinal)
// comparison, and cannot translate the overloads that name a StringComparison.
#pragma warning disable CA1309, CA1310

namespace FilmCatalogue.Web.Controllers;

[Route("films")]
public sealed class FilmsController(CatalogueDbContext db, MarkdownRenderer markdown) : Controller
{
    [HttpGet("")]
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

        var total = await films.CountAsync(cancellationToken);
        var (page, pager) = await KeysetPageAsync(films, query, cancellationToken);

        return View(new FilmIndexPage
        {
            Heading = await HeadingAsync(query, cancellationToken),
            Films = page,
            Total = total,
            Query = query,
            Letters = await db.Films.Select(f => f.IndexLetter).Distinct().OrderBy(l => l).ToListAsync(cancellationToken),
            Decades = await CatalogueQueries.DecadeFacetsAsync(db, query, cancellationToken),
            Countries = await CatalogueQueries.CountryFacetsAsync(db, query, 40, cancellationToken),
            Genres = await CatalogueQueries.GenreFacetsAsync(db, query, 40, cancellationToken),
            Pager = pager,
        });
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var film = await db.Films.AsNoTracking().AsSplitQuery()
            .Where(f => f.Slug == slug)
            .Select(f => new
            {
                f.Slug, f.Title, f.Year, f.DurationMinutes, f.Colour, f.SynopsisMarkdown, f.SynopsisSource,
                Titles = f.Titles.Where(t => t.Kind != TitleKind.Main).OrderBy(t => t.Position).Select(t => new ForeignText(t.Text, t.Language)).ToList(),
                Countries = f.Countries.OrderBy(c => c.Position).Select(c => new LinkView(c.Country.Name, "/films?country=" + c.Country.Slug)).ToList(),
                Genres = f.Genres.OrderBy(g => g.Position).Select(g => new LinkView(g.Genre.Name, "/films?genre=" + g.Genre.Slug)).ToList(),
                Credits = f.Credits.OrderBy(c => c.Position).Select(c => new
                {
                    c.Role, c.CreditedAs, c.CreditedAsOriginal, c.Character,
                    PersonSlug = c.Person != null ? c.Person.Slug : null,
                    OrganisationSlug = c.Organisation != null ? c.Organisation.Slug : null,
                }).ToList(),
                Awards = f.Awards.OrderBy(a => a.Position).Select(a => new
                {
                    a.Category, a.EventName, a.City, a.CountryName, a.Year, FestivalSlug = a.Festival != null ? a.Festival.Slug : null,
                }).ToList(),
                Selections = f.Selections.OrderBy(s => s.Position).Select(s => new
                {
                    s.Festival.Name, s.Festival.Slug, s.FestivalId, s.City, Country = s.Festival.Country != null ? s.Festival.Country.Name : null, s.Year,
                }).ToList(),
                Bibliography = f.Bibliography.OrderBy(b => b.Position).Select(b => new BibliographyView(b.Title, b.Author, b.Publication, b.Year)).ToList(),
                Editions = f.Editions.OrderBy(e => e.Position).Select(e => new { e.Heading, e.Publisher, e.Year, e.Title, e.Extras }).ToList(),
                Media = f.Media.OrderBy(m => m.Position).Select(m => new { m.Location, m.Caption }).ToList(),
                Notes = f.Notes.OrderBy(n => n.Position).Select(n => new { n.Heading, n.Text }).ToList(),
                AwardedFestivalIds = f.Awards.Where(a => a.FestivalId != null).Select(a => new { a.FestivalId, a.Year }).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (film is null)
        {
            // An old address (a changed slug, an entry merged into another) leads to the entry today.
            return await this.RedirectOrNotFoundAsync(db, EntryKind.Film, slug, cancellationToken);
        }

        var credits = film.Credits
            .GroupBy(c => c.Role, StringComparer.OrdinalIgnoreCase)
            .Select(g => new CreditGroup(g.Key, [.. g.Select(c => new CreditView(
                c.OrganisationSlug is null ? PersonNameParts.Display(c.CreditedAs) : c.CreditedAs,
                ForeignText.Of(c.CreditedAsOriginal),
                c.OrganisationSlug is null ? $"/people/{c.PersonSlug}" : $"/organisations/{c.OrganisationSlug}",
                c.Character))]))
            .ToList();

        var selections = film.Selections
            .GroupBy(s => s.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new SelectionYear(g.Key, [.. g.Select(s => new SelectionView(
                s.Name, $"/festivals/{s.Slug}", Place(s.City, s.Country),
                film.AwardedFestivalIds.Any(a => a.FestivalId == s.FestivalId && a.Year == s.Year)))]))
            .ToList();

        var page = new FilmPage
        {
            Slug = film.Slug,
            Title = film.Title,
            Year = film.Year,
            DurationMinutes = film.DurationMinutes,
            Colour = film.Colour,
            OtherTitles = film.Titles,
            Countries = film.Countries,
            Genres = [.. film.Genres.Select(g => g with { Text = CatalogueQueries.Capitalise(g.Text) })],
            Credits = credits,
            Awards = [.. film.Awards.Select(a => new AwardView(a.Category, a.EventName, a.FestivalSlug is null ? null : $"/festivals/{a.FestivalSlug}", Place(a.City, a.CountryName), a.Year))],
            Selections = selections,
            Bibliography = film.Bibliography,
            Editions = [.. film.Editions.Select(e => new EditionView(e.Heading, e.Publisher, e.Year, e.Title, Lines(e.Extras)))],
            SynopsisHtml = markdown.ToHtml(film.SynopsisMarkdown),
            SynopsisSource = film.SynopsisSource,
            Media = [.. film.Media.Select(m => new MediaView(m.Location, m.Caption, IsWebLink(m.Location)))],
            Notes = [.. film.Notes.Select(n => new NoteView(n.Heading, Lines(n.Text)))],
            Description = Describe(film.Title, film.Year, film.Countries, credits),
            StructuredData = null!,
        };
        return View(page with { StructuredData = StructuredData.Movie(page, AbsoluteUrl($"/films/{page.Slug}")) });
    }

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

    private async Task<string> HeadingAsync(FilmIndexQuery query, CancellationToken cancellationToken)
    {
        var parts = new List<string>();
        if (query.Genre is not null)
        {
            parts.Add(CatalogueQueries.Capitalise(await db.Genres.Where(g => g.Slug == query.Genre).Select(g => g.Name).FirstOrDefaultAsync(cancellationToken) ?? query.Genre));
        }

        parts.Add("Films");
        if (query.Country is not null)
        {
            parts.Add("from " + (await db.Countries.Where(c => c.Slug == query.Country).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) ?? query.Country));
        }

        if (query.Year is { } year)
        {
            parts.Add($"of {year}");
        }
        else if (query.Decade is { } decade)
        {
            parts.Add($"of the {decade}s");
        }

        if (query.Letter is { Length: 1 } letter)
        {
            parts.Add($"under {letter.ToUpperInvariant()}");
        }

        return string.Join(' ', parts);
    }

    private string AbsoluteUrl(string path) => $"{Request.Scheme}://{Request.Host}{Request.PathBase}{path}";

    internal static string? Place(string? city, string? country) =>
        (city, country) switch
        {
            (null or "", null or "") => null,
            (null or "", _) => country,
            (_, null or "") => city,
            _ => $"{city}, {country}",
        };

    private static string[] Lines(string? text) =>
        text is null ? [] : text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsWebLink(string location) =>
        Uri.TryCreate(location, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static string Describe(string title, int? year, IReadOnlyList<LinkView> countries, IReadOnlyList<CreditGroup> credits)
    {
        var directors = credits.FirstOrDefault(g => g.Role.StartsWith("Directed", StringComparison.OrdinalIgnoreCase))?.Credits.Select(c => c.Name);
        var what = string.Join(", ", new[] { string.Join(", ", countries.Select(c => c.Text)), year?.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Where(s => !string.IsNullOrEmpty(s)));
        return $"{title}{(what.Length > 0 ? $" ({what})" : "")}{(directors is null ? "" : ", directed by " + string.Join(", ", directors))}.";
    }
}

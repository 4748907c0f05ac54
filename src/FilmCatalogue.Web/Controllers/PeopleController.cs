using FilmCatalogue.Web.Caching;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Models;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Rendering;
using FilmCatalogue.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

// Keyset paging compares sort keys inside EF queries: EF Core turns string.Compare into a comparison under the
// column's collation, ordinal on both databases (SQLite's binary, PostgreSQL's "C"), and cannot translate the
// overloads that name a StringComparison.
#pragma warning disable CA1309, CA1310

namespace FilmCatalogue.Web.Controllers;

[Route("people")]
public sealed class PeopleController(CatalogueDbContext db, CatalogueFacets facets) : Controller
{
    private const string CyrillicAlphabet = "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ";

    /// <summary>People by the letter of their family name, in the Latin alphabet or (for original-script names) the Cyrillic one.</summary>
    [HttpGet("")]
    [OutputCache(PolicyName = CataloguePageCache.PersonIndex)]
    public async Task<IActionResult> Index(string? letter, int? after, CancellationToken cancellationToken)
    {
        letter = letter is { Length: 1 } ? letter.ToUpperInvariant() : null;
        var cyrillic = letter is not null && CyrillicAlphabet.Contains(letter, StringComparison.Ordinal);
        var people = db.People.AsNoTracking();
        people = letter is null ? people : cyrillic ? people.Where(p => p.OriginalIndexLetter == letter) : people.Where(p => p.IndexLetter == letter);
        var counts = await facets.PeopleAsync(cancellationToken);
        var total = letter is null ? counts.People : await people.CountAsync(cancellationToken);

        if (after is { } afterId && await db.People.Where(p => p.Id == afterId).Select(p => new { p.SortKey, p.OriginalSortKey }).FirstOrDefaultAsync(cancellationToken) is { } key)
        {
            people = cyrillic
                ? people.Where(p => string.Compare(p.OriginalSortKey, key.OriginalSortKey) > 0 || (p.OriginalSortKey == key.OriginalSortKey && p.Id > afterId))
                : people.Where(p => string.Compare(p.SortKey, key.SortKey) > 0 || (p.SortKey == key.SortKey && p.Id > afterId));
        }

        var ordered = cyrillic ? people.OrderBy(p => p.OriginalSortKey).ThenBy(p => p.Id) : people.OrderBy(p => p.SortKey).ThenBy(p => p.Id);
        var ids = await ordered.Select(p => p.Id).Take(CatalogueQueries.PageSize + 1).ToListAsync(cancellationToken);
        var page = ids.Take(CatalogueQueries.PageSize).ToList();
        var next = ids.Count > CatalogueQueries.PageSize ? $"/people?{(letter is null ? "" : $"letter={Uri.EscapeDataString(letter)}&")}after={page[^1]}" : null;

        return View(new PeopleIndexPage
        {
            Letter = letter,
            LatinLetters = counts.LatinLetters,
            CyrillicLetters = counts.CyrillicLetters,
            People = await CatalogueQueries.PersonSummariesAsync(db, page, cancellationToken),
            Total = total,
            Pager = new Pager(after is null ? null : $"/people{(letter is null ? "" : $"?letter={Uri.EscapeDataString(letter)}")}", next),
        });
    }

    /// <summary>
    /// The films a person's page lists in all, spread over their roles (<see cref="Shares"/>): a role with more films
    /// than its share shows its newest and links to its own page. At 100,000 films one person's page listed 2,578
    /// films in 683 KB.
    /// </summary>
    public const int EntriesPerPage = 120;

    [HttpGet("{slug}")]
    [OutputCache(PolicyName = CataloguePageCache.Person)]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken) =>
        await LoadPageAsync(slug, cancellationToken) is { } page ? View(page)
            // An old address (a changed slug, an entry merged into another) leads to the entry today.
            : await this.RedirectOrNotFoundAsync(db, EntryKind.Person, slug, cancellationToken);

    /// <summary>The person's JSON-LD document alone ("{slug}.json" outranks "{slug}").</summary>
    [HttpGet("{slug}.json")]
    public async Task<IActionResult> LinkedData(string slug, CancellationToken cancellationToken) =>
        await LoadPageAsync(slug, cancellationToken) is { } page ? Content(JsonLd.Serialize(page.StructuredData), JsonLd.MediaType)
            : await this.RedirectOrNotFoundAsync(db, EntryKind.Person, slug, cancellationToken, ".json");

    /// <summary>
    /// Every film of one of the person's roles (<c>/people/{slug}/directed-by</c>), newest first, a page at a time by
    /// keyset (the film before the page), so that the last page costs what the first does.
    /// </summary>
    [HttpGet("{slug}/{role}")]
    [OutputCache(PolicyName = CataloguePageCache.PersonRole)]
    public async Task<IActionResult> Role(string slug, string role, int? after, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Slug == slug).Select(p => new { p.Id, p.Slug, p.Name }).FirstOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return await this.RedirectOrNotFoundAsync(db, EntryKind.Person, slug, cancellationToken, "/" + role);
        }

        HttpContext.TagCachedPage(CataloguePageCache.PersonTag(person.Id));

        // The labels credits spell this role with ("Directed by", and any spelling that differs only in case).
        var labels = (await PersonRoles.OfAsync(db, [person.Id], cancellationToken))
            .OrderBy(r => r.First).Select(r => r.Role).Where(r => RoleSlug(r) == role).ToList();
        if (labels.Count == 0)
        {
            return NotFound();
        }

        var credits = db.Credits.AsNoTracking().Where(c => c.PersonId == person.Id && labels.Contains(c.Role));
        var films = credits.Select(c => new { c.FilmId, Year = c.Film.Year ?? 0, c.Film.Title }).Distinct();
        // Counted from the credits alone: reading each film's row for it cost 10 ms for 648 films at 100,000.
        var total = await credits.Select(c => c.FilmId).Distinct().CountAsync(cancellationToken);
        var before = after is { } afterId ? await films.Where(f => f.FilmId == afterId).FirstOrDefaultAsync(cancellationToken) : null;
        if (before is not null)
        {
            films = films.Where(f => f.Year < before.Year
                || (f.Year == before.Year && (string.Compare(f.Title, before.Title) > 0 || (f.Title == before.Title && f.FilmId > before.FilmId))));
        }

        var ids = await films.OrderByDescending(f => f.Year).ThenBy(f => f.Title).ThenBy(f => f.FilmId)
            .Select(f => f.FilmId).Take(EntriesPerPage + 1).ToListAsync(cancellationToken);
        var shown = ids.Take(EntriesPerPage).ToList();
        var pageCredits = await credits.Where(c => shown.Contains(c.FilmId)).OrderBy(c => c.Id)
            .Select(c => new { c.FilmId, c.Character, c.CreditedAs }).ToListAsync(cancellationToken);
        var summaries = await db.Films.AsNoTracking().Where(f => shown.Contains(f.Id)).ToSummariesWithIds()
            .ToDictionaryAsync(r => r.Id, r => r.Summary, cancellationToken);
        var entries = pageCredits.DistinctBy(c => c.FilmId).ToDictionary(c => c.FilmId,
            c => new FilmographyEntry(summaries[c.FilmId], c.Character, c.CreditedAs == person.Name ? null : c.CreditedAs));

        var href = $"/people/{person.Slug}/{role}";
        return View(new PersonRolePage
        {
            PersonSlug = person.Slug,
            PersonName = PersonNameParts.Display(person.Name),
            Role = labels[0],
            Total = total,
            Films = [.. shown.Select(id => entries[id])],
            Pager = new Pager(before is null ? null : href, ids.Count > EntriesPerPage ? $"{href}?after={shown[^1]}" : null),
        });
    }

    /// <summary>A role's part of a person's address: "Directed by" is "directed-by".</summary>
    public static string RoleSlug(string role) => Slug.From(role);

    private async Task<PersonPage?> LoadPageAsync(string slug, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking()
            .Where(p => p.Slug == slug)
            .Select(p => new { p.Id, p.Slug, p.Name, p.OriginalName, Spellings = p.Names.OrderBy(n => n.Id).Select(n => n.Name).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return null;
        }

        HttpContext.TagCachedPage(CataloguePageCache.PersonTag(person.Id));

        // Every credit with its film's year and title, which order a role's films: only the films shown are read in full.
        var credits = await db.Credits.AsNoTracking().Where(c => c.PersonId == person.Id)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Role, c.FilmId, c.Character, c.CreditedAs, c.Film.Year, c.Film.Title })
            .ToListAsync(cancellationToken);
        var roles = credits
            .GroupBy(c => c.Role, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.DistinctBy(c => c.FilmId).OrderByDescending(c => c.Year ?? 0).ThenBy(c => c.Title, StringComparer.Ordinal).ThenBy(c => c.FilmId).ToList())
            .ToList();
        var shares = Shares([.. roles.Select(r => r.Count)], EntriesPerPage);
        var shownIds = roles.SelectMany((r, i) => r.Take(shares[i])).Select(c => c.FilmId).Distinct().ToList();
        var films = await db.Films.AsNoTracking().Where(f => shownIds.Contains(f.Id)).ToSummariesWithIds()
            .ToDictionaryAsync(r => r.Id, r => r.Summary, cancellationToken);
        var filmography = roles.Select((r, i) => new RoleFilmography(r[0].Role, [.. r.Take(shares[i])
                .Select(c => new FilmographyEntry(films[c.FilmId], c.Character, c.CreditedAs == person.Name ? null : c.CreditedAs))])
            {
                Total = r.Count,
                AllHref = r.Count > shares[i] ? $"/people/{person.Slug}/{RoleSlug(r[0].Role)}" : null,
            }).ToList();
        var years = credits.DistinctBy(c => c.FilmId).Select(c => c.Year).OfType<int>().ToList();

        var page = new PersonPage
        {
            Slug = person.Slug,
            Name = PersonNameParts.Display(person.Name),
            OriginalName = ForeignText.Of(person.OriginalName),
            Spellings = [.. person.Spellings.Select(s => ForeignText.Of(s)!)],
            Filmography = filmography,
            FilmYears = years,
            FirstYear = years.Count == 0 ? null : years.Min(),
            LastYear = years.Count == 0 ? null : years.Max(),
            StructuredData = null!,
        };
        return page with { StructuredData = StructuredData.Person(page, Request.AbsoluteUrl($"/people/{page.Slug}")) };
    }

    /// <summary>
    /// How many of each role's films a page of <paramref name="lines"/> shows: every film when they all fit; otherwise
    /// an even share for each role, the lines a smaller role leaves over going to the larger ones (the first roles
    /// taking the odd lines), and at least one film a role.
    /// </summary>
    /// <param name="counts">Each role's films, in the page's order of roles.</param>
    public static int[] Shares(IReadOnlyList<int> counts, int lines)
    {
        var shares = counts.ToArray();
        var open = Enumerable.Range(0, counts.Count).ToList();
        var left = lines;
        while (open.Count > 0)
        {
            var share = left / open.Count;
            var small = open.Where(i => counts[i] <= share).ToList();
            if (small.Count == 0)
            {
                var odd = left - (share * open.Count);
                for (var k = 0; k < open.Count; k++)
                {
                    shares[open[k]] = Math.Max(1, share + (k < odd ? 1 : 0));
                }

                break;
            }

            left -= small.Sum(i => counts[i]);
            open.RemoveAll(small.Contains);
        }

        return shares;
    }

    /// <summary>Credits grouped by role (in the order roles first appear), each role's films by year.</summary>
    internal static async Task<IReadOnlyList<RoleFilmography>> FilmographyAsync(
        CatalogueDbContext db, IReadOnlyList<(string Role, int FilmId, string? Character, string? CreditedAs)> credits, string usualName, CancellationToken cancellationToken)
    {
        var filmIds = credits.Select(c => c.FilmId).Distinct().ToList();
        var films = await db.Films.AsNoTracking().Where(f => filmIds.Contains(f.Id)).ToSummariesWithIds()
            .ToDictionaryAsync(r => r.Id, r => r.Summary, cancellationToken);
        return [.. credits
            .GroupBy(c => c.Role, StringComparer.OrdinalIgnoreCase)
            .Select(g => new RoleFilmography(g.Key, [.. g
                .DistinctBy(c => c.FilmId)
                .Select(c => new FilmographyEntry(films[c.FilmId], c.Character, c.CreditedAs == usualName ? null : c.CreditedAs))
                .OrderByDescending(e => e.Film.Year ?? 0).ThenBy(e => e.Film.Title, StringComparer.Ordinal)]))];
    }
}

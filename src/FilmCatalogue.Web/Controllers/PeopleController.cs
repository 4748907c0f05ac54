using FilmCatalogue.Web.Caching;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Models;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Rendering;
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
        var roles = (await PersonRoles.OfAsync(db, [person.Id], cancellationToken)).OrderBy(r => r.First).Select(r => r.Role);
        var page = await Filmographies.RolePageAsync(db, db.Credits.AsNoTracking().Where(c => c.PersonId == person.Id), roles, role,
            PersonNameParts.Display(person.Name), person.Name, $"/people/{person.Slug}", after, cancellationToken);
        return page is null ? NotFound() : View("RoleFilmography", page with { Section = "people" });
    }

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

        var (filmography, years) = await Filmographies.ByRoleAsync(
            db, db.Credits.AsNoTracking().Where(c => c.PersonId == person.Id).OrderBy(c => c.Id), person.Name, $"/people/{person.Slug}", cancellationToken);

        var page = new PersonPage
        {
            Slug = person.Slug,
            Name = PersonNameParts.Display(person.Name),
            OriginalName = ForeignText.Of(person.OriginalName),
            Spellings = [.. person.Spellings.Select(s => ForeignText.Of(s)!)],
            Filmography = filmography,
            FilmYears = years,
            StructuredData = null!,
        };
        return page with { StructuredData = StructuredData.Person(page, Request.AbsoluteUrl($"/people/{page.Slug}")) };
    }
}

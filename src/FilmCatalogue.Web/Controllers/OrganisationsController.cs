using FilmCatalogue.Web.Caching;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Models;
using FilmCatalogue.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

// Keyset paging compares keys inside EF queries, as PeopleController does: string.Compare is translated to an ordinal
// comparison on both databases, and the overloads that name a StringComparison are not translated.
#pragma warning disable CA1309, CA1310

namespace FilmCatalogue.Web.Controllers;

/// <summary>Studios, producers and distributors credited on films.</summary>
[Route("organisations")]
public sealed class OrganisationsController(CatalogueDbContext db, CatalogueFacets facets) : Controller
{
    /// <summary>
    /// Studios, producers and distributors by name (the order of their folded names, which are unique), a page at a
    /// time by keyset (after the last one shown), all of them or those of one first letter.
    /// </summary>
    [HttpGet("")]
    [OutputCache(PolicyName = CataloguePageCache.OrganisationIndex)]
    public async Task<IActionResult> Index(string? letter, int? after, CancellationToken cancellationToken)
    {
        letter = letter is { Length: 1 } && char.IsLetterOrDigit(letter[0]) ? letter.ToUpperInvariant() : null;
        var organisations = db.Organisations.AsNoTracking();
        if (letter is not null)
        {
            // The names of one letter are one range of the index on Key: from the letter up to the next character.
            var (from, to) = (letter.ToLowerInvariant(), ((char)(char.ToLowerInvariant(letter[0]) + 1)).ToString());
            organisations = organisations.Where(o => string.Compare(o.Key, from) >= 0 && string.Compare(o.Key, to) < 0);
        }

        var counts = await facets.OrganisationsAsync(cancellationToken);
        var total = letter is null ? counts.Organisations : await organisations.CountAsync(cancellationToken);
        if (after is { } afterId && await db.Organisations.Where(o => o.Id == afterId).Select(o => o.Key).FirstOrDefaultAsync(cancellationToken) is { } key)
        {
            organisations = organisations.Where(o => string.Compare(o.Key, key) > 0);
        }

        var found = await organisations.OrderBy(o => o.Key).Take(CatalogueQueries.PageSize + 1)
            .Select(o => new { o.Id, Summary = new OrganisationSummary(o.Slug, o.Name, o.FilmCount) })
            .ToListAsync(cancellationToken);
        var page = found.Take(CatalogueQueries.PageSize).ToList();
        var filter = letter is null ? "" : $"letter={Uri.EscapeDataString(letter)}";
        return View(new OrganisationsIndexPage
        {
            Letter = letter,
            Letters = counts.Letters,
            Organisations = [.. page.Select(o => o.Summary)],
            Total = total,
            Pager = new Pager(
                after is null ? null : $"/organisations{(letter is null ? "" : "?" + filter)}",
                found.Count > CatalogueQueries.PageSize ? $"/organisations?{(letter is null ? "" : filter + "&")}after={page[^1].Id}" : null),
        });
    }

    [HttpGet("{slug}")]
    [OutputCache(PolicyName = CataloguePageCache.Organisation)]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        if (await FindAsync(slug, cancellationToken) is not { } organisation)
        {
            // An old address (a changed slug, an entry merged into another) leads to the entry today.
            return await this.RedirectOrNotFoundAsync(db, EntryKind.Organisation, slug, cancellationToken);
        }

        var (filmography, _) = await Filmographies.ByRoleAsync(db, CreditsOf(organisation).OrderBy(c => c.Id), organisation.Name, organisation.Href, cancellationToken);
        return View(new OrganisationPage(organisation.Slug, organisation.Name, filmography, StructuredDataOf(organisation)));
    }

    /// <summary>
    /// The organisation's JSON-LD document alone ("{slug}.json" outranks "{slug}"): it names the organisation without
    /// its films, so it reads none (at 100,000 films, reading Paris Film Studio's 8,394 credits cost 300 ms).
    /// </summary>
    [HttpGet("{slug}.json")]
    public async Task<IActionResult> LinkedData(string slug, CancellationToken cancellationToken) =>
        await FindAsync(slug, cancellationToken) is { } organisation ? Content(JsonLd.Serialize(StructuredDataOf(organisation)), JsonLd.MediaType)
            : await this.RedirectOrNotFoundAsync(db, EntryKind.Organisation, slug, cancellationToken, ".json");

    /// <summary>
    /// Every film of one of the organisation's roles (<c>/organisations/{slug}/production</c>), newest first, a page at
    /// a time by keyset, as a person's role pages are.
    /// </summary>
    [HttpGet("{slug}/{role}")]
    [OutputCache(PolicyName = CataloguePageCache.OrganisationRole)]
    public async Task<IActionResult> Role(string slug, string role, int? after, CancellationToken cancellationToken)
    {
        if (await FindAsync(slug, cancellationToken) is not { } organisation)
        {
            return await this.RedirectOrNotFoundAsync(db, EntryKind.Organisation, slug, cancellationToken, "/" + role);
        }

        var credits = CreditsOf(organisation);
        // An organisation has a few roles over a few thousand credits at most: its (OrganisationId, FilmId) index serves.
        var roles = await credits.GroupBy(c => c.Role).Select(g => new { Role = g.Key, First = g.Min(c => c.Id) })
            .OrderBy(r => r.First).Select(r => r.Role).ToListAsync(cancellationToken);
        var page = await Filmographies.RolePageAsync(db, credits, roles, role, organisation.Name, organisation.Name, organisation.Href, after, cancellationToken);
        return page is null ? NotFound() : View("RoleFilmography", page);
    }

    /// <summary>The organisation of <paramref name="slug"/>, the page being served tagged with it; null when there is none.</summary>
    private async Task<FoundOrganisation?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Slug == slug)
            .Select(o => new FoundOrganisation(o.Id, o.Slug, o.Name)).FirstOrDefaultAsync(cancellationToken);
        if (organisation is not null)
        {
            HttpContext.TagCachedPage(CataloguePageCache.OrganisationTag(organisation.Id));
        }

        return organisation;
    }

    private IQueryable<Credit> CreditsOf(FoundOrganisation organisation) =>
        db.Credits.AsNoTracking().Where(c => c.OrganisationId == organisation.Id);

    private System.Text.Json.Nodes.JsonObject StructuredDataOf(FoundOrganisation organisation) =>
        StructuredData.Organisation(organisation.Name, Request.AbsoluteUrl(organisation.Href));

    private sealed record FoundOrganisation(int Id, string Slug, string Name)
    {
        public string Href => $"/organisations/{Slug}";
    }
}

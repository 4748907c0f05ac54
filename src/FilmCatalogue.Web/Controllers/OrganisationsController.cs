using FilmCatalogue.Web.Caching;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Models;
using FilmCatalogue.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Controllers;

/// <summary>Studios, producers and distributors credited on films.</summary>
[Route("organisations")]
public sealed class OrganisationsController(CatalogueDbContext db) : Controller
{
    [HttpGet("")]
    [OutputCache(PolicyName = CataloguePageCache.OrganisationIndex)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking()
            .OrderBy(o => o.Key)
            .Select(o => new OrganisationSummary(o.Slug, o.Name, o.FilmCount))
            .ToListAsync(cancellationToken);
        return View(organisations);
    }

    [HttpGet("{slug}")]
    [OutputCache(PolicyName = CataloguePageCache.Organisation)]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken) =>
        await LoadPageAsync(slug, cancellationToken) is { } page ? View(page)
            // An old address (a changed slug, an entry merged into another) leads to the entry today.
            : await this.RedirectOrNotFoundAsync(db, EntryKind.Organisation, slug, cancellationToken);

    /// <summary>The organisation's JSON-LD document alone ("{slug}.json" outranks "{slug}").</summary>
    [HttpGet("{slug}.json")]
    public async Task<IActionResult> LinkedData(string slug, CancellationToken cancellationToken) =>
        await LoadPageAsync(slug, cancellationToken) is { } page ? Content(JsonLd.Serialize(page.StructuredData), JsonLd.MediaType)
            : await this.RedirectOrNotFoundAsync(db, EntryKind.Organisation, slug, cancellationToken, ".json");

    private async Task<OrganisationPage?> LoadPageAsync(string slug, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Slug == slug)
            .Select(o => new { o.Id, o.Slug, o.Name }).FirstOrDefaultAsync(cancellationToken);
        if (organisation is null)
        {
            return null;
        }

        HttpContext.TagCachedPage(CataloguePageCache.OrganisationTag(organisation.Id));

        var credits = await db.Credits.AsNoTracking().Where(c => c.OrganisationId == organisation.Id)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Role, c.FilmId })
            .ToListAsync(cancellationToken);
        var filmography = await PeopleController.FilmographyAsync(db, [.. credits.Select(c => (c.Role, c.FilmId, (string?)null, (string?)null))], organisation.Name, cancellationToken);
        var url = Request.AbsoluteUrl($"/organisations/{organisation.Slug}");
        return new OrganisationPage(organisation.Slug, organisation.Name, filmography, StructuredData.Organisation(organisation.Name, url));
    }
}

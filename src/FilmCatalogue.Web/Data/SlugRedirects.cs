using FilmCatalogue.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Data;

/// <summary>Old addresses of entries: kept when a slug changes or an entry is merged into another, answered with 301.</summary>
public static class SlugRedirects
{
    /// <summary>The public path of an entry: "/films/hedgehog-in-the-fog-1975".</summary>
    public static string PathOf(EntryKind kind, string slug) => kind switch
    {
        EntryKind.Film => "/films/",
        EntryKind.Person => "/people/",
        EntryKind.Organisation => "/organisations/",
        EntryKind.Festival => "/festivals/",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    } + slug;

    public static SearchKind SearchKindOf(EntryKind kind) => kind switch
    {
        EntryKind.Film => SearchKind.Film,
        EntryKind.Person => SearchKind.Person,
        EntryKind.Organisation => SearchKind.Organisation,
        EntryKind.Festival => SearchKind.Festival,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// For a public page whose slug is unknown: a permanent redirect to the entry's address today when the slug is an
    /// old one, else 404. The redirect names the entry by id, so a chain of renames and merges is one hop.
    /// </summary>
    /// <param name="suffix">What follows the slug in the address asked for: ".json" for an entry's JSON-LD.</param>
    public static async Task<IActionResult> RedirectOrNotFoundAsync(this ControllerBase controller, CatalogueDbContext db, EntryKind kind, string slug, CancellationToken cancellationToken, string suffix = "")
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(db);
        var target = await db.SlugRedirects.AsNoTracking()
            .Where(r => r.EntryKind == kind && r.OldSlug == slug)
            .Select(r => (int?)r.EntryId)
            .FirstOrDefaultAsync(cancellationToken);
        var current = target is { } id ? await CurrentSlugAsync(db, kind, id, cancellationToken) : null;
        return current is null ? controller.NotFound() : controller.RedirectPermanent(PathOf(kind, current) + suffix);
    }

    public static Task<string?> CurrentSlugAsync(CatalogueDbContext db, EntryKind kind, int id, CancellationToken cancellationToken) => kind switch
    {
        EntryKind.Film => db.Films.Where(e => e.Id == id).Select(e => e.Slug).FirstOrDefaultAsync(cancellationToken),
        EntryKind.Person => db.People.Where(e => e.Id == id).Select(e => e.Slug).FirstOrDefaultAsync(cancellationToken),
        EntryKind.Organisation => db.Organisations.Where(e => e.Id == id).Select(e => e.Slug).FirstOrDefaultAsync(cancellationToken),
        EntryKind.Festival => db.Festivals.Where(e => e.Id == id).Select(e => e.Slug).FirstOrDefaultAsync(cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Records that <paramref name="oldSlug"/> now means the entry <paramref name="entryId"/>; saved with the caller's changes.</summary>
    public static async Task AddAsync(CatalogueDbContext db, EntryKind kind, string oldSlug, int entryId, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var existing = await db.SlugRedirects.FirstOrDefaultAsync(r => r.EntryKind == kind && r.OldSlug == oldSlug, cancellationToken);
        if (existing is null)
        {
            db.SlugRedirects.Add(new SlugRedirect { EntryKind = kind, OldSlug = oldSlug, EntryId = entryId, CreatedAt = now });
        }
        else
        {
            existing.EntryId = entryId;
        }
    }

    /// <summary>A slug in use again by a live entry is no longer an old address.</summary>
    public static async Task ForgetAsync(CatalogueDbContext db, EntryKind kind, string slug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.SlugRedirects.RemoveRange(await db.SlugRedirects.Where(r => r.EntryKind == kind && r.OldSlug == slug).ToListAsync(cancellationToken));
    }

    /// <summary>The old addresses of a merged entry lead to the entry it was merged into.</summary>
    public static async Task RetargetAsync(CatalogueDbContext db, EntryKind kind, int fromId, int toId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var redirect in await db.SlugRedirects.Where(r => r.EntryKind == kind && r.EntryId == fromId).ToListAsync(cancellationToken))
        {
            redirect.EntryId = toId;
        }
    }
}

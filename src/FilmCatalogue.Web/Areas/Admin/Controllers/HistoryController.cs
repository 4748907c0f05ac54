using System.Globalization;
using FilmCatalogue.Web.Areas.Admin.Editing;
using FilmCatalogue.Web.Areas.Admin.Models;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.History;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Areas.Admin.Controllers;

/// <summary>
/// What changed in the catalogue: the latest changes, an entry's history with the fields each change touched,
/// the deleted entries, and the restore of any revision (itself recorded as a change).
/// </summary>
public sealed partial class HistoryController(CatalogueDbContext db, EntryRestorer restorer, ILogger<HistoryController> logger) : EditorController
{
    private const int ListLength = 100;

    [HttpGet("admin/history")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var revisions = await db.Revisions.AsNoTracking().OrderByDescending(r => r.Id).Take(ListLength).ToListAsync(cancellationToken);
        return View("Changes", new ChangesPage { Revisions = [.. revisions.Select(RevisionView.Of)] });
    }

    /// <summary>Entries whose last revision is their deletion: each can be restored from its snapshot.</summary>
    [HttpGet("admin/deleted")]
    public async Task<IActionResult> Deleted(CancellationToken cancellationToken)
    {
        var revisions = await db.Revisions.AsNoTracking()
            .Where(r => r.Action == RevisionAction.Deleted
                && !db.Revisions.Any(later => later.EntryKind == r.EntryKind && later.EntryId == r.EntryId && later.Id > r.Id))
            .OrderByDescending(r => r.Id).Take(ListLength)
            .ToListAsync(cancellationToken);
        return View("Changes", new ChangesPage { Deleted = true, Revisions = [.. revisions.Select(RevisionView.Of)] });
    }

    [HttpGet("admin/{segment:regex(^(films|people|organisations|festivals)$)}/{id:int}/history")]
    public async Task<IActionResult> Entry(string segment, int id, CancellationToken cancellationToken)
    {
        var kind = EntryKinds.FromSegment(segment)!.Value;
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.EntryKind == kind && r.EntryId == id)
            .OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
        var current = await CurrentAsync(kind, id, cancellationToken);
        if (revisions.Count == 0 && current is null)
        {
            return NotFound();
        }

        return View(new HistoryPage
        {
            Kind = kind,
            EntryId = id,
            Name = revisions.FirstOrDefault()?.EntryName ?? (await Snapshots.LoadAsync(db, kind, id, cancellationToken))!.DisplayName,
            CurrentVersion = current?.Version,
            PublicUrl = current is null ? null : SlugRedirects.PathOf(kind, current.Value.Slug),
            Revisions = [.. revisions.Select(RevisionView.Of)],
        });
    }

    /// <summary>Puts the entry back as the revision has it; refused when the entry changed since its history was shown.</summary>
    [HttpPost("admin/{segment:regex(^(films|people|organisations|festivals)$)}/{id:int}/history/{revisionId:int}/restore")]
    public async Task<IActionResult> Restore(string segment, int id, int revisionId, Guid? version, CancellationToken cancellationToken)
    {
        var kind = EntryKinds.FromSegment(segment)!.Value;
        var revision = await db.Revisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == revisionId && r.EntryKind == kind && r.EntryId == id, cancellationToken);
        if (revision is null)
        {
            return NotFound();
        }

        HistoryRecorder.Note(HttpContext, $"Restored revision {revision.Id} ({revision.At:yyyy-MM-dd HH:mm})");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        string? refusal;
        try
        {
            refusal = await restorer.RestoreAsync(revision, version, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            refusal = Text["It changed as you restored it: look at the history again."];
        }

        if (refusal is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
            Status(Text["Nothing was restored. {0}", refusal]);
            return RedirectToAction(nameof(Entry), new { segment, id });
        }

        await transaction.CommitAsync(cancellationToken);
        LogRestored(User.Identity?.Name, kind, id, revision.Id);
        Status(Text["“{0}” is restored as it was on {1}.", revision.EntryName, revision.At.ToString("g", CultureInfo.CurrentCulture)]);
        return Redirect($"/admin/{segment}/{id}/edit");
    }

    private async Task<(Guid Version, string Slug)?> CurrentAsync(EntryKind kind, int id, CancellationToken cancellationToken)
    {
        var current = kind switch
        {
            EntryKind.Film => await db.Films.Where(e => e.Id == id).Select(e => new { e.Version, e.Slug }).FirstOrDefaultAsync(cancellationToken),
            EntryKind.Person => await db.People.Where(e => e.Id == id).Select(e => new { e.Version, e.Slug }).FirstOrDefaultAsync(cancellationToken),
            EntryKind.Organisation => await db.Organisations.Where(e => e.Id == id).Select(e => new { e.Version, e.Slug }).FirstOrDefaultAsync(cancellationToken),
            _ => await db.Festivals.Where(e => e.Id == id).Select(e => new { e.Version, e.Slug }).FirstOrDefaultAsync(cancellationToken),
        };
        return current is null ? null : (current.Version, current.Slug);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Curator {Curator} restored {Kind} {EntryId} to revision {RevisionId}")]
    private partial void LogRestored(string? curator, EntryKind kind, int entryId, int revisionId);
}

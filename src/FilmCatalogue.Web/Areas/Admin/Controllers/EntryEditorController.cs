using FilmCatalogue.Web.Areas.Admin.Editing;
using FilmCatalogue.Web.Areas.Admin.Models;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.History;
using FilmCatalogue.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Areas.Admin.Controllers;

/// <summary>
/// The editors of people, organisations and festivals, which work alike: a list, a form (refused with both
/// versions when stale), a deletion confirmed with what it takes along, and a merge of two entries that are one.
/// Each kind says how its form, deletion and links work.
/// </summary>
public abstract partial class EntryEditorController<TEntity, TInput>(
    CatalogueDbContext db,
    SearchIndexer searchIndexer,
    TimeProvider clock,
    ILogger logger) : EditorController
    where TEntity : class, ICatalogueEntry
    where TInput : class, IVersionedInput, new()
{
    protected const int ListLength = 100;

    protected CatalogueDbContext Db => db;

    protected SearchIndexer SearchIndexer => searchIndexer;

    protected abstract EntryKind Kind { get; }

    /// <summary>The entry, tracked, with what its form needs.</summary>
    protected abstract Task<TEntity?> LoadAsync(int id, CancellationToken cancellationToken);

    protected abstract Task<IReadOnlyList<EntryRow>> ListAsync(string? query, CancellationToken cancellationToken);

    protected abstract TInput FromSnapshot(EntrySnapshot snapshot, Guid version);

    protected abstract EntrySnapshot ToSnapshot(TInput input, string currentSlug);

    protected abstract TEntity Create(DateTime now);

    /// <summary>The name a new entry's slug is made from.</summary>
    protected abstract string SlugSource(TInput input);

    /// <summary>Problems a form's annotations cannot see: another entry that would be the same one.</summary>
    protected virtual Task ValidateAsync(int? id, TInput input, CancellationToken cancellationToken) => Task.CompletedTask;

    protected abstract Task ApplyAsync(TEntity entry, TInput input, CancellationToken cancellationToken);

    protected abstract Task IndexAsync(TEntity entry, CancellationToken cancellationToken);

    protected abstract Task<DeletePage?> DeletePageAsync(int id, CancellationToken cancellationToken);

    /// <summary>Takes away what must go with the entry (a festival's selections); returns the films that changed.</summary>
    protected virtual Task<IReadOnlyList<int>> DetachAsync(TEntity entry, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<int>>([]);

    protected abstract Task<MergeSide?> MergeSideAsync(int id, CancellationToken cancellationToken);

    /// <summary>Moves every link of <paramref name="other"/> to <paramref name="survivor"/>; returns the films that changed.</summary>
    protected abstract Task<IReadOnlyList<int>> MoveLinksAsync(TEntity other, TEntity survivor, CancellationToken cancellationToken);

    private string Segment => EntryKinds.Segment(Kind);

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken) =>
        View("EntryList", new EntryListPage { Kind = Kind, Query = q, Rows = await ListAsync(q, cancellationToken) });

    /// <summary>From a public page's "Edit" link, which knows the slug.</summary>
    [HttpGet("by-slug/{slug}")]
    public async Task<IActionResult> BySlug(string slug, CancellationToken cancellationToken)
    {
        var id = await db.Set<TEntity>().Where(e => e.Slug == slug).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken)
            ?? await db.SlugRedirects.Where(r => r.EntryKind == Kind && r.OldSlug == slug).Select(r => (int?)r.EntryId).FirstOrDefaultAsync(cancellationToken);
        return id is null ? NotFound() : Redirect($"/admin/{Segment}/{id}/edit");
    }

    [HttpGet("new")]
    public IActionResult New() => EditorView(null, new TInput(), null);

    [HttpPost("new")]
    public Task<IActionResult> New([Bind(Prefix = InputPrefix)] TInput input, CancellationToken cancellationToken) =>
        SaveAsync(null, input, cancellationToken);

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var entry = await db.Set<TEntity>().AsNoTracking().Where(e => e.Id == id).Select(e => new { e.Version, e.Slug }).FirstOrDefaultAsync(cancellationToken);
        if (entry is null || await Snapshots.LoadAsync(db, Kind, id, cancellationToken) is not { } snapshot)
        {
            return NotFound();
        }

        return EditorView(id, FromSnapshot(snapshot, entry.Version), entry.Slug);
    }

    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, [Bind(Prefix = InputPrefix)] TInput input, CancellationToken cancellationToken) =>
        SaveAsync(id, input, cancellationToken);

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken) =>
        await DeletePageAsync(id, cancellationToken) is { } page ? View("ConfirmDelete", page) : NotFound();

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, Guid version, CancellationToken cancellationToken)
    {
        var page = await DeletePageAsync(id, cancellationToken);
        var entry = await LoadAsync(id, cancellationToken);
        if (page is null || entry is null)
        {
            return NotFound();
        }

        if (page.Refusal is not null)
        {
            return View("ConfirmDelete", page);
        }

        if (entry.Version != version)
        {
            Status(Text.ForKind(
                Kind,
                "Another curator changed this film since you opened the confirmation: look at it again before deleting it.",
                "Another curator changed this person since you opened the confirmation: look at it again before deleting it.",
                "Another curator changed this organisation since you opened the confirmation: look at it again before deleting it.",
                "Another curator changed this festival since you opened the confirmation: look at it again before deleting it."));
            return Redirect($"/admin/{Segment}/{id}/delete");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var films = await DetachAsync(entry, cancellationToken);
        await EntryEditing.TouchFilmsAsync(db, films, now, cancellationToken);
        db.Entry(entry).Property(e => e.Version).OriginalValue = version;
        db.Remove(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Status(Text.ForKind(
                Kind,
                "Another curator changed this film as you deleted it: look at it again before deleting it.",
                "Another curator changed this person as you deleted it: look at it again before deleting it.",
                "Another curator changed this organisation as you deleted it: look at it again before deleting it.",
                "Another curator changed this festival as you deleted it: look at it again before deleting it."));
            return Redirect($"/admin/{Segment}/{id}/delete");
        }

        await searchIndexer.RemoveAsync(SlugRedirects.SearchKindOf(Kind), id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogDeleted(logger, User.Identity?.Name, Kind, id);
        Status(Text["“{0}” is deleted. It can be restored from the deleted entries.", page.Name]);
        return Redirect($"/admin/{Segment}");
    }

    /// <summary>
    /// Two entries side by side to choose the one that stays; with only <paramref name="first"/>, a search for the other.
    /// </summary>
    [HttpGet("merge")]
    public async Task<IActionResult> Merge(int first, int? second, string? q, CancellationToken cancellationToken)
    {
        var one = await MergeSideAsync(first, cancellationToken);
        var other = second is { } id && id != first ? await MergeSideAsync(id, cancellationToken) : null;
        if (one is null)
        {
            return NotFound();
        }

        var matches = other is null && !string.IsNullOrWhiteSpace(q) ? (await ListAsync(q, cancellationToken)).Where(r => r.Id != first).ToList() : [];
        return View("Merge", new MergePage
        {
            Kind = Kind,
            First = one,
            Second = other,
            Query = q,
            Matches = matches,
            Input = new MergeInput { First = one.Id, Second = other?.Id ?? 0, FirstVersion = one.Version, SecondVersion = other?.Version ?? Guid.Empty },
        });
    }

    /// <summary>
    /// Merges: every link moves to the entry that stays, the other's address leads to it (301), and the other is
    /// deleted. Refused when either changed since the page was shown.
    /// </summary>
    [HttpPost("merge")]
    public async Task<IActionResult> Merge([Bind(Prefix = InputPrefix)] MergeInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var first = await LoadAsync(input.First, cancellationToken);
        var second = await LoadAsync(input.Second, cancellationToken);
        if (first is null || second is null || first.Id == second.Id)
        {
            return NotFound();
        }

        if (!ModelState.IsValid || (input.Survivor != first.Id && input.Survivor != second.Id))
        {
            ModelState.AddModelError($"{InputPrefix}.{nameof(input.Survivor)}", Text["Choose the entry that stays."]);
            return await MergeAgainAsync(input, cancellationToken);
        }

        if (first.Version != input.FirstVersion || second.Version != input.SecondVersion)
        {
            ModelState.AddModelError("", Text["One of the two changed since this page was shown: look at them again."]);
            return await MergeAgainAsync(input, cancellationToken);
        }

        var (survivor, other) = input.Survivor == first.Id ? (first, second) : (second, first);
        var survivorName = (await MergeSideAsync(survivor.Id, cancellationToken))!.Name;
        var otherName = (await MergeSideAsync(other.Id, cancellationToken))!.Name;
        History.HistoryRecorder.Note(HttpContext, $"Merge of “{otherName}” (#{other.Id}) into “{survivorName}” (#{survivor.Id})");

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var films = await MoveLinksAsync(other, survivor, cancellationToken);
        await EntryEditing.TouchFilmsAsync(db, films, now, cancellationToken);
        await SlugRedirects.RetargetAsync(db, Kind, other.Id, survivor.Id, cancellationToken);
        await SlugRedirects.AddAsync(db, Kind, other.Slug, survivor.Id, now, cancellationToken);
        db.Entry(survivor).Property(e => e.Version).OriginalValue = survivor.Version;
        db.Entry(other).Property(e => e.Version).OriginalValue = other.Version;
        survivor.Version = Guid.NewGuid();
        survivor.UpdatedAt = now;
        db.Remove(other);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Status(Text["One of the two changed as you merged them: nothing was merged. Look at them again."]);
            return Redirect($"/admin/{Segment}/merge?first={input.First}&second={input.Second}");
        }

        await searchIndexer.RemoveAsync(SlugRedirects.SearchKindOf(Kind), other.Id, cancellationToken);
        await IndexAsync(survivor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogMerged(logger, User.Identity?.Name, Kind, other.Id, survivor.Id);
        Status(Text["“{0}” is merged into “{1}”. Its old address leads here.", otherName, survivorName]);
        return Redirect($"/admin/{Segment}/{survivor.Id}/edit");
    }

    private async Task<IActionResult> MergeAgainAsync(MergeInput input, CancellationToken cancellationToken)
    {
        var first = (await MergeSideAsync(input.First, cancellationToken))!;
        var second = (await MergeSideAsync(input.Second, cancellationToken))!;
        ModelState.Remove($"{InputPrefix}.{nameof(input.FirstVersion)}");
        ModelState.Remove($"{InputPrefix}.{nameof(input.SecondVersion)}");
        input.FirstVersion = first.Version;
        input.SecondVersion = second.Version;
        return View("Merge", new MergePage { Kind = Kind, First = first, Second = second, Input = input });
    }

    private async Task<IActionResult> SaveAsync(int? id, TInput input, CancellationToken cancellationToken)
    {
        var entry = id is { } existing ? await LoadAsync(existing, cancellationToken) : null;
        if (id is not null && entry is null)
        {
            return NotFound();
        }

        var slug = FilmInput.Clean(input.Slug);
        if (slug is not null && await db.Set<TEntity>().AnyAsync(e => e.Slug == slug && e.Id != id, cancellationToken))
        {
            ModelState.AddModelError($"{InputPrefix}.{nameof(input.Slug)}", Text.ForKind(Kind, "Another film has this address.", "Another person has this address.", "Another organisation has this address.", "Another festival has this address."));
        }

        await ValidateAsync(id, input, cancellationToken);
        if (!ModelState.IsValid)
        {
            return EditorView(id, input, entry?.Slug);
        }

        if (entry is not null && entry.Version != input.Version)
        {
            return await ConflictViewAsync(entry.Id, input, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var oldSlug = entry?.Slug;
        if (entry is null)
        {
            entry = Create(now);
            db.Add(entry);
        }
        else
        {
            db.Entry(entry).Property(e => e.Version).OriginalValue = input.Version;
        }

        await ApplyAsync(entry, input, cancellationToken);
        entry.Slug = slug ?? oldSlug ?? await UniqueSlugAsync(Slug.From(SlugSource(input)), cancellationToken);
        entry.UpdatedAt = now;
        entry.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await ConflictViewAsync(entry.Id, input, cancellationToken);
        }

        await SlugRedirects.ForgetAsync(db, Kind, entry.Slug, cancellationToken);
        if (oldSlug is not null && oldSlug != entry.Slug)
        {
            await SlugRedirects.AddAsync(db, Kind, oldSlug, entry.Id, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await IndexAsync(entry, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogSaved(logger, User.Identity?.Name, Kind, entry.Id);
        Status(id is null ? Text["Added to the catalogue."] : Text["Saved."]);
        return Redirect($"/admin/{Segment}/{entry.Id}/edit");
    }

    private Task<string> UniqueSlugAsync(string baseSlug, CancellationToken cancellationToken) =>
        EntryRules.UniqueSlugAsync(db.Set<TEntity>(), baseSlug, null, null, cancellationToken);

    private async Task<IActionResult> ConflictViewAsync(int id, TInput input, CancellationToken cancellationToken)
    {
        var current = await db.Set<TEntity>().AsNoTracking().Where(e => e.Id == id).Select(e => new { e.Version, e.Slug }).FirstAsync(cancellationToken);
        var saved = (await Snapshots.LoadAsync(db, Kind, id, cancellationToken))!;
        var conflict = SnapshotDiff.Compare(ToSnapshot(input, current.Slug), saved);
        LogConflict(logger, User.Identity?.Name, Kind, id);
        TakeCurrentVersion(input, current.Version);
        return EditorView(id, input, current.Slug, conflict);
    }

    private ViewResult EditorView(int? id, TInput input, string? slug, IReadOnlyList<FieldComparison>? conflict = null) =>
        View("Edit", new EditorPage<TInput>
        {
            Input = input,
            Id = id,
            PublicUrl = slug is null ? null : SlugRedirects.PathOf(Kind, slug),
            Conflict = conflict,
        });

    [LoggerMessage(Level = LogLevel.Information, Message = "Curator {Curator} saved {Kind} {EntryId}")]
    private static partial void LogSaved(ILogger logger, string? curator, EntryKind kind, int entryId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Curator {Curator} deleted {Kind} {EntryId}")]
    private static partial void LogDeleted(ILogger logger, string? curator, EntryKind kind, int entryId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Curator {Curator} merged {Kind} {OtherId} into {SurvivorId}")]
    private static partial void LogMerged(ILogger logger, string? curator, EntryKind kind, int otherId, int survivorId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Save of {Kind} {EntryId} by {Curator} refused: another curator saved it first")]
    private static partial void LogConflict(ILogger logger, string? curator, EntryKind kind, int entryId);
}

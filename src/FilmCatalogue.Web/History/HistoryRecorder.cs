using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using FilmCatalogue.Web.Caching;
using FilmCatalogue.Web.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.History;

/// <summary>
/// Writes a <see cref="Revision"/> for every film, person, organisation and festival that a save changes, whoever
/// saves it: the admin's editors, merges, deletions and restores, and the importer (whose code knows nothing of it).
/// A change to a film's titles, credits or other rows is a change to the film; a new spelling is a change to the person.
/// </summary>
/// <remarks>
/// Before the save, the changed entries are read as they stand in the database; after it, as they stand now; the
/// revision holds the difference and the new snapshot. The revisions are saved in the transaction of the change:
/// the caller's, or one this recorder opens around a save that has none, so a change is never stored without its
/// revision. Only <c>SaveChangesAsync</c> is recorded; a synchronous save of catalogue entries is refused.
/// </remarks>
public sealed class HistoryRecorder(IHttpContextAccessor http, TimeProvider clock) : SaveChangesInterceptor
{
    private const string NoteKey = "FilmCatalogue.History.Note";

    private readonly ConditionalWeakTable<DbContext, PendingSave> pending = new();

    /// <summary>Says what the request's changes are ("Restored revision 12"): every revision the request writes carries it.</summary>
    public static void Note(HttpContext context, string note)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[NoteKey] = note;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is CatalogueDbContext db && !IsWritingRevisions(db) && FindEntries(db).Count > 0)
        {
            throw new InvalidOperationException("Catalogue entries are saved with SaveChangesAsync, so that their history is recorded.");
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not CatalogueDbContext db || IsWritingRevisions(db))
        {
            return result;
        }

        var entries = FindEntries(db);
        if (entries.Count == 0)
        {
            return result;
        }

        foreach (var entry in entries.Where(e => e.Id is { } id && id > 0))
        {
            entry.Before = await Snapshots.LoadAsync(db, entry.Kind, entry.Id!.Value, cancellationToken);
            // The pages that show the entry as it was (a film's old credits name people it may no longer name).
            await EvictPagesAsync(db, entry.Kind, entry.Id!.Value, cancellationToken);
        }

        var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        pending.AddOrUpdate(db, new PendingSave(entries, transaction));
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not CatalogueDbContext db || !pending.TryGetValue(db, out var save) || save.Writing)
        {
            return result;
        }

        save.Writing = true;
        try
        {
            var who = WhoAndWhy();
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var entry in save.Entries)
            {
                var id = entry.Entity is null ? entry.Id!.Value : (int)db.Entry(entry.Entity).Property("Id").CurrentValue!;
                var after = entry.Deleted ? null : await Snapshots.LoadAsync(db, entry.Kind, id, cancellationToken);
                var changes = SnapshotDiff.Changes(entry.Before, after);
                var action = entry.Before is null ? RevisionAction.Created : after is null ? RevisionAction.Deleted : RevisionAction.Updated;
                // A save that changed nothing a curator sees is no revision, unless it is part of a named change
                // (a merge moves a film's credits to another person: the film's history says so).
                if ((action == RevisionAction.Updated && changes.Count == 0 && who.Note is null) || (entry.Before ?? after) is not { } snapshot)
                {
                    continue;
                }

                // A deletion keeps the entry as it was, so that it can be restored.
                db.Revisions.Add(NewRevision(entry.Kind, id, action, snapshot.DisplayName, after ?? entry.Before!, changes, who, now));
            }

            await db.SaveChangesAsync(cancellationToken);
            if (save.Transaction is { } transaction)
            {
                await transaction.CommitAsync(cancellationToken);
                save.Transaction = null;
            }

            foreach (var entry in save.Entries.Where(e => !e.Deleted))
            {
                var id = entry.Entity is null ? entry.Id!.Value : (int)db.Entry(entry.Entity).Property("Id").CurrentValue!;
                await EvictPagesAsync(db, entry.Kind, id, cancellationToken);
            }
        }
        finally
        {
            await EndAsync(db, save);
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is CatalogueDbContext db && pending.TryGetValue(db, out var save) && !save.Writing)
        {
            await EndAsync(db, save);
        }
    }

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is CatalogueDbContext db && pending.TryGetValue(db, out var save) && !save.Writing)
        {
            await EndAsync(db, save);
        }
    }

    /// <summary>
    /// Public pages are cached (Caching/CataloguePageCache): an edit evicts every page that shows the entry, so the
    /// public site shows it at once. Saves outside a request (the command line) have no page cache to evict.
    /// </summary>
    private Task EvictPagesAsync(CatalogueDbContext db, EntryKind kind, int id, CancellationToken cancellationToken)
    {
        if (http.HttpContext?.RequestServices.GetService<IOutputCacheStore>() is not { } store)
        {
            return Task.CompletedTask;
        }

        var cache = new CatalogueCacheInvalidation(db, store);
        return kind switch
        {
            EntryKind.Film => cache.FilmChangedAsync(id, cancellationToken),
            EntryKind.Person => cache.PersonChangedAsync(id, cancellationToken),
            EntryKind.Organisation => cache.OrganisationChangedAsync(id, cancellationToken),
            _ => cache.FestivalChangedAsync(id, cancellationToken),
        };
    }

    /// <summary>
    /// The revisions of what an import batch wrote, for the importer to store with the batch. The importer writes
    /// through prepared commands rather than the change tracker, so its changes do not pass through this interceptor:
    /// it gives each entry whose own fields it wrote as it wrote them, and each is compared here with its latest
    /// revision, read inside the batch's transaction, a kind at a time.
    /// </summary>
    public async Task<IReadOnlyList<Revision>> ImportRevisionsAsync(
        CatalogueDbContext db, DbTransaction transaction, IReadOnlyDictionary<(EntryKind Kind, int Id), EntrySnapshot> written, CancellationToken cancellationToken)
    {
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        try
        {
            var who = WhoAndWhy();
            var now = clock.GetUtcNow().UtcDateTime;
            var revisions = new List<(EntryKind Kind, int Id, RevisionAction Action, EntrySnapshot After, IReadOnlyList<FieldChange> Changes)>(written.Count);
            foreach (var entries in written.GroupBy(e => e.Key.Kind, e => (e.Key.Id, Snapshot: e.Value)))
            {
                var kind = entries.Key;
                List<int> ids = [.. entries.Select(e => e.Id)];
                var latest = await db.Revisions.AsNoTracking()
                    .Where(r => r.EntryKind == kind && EF.Parameter(ids).Contains(r.EntryId)
                        && r.Id == db.Revisions.Where(o => o.EntryKind == kind && o.EntryId == r.EntryId).Max(o => o.Id))
                    .Select(r => new { r.EntryId, r.Snapshot })
                    .ToDictionaryAsync(r => r.EntryId, r => r.Snapshot, cancellationToken);
                foreach (var (id, after) in entries)
                {
                    if (!latest.TryGetValue(id, out var before))
                    {
                        // A new entry's revision keeps no list of changes (see NewRevision): none is worked out.
                        revisions.Add((kind, id, RevisionAction.Created, after, []));
                    }
                    else if (SnapshotDiff.Changes(Snapshots.Unpack(kind, before), after) is { Count: > 0 } changes)
                    {
                        revisions.Add((kind, id, RevisionAction.Updated, after, changes));
                    }
                }
            }

            // Serialising and compressing the snapshots is most of the work: on every core, while the database waits.
            return [.. revisions.AsParallel().AsOrdered()
                .Select(r => NewRevision(r.Kind, r.Id, r.Action, r.After.DisplayName, r.After, r.Changes, who, now))];
        }
        finally
        {
            await db.Database.UseTransactionAsync(null, cancellationToken);
        }
    }

    private static Revision NewRevision(
        EntryKind kind, int id, RevisionAction action, string name, EntrySnapshot snapshot, IReadOnlyList<FieldChange> changes,
        (string? CuratorId, string? CuratorEmail, string? Note) who, DateTime at) => new()
        {
            EntryKind = kind,
            EntryId = id,
            Action = action,
            Note = who.Note,
            EntryName = name,
            CuratorId = who.CuratorId,
            CuratorEmail = who.CuratorEmail,
            At = at,
            // A new entry's changes are its every field, which its snapshot holds already (see Snapshots.ChangesOf).
            ChangesJson = Snapshots.ChangesToJson(action == RevisionAction.Created ? [] : changes),
            Snapshot = Snapshots.Pack(snapshot),
        };

    private bool IsWritingRevisions(CatalogueDbContext db) => pending.TryGetValue(db, out var save) && save.Writing;

    /// <summary>Ends the save: a transaction this recorder opened and did not commit is rolled back.</summary>
    private async Task EndAsync(CatalogueDbContext db, PendingSave save)
    {
        pending.Remove(db);
        if (save.Transaction is { } transaction)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await transaction.DisposeAsync();
        }
    }

    private (string? CuratorId, string? CuratorEmail, string? Note) WhoAndWhy()
    {
        var context = http.HttpContext;
        var user = context?.User;
        var signedIn = user?.Identity?.IsAuthenticated == true;
        return (
            signedIn ? user!.FindFirstValue(ClaimTypes.NameIdentifier) : null,
            signedIn ? user!.Identity!.Name : null,
            context?.Items[NoteKey] as string);
    }

    /// <summary>The entries whose rows the save adds, changes or deletes, each once.</summary>
    private static List<ChangedEntry> FindEntries(CatalogueDbContext db)
    {
        var changed = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        var entries = new Dictionary<(EntryKind, int), ChangedEntry>();
        foreach (var entry in changed)
        {
            if (KindOf(entry.Entity) is { } kind)
            {
                var key = (int)entry.Property("Id").CurrentValue!;
                entries[(kind, key)] = new ChangedEntry(kind, entry.State == EntityState.Added ? null : key, entry.Entity)
                {
                    Deleted = entry.State == EntityState.Deleted,
                };
            }
        }

        foreach (var entry in changed)
        {
            if (OwnerOf(entry) is { } owner && !entries.ContainsKey(owner))
            {
                entries[owner] = new ChangedEntry(owner.Kind, owner.Id, null);
            }
        }

        return [.. entries.Values];
    }

    private static EntryKind? KindOf(object entity) => entity switch
    {
        Film => EntryKind.Film,
        Person => EntryKind.Person,
        Organisation => EntryKind.Organisation,
        Festival => EntryKind.Festival,
        _ => null,
    };

    /// <summary>The entry a row belongs to: a film for its titles, credits and the rest; a person for a spelling.</summary>
    private static (EntryKind Kind, int Id)? OwnerOf(EntityEntry entry)
    {
        var kind = entry.Entity switch
        {
            FilmTitle or FilmCountry or FilmGenre or Credit or Award or Selection or BibliographyEntry or Edition or MediaItem or FilmNote or FilmImage => EntryKind.Film,
            PersonName => EntryKind.Person,
            _ => (EntryKind?)null,
        };
        if (kind is null)
        {
            return null;
        }

        var property = entry.Property(kind == EntryKind.Film ? "FilmId" : "PersonId");
        return (kind.Value, (int)(entry.State == EntityState.Deleted ? property.OriginalValue! : property.CurrentValue!));
    }

    private sealed class ChangedEntry(EntryKind kind, int? id, object? entity)
    {
        public EntryKind Kind { get; } = kind;

        /// <summary>The entry's id, when it is already in the database.</summary>
        public int? Id { get; } = id;

        /// <summary>The tracked entity, when the save holds the entry itself: a new one has its id only after the save.</summary>
        public object? Entity { get; } = entity;

        public bool Deleted { get; init; }

        public EntrySnapshot? Before { get; set; }
    }

    private sealed class PendingSave(List<ChangedEntry> entries, IDbContextTransaction? transaction)
    {
        public List<ChangedEntry> Entries { get; } = entries;

        public IDbContextTransaction? Transaction { get; set; } = transaction;

        public bool Writing { get; set; }
    }
}

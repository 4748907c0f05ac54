using System.Security.Cryptography;
using System.Text;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Importing;

/// <summary>
/// Stores film records in the catalogue. Each record is stored in a transaction of its own, so a bad record never
/// costs the good ones of its batch and is never half-stored. Re-importing a record the catalogue has seen changes
/// nothing, and a film a curator has edited is never overwritten.
/// </summary>
public sealed partial class RecordImporter(CatalogueDbContext db, SearchIndexer searchIndexer, TimeProvider clock, ILogger<RecordImporter> logger)
{
    public async Task<IReadOnlyList<ImportOutcome>> ImportAsync(IReadOnlyList<RecordSource> sources, CancellationToken cancellationToken = default)
    {
        var batchEvents = EventsNamedIn(sources.Select(s => s.Content));
        var outcomes = new List<ImportOutcome>();
        foreach (var source in sources)
        {
            outcomes.Add(await ImportAsync(source, batchEvents, cancellationToken));
        }

        return outcomes;
    }

    /// <summary>
    /// The festival names that records select, for telling an award's category from its event: an award may name
    /// an event that only another record of the same batch selects (an exported catalogue is such a batch).
    /// </summary>
    public static IReadOnlySet<string> EventsNamedIn(IEnumerable<ReadOnlyMemory<byte>> records)
    {
        var events = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            events.UnionWith(RecordReader.Read(record.Span, "").Record?.Selections.Select(s => s.Event) ?? []);
        }

        return events;
    }

    /// <param name="batchEvents">Festival names the rest of the batch selects (see <see cref="EventsNamedIn"/>).</param>
    public async Task<ImportOutcome> ImportAsync(RecordSource source, IReadOnlySet<string>? batchEvents = null, CancellationToken cancellationToken = default)
    {
        var knownEvents = await db.Festivals.AsNoTracking().Select(f => f.Name).ToListAsync(cancellationToken);
        knownEvents.AddRange(batchEvents ?? Enumerable.Empty<string>());
        var read = RecordReader.Read(source.Content.Span, source.Name, knownEvents);
        if (read.Record is not { } record)
        {
            return Log(new ImportOutcome(source.Name, ImportStatus.Rejected, null, read.Diagnostics));
        }

        var hash = ContentHash(record);
        if (await db.ImportedRecords.AnyAsync(r => r.ContentHash == hash, cancellationToken))
        {
            return Log(new ImportOutcome(source.Name, ImportStatus.Unchanged, await SlugOfImportAsync(hash, cancellationToken), read.Diagnostics));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var (status, film) = await StoreAsync(record, cancellationToken);
            db.ImportedRecords.Add(new ImportedRecord
            {
                ContentHash = hash,
                SourceName = Path.GetFileName(source.Name),
                FilmId = film.Id,
                ImportedAt = clock.GetUtcNow().UtcDateTime,
                Warnings = read.Diagnostics.Count == 0 ? null : string.Join('\n', read.Diagnostics),
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Log(new ImportOutcome(source.Name, status, film.Slug, read.Diagnostics));
        }
        catch (DbUpdateException exception)
        {
            await transaction.RollbackAsync(cancellationToken);
            LogStoreFailed(exception, source.Name);
            var error = new RecordDiagnostic(DiagnosticSeverity.Error, source.Name, 0, "the record could not be stored; nothing of it was kept");
            return new ImportOutcome(source.Name, ImportStatus.Rejected, null, [.. read.Diagnostics, error]);
        }
        finally
        {
            // A batch runs through one context: forgetting each record's entities keeps the next one fast.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The hash of the record's canonical text: the same film written twice hashes the same, whatever its spacing.</summary>
    public static string ContentHash(FilmRecord record) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(RecordWriter.Write(record))));

    private async Task<(ImportStatus, Film)> StoreAsync(FilmRecord record, CancellationToken cancellationToken)
    {
        var titleKey = TextFolding.IdentityKey(record.MainTitle);
        var film = await db.Films
            .Include(f => f.Titles).Include(f => f.Countries).Include(f => f.Genres).Include(f => f.Credits)
            .Include(f => f.Awards).Include(f => f.Selections).Include(f => f.Bibliography).Include(f => f.Editions)
            .Include(f => f.Media).Include(f => f.Notes)
            .AsSplitQuery()
            .SingleOrDefaultAsync(f => f.TitleKey == titleKey && f.Year == record.Year, cancellationToken);

        if (film is { CuratorEditedAt: not null })
        {
            return (ImportStatus.KeptCuratorEdits, film);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var status = ImportStatus.Updated;
        if (film is null)
        {
            status = ImportStatus.Imported;
            film = new Film
            {
                Slug = await UniqueSlugAsync(db.Films, Slug.From(record.Year is { } year ? $"{record.MainTitle} {year}" : record.MainTitle), cancellationToken),
                Title = record.MainTitle,
                TitleKey = titleKey,
                IndexLetter = IndexLetter(record.MainTitle),
                CreatedAt = now,
            };
            db.Films.Add(film);
        }
        else
        {
            ClearContents(film);
        }

        var mapper = new RecordMapper(db, now);
        await mapper.FillAsync(film, record, cancellationToken);
        film.UpdatedAt = now;
        film.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);

        await searchIndexer.IndexFilmAsync(film, cancellationToken);
        await searchIndexer.IndexAsync(mapper.TouchedPeople, mapper.TouchedOrganisations, mapper.TouchedFestivals, cancellationToken);
        return (status, film);
    }

    private static void ClearContents(Film film)
    {
        film.Titles.Clear();
        film.Countries.Clear();
        film.Genres.Clear();
        film.Credits.Clear();
        film.Awards.Clear();
        film.Selections.Clear();
        film.Bibliography.Clear();
        film.Editions.Clear();
        film.Media.Clear();
        film.Notes.Clear();
    }

    private async Task<string?> SlugOfImportAsync(string hash, CancellationToken cancellationToken) =>
        await db.ImportedRecords.Where(r => r.ContentHash == hash)
            .Join(db.Films, r => r.FilmId, f => f.Id, (r, f) => f.Slug)
            .FirstOrDefaultAsync(cancellationToken);

    internal static async Task<string> UniqueSlugAsync<T>(IQueryable<T> set, string baseSlug, CancellationToken cancellationToken, ISet<string>? pending = null)
        where T : class
    {
        var taken = await set.Select(e => EF.Property<string>(e, "Slug"))
            .Where(s => s == baseSlug || s.StartsWith(baseSlug + "-"))
            .ToListAsync(cancellationToken);
        var takenSet = taken.ToHashSet(StringComparer.Ordinal);
        return Slug.Unique(baseSlug, s => takenSet.Contains(s) || (pending?.Contains(s) ?? false));
    }

    /// <summary>The A–Z letter of a name: the first letter or digit of its transliteration, '#' for a digit or anything else.</summary>
    internal static string IndexLetter(string text)
    {
        var first = Slug.From(text)[0];
        return first is >= 'a' and <= 'z' ? char.ToUpperInvariant(first).ToString() : "#";
    }

    private ImportOutcome Log(ImportOutcome outcome)
    {
        LogOutcome(outcome.SourceName, outcome.Status, outcome.FilmSlug, outcome.Diagnostics.Count);
        return outcome;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import of {Source}: {Status} {Slug} with {DiagnosticCount} diagnostics")]
    private partial void LogOutcome(string source, ImportStatus status, string? slug, int diagnosticCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing the record {Source} failed; nothing of it was kept")]
    private partial void LogStoreFailed(Exception exception, string source);
}

using System.Buffers;
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using FilmCatalogue.Web.Caching;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.History;
using FilmCatalogue.Web.Records;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Importing;

/// <summary>
/// Stores film records in the catalogue, a batch of <see cref="BatchSize"/> records at a time. A file whose bytes the
/// catalogue has imported before is not read again; the other records are read in parallel, the ones already seen
/// (the same film written differently) are known by their content hash, and the rest are planned (see
/// <see cref="ImportSession"/>): a batch is read and planned on the other cores while the one before it is written
/// through prepared statements, in one transaction a batch, its rows table by table. When the database refuses any of
/// a batch's rows, the batch is rolled back and written again record by record, each inside a savepoint of its own, so
/// a bad record never costs the good ones of its batch and is never half-stored; the batch after it, planned on what it
/// would have written, is planned again.
/// Re-importing a record the catalogue has seen changes nothing, and a film a curator has edited is never overwritten.
/// </summary>
public sealed partial class RecordImporter(
    CatalogueDbContext db, TimeProvider clock, CatalogueCacheInvalidation cache, HistoryRecorder history, ImportTimings timings, ILogger<RecordImporter> logger)
{
    /// <summary>
    /// Records a transaction holds. A commit writes every page the batch touched to the log, and the index pages a
    /// batch touches are all over the database: larger batches write each of them fewer times (4,000 rather than 2,000
    /// halved an import's system time). Small enough to bound memory (a 100,000-film import, one batch planned while
    /// another is written, peaks at about 1.45 GB), and below ImportKillTests' largest batch of 4,800 records, which
    /// must see a batch committed before its kill.
    /// </summary>
    public const int BatchSize = 4000;

    public async Task<IReadOnlyList<ImportOutcome>> ImportAsync(IReadOnlyList<RecordSource> sources, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<ImportOutcome>(sources.Count);
        await foreach (var outcome in ImportSourcesAsync([.. sources.Select(s => new Source(s.Name, () => s.Content))], cancellationToken))
        {
            outcomes.Add(outcome);
        }

        return outcomes;
    }

    public async Task<ImportOutcome> ImportAsync(RecordSource source, CancellationToken cancellationToken = default) =>
        (await ImportAsync([source], cancellationToken))[0];

    /// <summary>
    /// Imports record files and folders of them (see <see cref="RecordSource.ExpandPaths"/>), reading a batch of files
    /// at a time, and gives each record's outcome as soon as its batch is stored. A missing file is a rejected record.
    /// </summary>
    public IAsyncEnumerable<ImportOutcome> ImportFilesAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        ImportSourcesAsync([.. RecordSource.ExpandPaths(paths).Select(f => new Source(f, () => File.Exists(f) ? File.ReadAllBytes(f) : (ReadOnlyMemory<byte>?)null))], cancellationToken);

    /// <summary>
    /// The festival names that records select, for telling an award's category from its event: an award may name
    /// an event that only another record of the same batch selects (an exported catalogue is such a batch).
    /// </summary>
    public static IReadOnlySet<string> EventsNamedIn(IEnumerable<ReadOnlyMemory<byte>> records) => EventsNamedIn(records, r => r);

    private static HashSet<string> EventsNamedIn<T>(IEnumerable<T> records, Func<T, ReadOnlyMemory<byte>> content)
    {
        var events = new HashSet<string>(StringComparer.Ordinal);
        var gate = new Lock();
        Parallel.ForEach(
            records,
            () => new HashSet<string>(StringComparer.Ordinal),
            (record, _, local) =>
            {
                local.UnionWith(RecordReader.SelectedEvents(content(record).Span));
                return local;
            },
            local =>
            {
                lock (gate)
                {
                    events.UnionWith(local);
                }
            });
        return events;
    }

    /// <summary>The hash of the record's canonical text: the same film written twice hashes the same, whatever its spacing.</summary>
    /// <remarks>
    /// The text is written into a builder each thread keeps and encoded into pooled buffers: an import hashes every
    /// record it reads, and the text is not needed after.
    /// </remarks>
    public static string ContentHash(FilmRecord record)
    {
        var text = (canonicalText ??= new StringBuilder()).Clear();
        RecordWriter.Write(record, text);
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            text.CopyTo(0, chars, text.Length);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, Encoding.UTF8.GetBytes(chars.AsSpan(0, text.Length), bytes)), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
            if (text.Capacity > KeptTextCapacity)
            {
                canonicalText = null;
            }
        }
    }

    /// <summary>The largest builder <see cref="ContentHash"/> keeps for the thread's next record: a long one's is let go.</summary>
    private const int KeptTextCapacity = 64 * 1024;

    [ThreadStatic]
    private static StringBuilder? canonicalText;

    /// <summary>The hash of a file's bytes: a file the catalogue has imported before is known without reading it.</summary>
    private static string FileHash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private async IAsyncEnumerable<ImportOutcome> ImportSourcesAsync(IReadOnlyList<Source> sources, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            using var session = new ImportSession(db.Database.GetDbConnection(), large: sources.Count > BatchSize, timings);
            var imported = session.ImportedFiles();
            var started = clock.GetTimestamp();
            var (fileHashes, events) = FirstPass(sources, imported);
            timings.FirstPass(sources.Count, clock.GetElapsedTime(started));
            if (fileHashes.Any(hash => hash is not null && !imported.ContainsKey(hash)))
            {
                // A record may be new: what the catalogue holds is read before the first batch is planned.
                session.Load();
            }

            // One collection for the whole import, never changed: the reader prepares it once (see RecordReader).
            List<string> knownEvents = [.. session.FestivalNames().Union(events, StringComparer.Ordinal)];
            using var batches = Enumerable.Range(0, sources.Count).Chunk(BatchSize).GetEnumerator();
            var number = 0;
            started = clock.GetTimestamp();
            var next = ReadAndPlanAsync();
            try
            {
                while (await next is { } planned)
                {
                    var waited = clock.GetElapsedTime(started);
                    // The batch after this one is read and planned while this one is written.
                    next = ReadAndPlanAsync();
                    var written = await WriteAsync(session, planned, ++number, waited, cancellationToken);
                    if (written is null)
                    {
                        // The batch after it was planned on what this one would have written: it is planned again.
                        var after = await next;
                        session.RollbackBatch();
                        written = await StoreOneByOneAsync(session, ReadAll(planned.Sources), number, waited, cancellationToken);
                        session.Load();
                        next = after is null ? Task.FromResult<Planned?>(null) : Task.Run<Planned?>(() => Plan(session, after.Sources, ReadSome), cancellationToken);
                    }

                    var (outcomes, changes) = written.Value;
                    if (!changes.IsEmpty)
                    {
                        await cache.ImportedAsync(changes, cancellationToken);
                    }

                    foreach (var outcome in outcomes)
                    {
                        yield return Log(outcome);
                    }

                    started = clock.GetTimestamp();
                }
            }
            finally
            {
                // The batches and the dictionaries are the planner's until its work ends, whether or not the caller still wants it.
                await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            Task<Planned?> ReadAndPlanAsync() =>
                Task.Run(() => batches.MoveNext() ? Plan(session, batches.Current, ReadSome) : null, cancellationToken);

            Reading[] ReadAll(int[] batch) => ReadSome(batch, 0, batch.Length);

            Reading[] ReadSome(int[] batch, int from, int count)
            {
                var readings = new Reading[count];
                Parallel.For(0, count, i => readings[i] = Read(sources[batch[from + i]], fileHashes[batch[from + i]], imported, knownEvents));
                return readings;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Reads every source once, in parallel, before any is stored: the hash of its bytes (null for a missing file), and
    /// the festival names that the ones not <paramref name="imported"/> before select (see <see cref="EventsNamedIn"/>).
    /// </summary>
    private static (string?[] FileHashes, HashSet<string> Events) FirstPass(IReadOnlyList<Source> sources, Dictionary<string, string?> imported)
    {
        var hashes = new string?[sources.Count];
        var events = EventsNamedIn(Enumerable.Range(0, sources.Count), i =>
        {
            if (sources[i].Content() is not { } content)
            {
                return ReadOnlyMemory<byte>.Empty;
            }

            hashes[i] = FileHash(content.Span);
            return imported.ContainsKey(hashes[i]!) ? ReadOnlyMemory<byte>.Empty : content;
        });
        return (hashes, events);
    }

    /// <summary>A source as read: its outcome when that is known without storing it, else its record and hashes.</summary>
    private static Reading Read(Source source, string? fileHash, Dictionary<string, string?> imported, List<string> knownEvents)
    {
        if (fileHash is not null && imported.TryGetValue(fileHash, out var slug))
        {
            // Its warnings were given when it was imported, and the dashboard keeps them.
            return new Reading(source.Name, new ImportOutcome(source.Name, ImportStatus.Unchanged, slug, []), null, null, null);
        }

        if (fileHash is null || source.Content() is not { } content)
        {
            return new Reading(source.Name, new ImportOutcome(source.Name, ImportStatus.Rejected, null,
                [new RecordDiagnostic(DiagnosticSeverity.Error, source.Name, 0, "no such file or folder")]), null, null, null);
        }

        var read = RecordReader.Read(content.Span, source.Name, knownEvents);
        return read.Record is { } record
            ? new Reading(source.Name, null, read, ContentHash(record), fileHash)
            : new Reading(source.Name, new ImportOutcome(source.Name, ImportStatus.Rejected, null, read.Diagnostics), null, null, null);
    }

    /// <summary>
    /// Reads and plans a batch's records that are new or changed (see <see cref="ImportSession.Plan"/>): every record's
    /// outcome, which ones it stores, and their rows. Touches no database, so it runs while the batch before it is written.
    /// </summary>
    /// <remarks>
    /// The records are read and planned <see cref="PlannedTogether"/> at a time, and the plan keeps none of them: a
    /// record read is garbage once planned, before the collector has moved it. The batch's rows are what live on until
    /// it is written; were the database to refuse them, its records are read again (see <see cref="StoreOneByOneAsync"/>).
    /// </remarks>
    private Planned Plan(ImportSession session, int[] sources, ReadRecords read)
    {
        var planning = TimeSpan.Zero;
        var batch = new ImportSession.PlannedBatch();
        var outcomes = new ImportOutcome[sources.Length];
        var stored = new List<int>();
        for (var from = 0; from < sources.Length; from += PlannedTogether)
        {
            var readings = read(sources, from, Math.Min(PlannedTogether, sources.Length - from));
            var started = clock.GetTimestamp();
            Outcomes(readings, from, outcomes, stored,
                (record, hash, fileHash, name, warnings, now) => session.Plan(batch, record, hash, fileHash, name, warnings, now));
            planning += clock.GetElapsedTime(started);
        }

        if (stored.Count > 0)
        {
            var started = clock.GetTimestamp();
            session.EndPlan(batch);
            planning += clock.GetElapsedTime(started);
        }

        return new Planned(sources, outcomes, stored, batch, planning);
    }

    /// <summary>
    /// Records read before they are planned: few enough that what reading them leaves is still young when they are
    /// planned (their text and lists are a few hundred kilobytes, where the collector's youngest generation is
    /// a few megabytes), enough that reading them keeps every core busy.
    /// </summary>
    private const int PlannedTogether = 64;

    /// <summary>
    /// Writes a planned batch table by table and commits it with its revisions. When the database refuses any of its
    /// rows, gives null, with the batch's transaction still open for the caller to roll back.
    /// </summary>
    private async Task<(ImportOutcome[] Outcomes, ImportChanges Changes)?> WriteAsync(
        ImportSession session, Planned planned, int number, TimeSpan waited, CancellationToken cancellationToken)
    {
        var (sources, outcomes, stored, batch, planning) = planned;
        var started = clock.GetTimestamp();
        var written = TimeSpan.Zero;
        if (stored.Count > 0)
        {
            try
            {
                session.Write(batch);
                written = clock.GetElapsedTime(started);
                await CommitAsync(session, batch, cancellationToken);
            }
            catch (Exception exception) when (exception is DbException or DbUpdateException)
            {
                LogBatchRefused(exception, sources.Length);
                return null;
            }
        }

        timings.Batch(number, sources.Length, stored.Count, waited, planning, written, clock.GetElapsedTime(started) - written);
        return (outcomes, batch.Changes);
    }

    /// <summary>
    /// Stores a batch the database refused to take by table again, each record planned and written in a savepoint of its
    /// own (see <see cref="ImportSession.StoreAlone"/>), so that a record the database refuses is rejected alone; then
    /// commits it. When even the commit fails, none of the batch's records is kept.
    /// </summary>
    private async Task<(ImportOutcome[] Outcomes, ImportChanges Changes)> StoreOneByOneAsync(
        ImportSession session, Reading[] readings, int number, TimeSpan waited, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var batch = new ImportSession.PlannedBatch();
        session.BeginBatch();
        session.Load();
        var outcomes = new ImportOutcome[readings.Length];
        var stored = new List<int>();
        Outcomes(readings, 0, outcomes, stored, (record, hash, fileHash, name, warnings, now) =>
        {
            try
            {
                return session.StoreAlone(batch, record, hash, fileHash, name, warnings, now);
            }
            catch (DbException exception)
            {
                LogStoreFailed(exception, name);
                return (ImportStatus.Rejected, null);
            }
        });
        var written = clock.GetElapsedTime(started);
        try
        {
            session.EndPlan(batch);
            await CommitAsync(session, batch, cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or DbUpdateException)
        {
            LogBatchFailed(exception, stored.Count);
            session.RollbackBatch();
            batch.Changes.Clear();
            foreach (var i in stored.Where(i => outcomes[i].Status != ImportStatus.Rejected))
            {
                outcomes[i] = NotStored(outcomes[i].SourceName, outcomes[i].Diagnostics);
            }
        }

        timings.Batch(number, readings.Length, stored.Count, waited, TimeSpan.Zero, written, clock.GetElapsedTime(started) - written);
        return (outcomes, batch.Changes);
    }

    /// <summary>
    /// Every record's outcome: known from its reading, or as <paramref name="store"/> gives it (a record it rejects is
    /// one the database refused), at the batch's places from <paramref name="from"/>, the first reading's. Adds the places
    /// of the records it stored, or tried to, to <paramref name="stored"/>.
    /// </summary>
    private void Outcomes(Reading[] readings, int from, ImportOutcome[] outcomes, List<int> stored, StoreRecord store)
    {
        for (var i = 0; i < readings.Length; i++)
        {
            var (name, known, read, hash, fileHash) = readings[i];
            if (known is not null)
            {
                outcomes[from + i] = known;
                continue;
            }

            var warnings = read!.Diagnostics.Count == 0 ? null : string.Join('\n', read.Diagnostics);
            var (status, slug) = store(read.Record!, hash!, fileHash!, Path.GetFileName(name), warnings, clock.GetUtcNow().UtcDateTime);
            outcomes[from + i] = status == ImportStatus.Rejected ? NotStored(name, read.Diagnostics) : new ImportOutcome(name, status, slug, read.Diagnostics);
            if (status != ImportStatus.Unchanged)
            {
                stored.Add(from + i);
            }
        }
    }

    /// <summary>Commits the batch with the revisions of what it stored.</summary>
    private async Task CommitAsync(ImportSession session, ImportSession.PlannedBatch batch, CancellationToken cancellationToken) =>
        session.Commit(batch, await history.ImportRevisionsAsync(db, session.Transaction!, batch.Changes.Written, cancellationToken));

    private static ImportOutcome NotStored(string name, IReadOnlyList<RecordDiagnostic> diagnostics) =>
        new(name, ImportStatus.Rejected, null,
            [.. diagnostics, new RecordDiagnostic(DiagnosticSeverity.Error, name, 0, "the record could not be stored; nothing of it was kept")]);

    private ImportOutcome Log(ImportOutcome outcome)
    {
        LogOutcome(outcome.SourceName, outcome.Status, outcome.FilmSlug, outcome.Diagnostics.Count);
        return outcome;
    }

    /// <summary>A record to import: a name for messages and its bytes, read when needed (null for a missing file).</summary>
    private sealed record Source(string Name, Func<ReadOnlyMemory<byte>?> Content);

    /// <param name="Outcome">The source's outcome when it is known without storing it: a missing file, a rejected record, a file imported before.</param>
    private readonly record struct Reading(string Name, ImportOutcome? Outcome, RecordReadResult? Read, string? ContentHash, string? FileHash);

    /// <summary>A batch as planned (its sources' places in the import, their outcomes, its rows), and how long its planning took.</summary>
    private sealed record Planned(int[] Sources, ImportOutcome[] Outcomes, List<int> Stored, ImportSession.PlannedBatch Batch, TimeSpan Planning);

    /// <summary>Reads <paramref name="count"/> of a batch's <paramref name="sources"/> from the batch's place <paramref name="from"/>.</summary>
    private delegate Reading[] ReadRecords(int[] sources, int from, int count);

    private delegate (ImportStatus Status, string? Slug) StoreRecord(FilmRecord record, string contentHash, string fileHash, string sourceName, string? warnings, DateTime now);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import of {Source}: {Status} {Slug} with {DiagnosticCount} diagnostics")]
    private partial void LogOutcome(string source, ImportStatus status, string? slug, int diagnosticCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing the record {Source} failed; nothing of it was kept")]
    private partial void LogStoreFailed(Exception exception, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing a batch of {Count} records table by table failed; storing them again one by one, each in a savepoint")]
    private partial void LogBatchRefused(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Committing a batch of {Count} records failed; none of them was kept")]
    private partial void LogBatchFailed(Exception exception, int count);
}

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
/// (the same film written differently) are found by their content hash in one query, and the rest are written through
/// prepared statements in one transaction a batch (see <see cref="ImportSession"/>), their rows table by table. When the
/// database refuses any of a batch's rows, the batch is rolled back and written again record by record, each inside a
/// savepoint of its own, so a bad record never costs the good ones of its batch and is never half-stored.
/// Re-importing a record the catalogue has seen changes nothing, and a film a curator has edited is never overwritten.
/// </summary>
public sealed partial class RecordImporter(
    CatalogueDbContext db, TimeProvider clock, CatalogueCacheInvalidation cache, HistoryRecorder history, ImportTimings timings, ILogger<RecordImporter> logger)
{
    /// <summary>
    /// Records a transaction holds. A commit writes every page the batch touched to the log, and the index pages a
    /// batch touches are all over the database: larger batches write each of them fewer times (4,000 rather than 2,000
    /// halved an import's system time). Small enough to bound memory (a 100,000-film import peaks at 1.06 GB), and
    /// below ImportKillTests' largest batch of 4,800 records, which must see a batch committed before its kill.
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
    public static string ContentHash(FilmRecord record) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(RecordWriter.Write(record))));

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
            // One collection for the whole import, never changed: the reader prepares it once (see RecordReader).
            List<string> knownEvents = [.. session.FestivalNames().Union(events, StringComparer.Ordinal)];
            var batches = Enumerable.Range(0, sources.Count).Chunk(BatchSize);
            var number = 0;
            started = clock.GetTimestamp();
            await foreach (var batch in ReadAheadAsync(batches, i => Read(sources[i], fileHashes[i], imported, knownEvents), cancellationToken))
            {
                var outcomes = await WriteBatchAsync(session, batch, ++number, clock.GetElapsedTime(started), cancellationToken);

                if (!session.Changes.IsEmpty)
                {
                    await cache.ImportedAsync(session.Changes, cancellationToken);
                    session.Changes.Clear();
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

    /// <summary>
    /// The batches read (each source's reading on the thread pool), each while the caller stores the one before:
    /// reading takes the other cores while storing takes the database's one.
    /// </summary>
    private static async IAsyncEnumerable<Reading[]> ReadAheadAsync(
        IEnumerable<int[]> batches, Func<int, Reading> read, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var enumerator = batches.GetEnumerator();
        var next = ReadNextAsync();
        try
        {
            while (await next is { } current)
            {
                next = ReadNextAsync();
                yield return current;
            }
        }
        finally
        {
            // The enumerator is the reader's until its read ends, whether or not the caller still wants it.
            await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        Task<Reading[]?> ReadNextAsync() => Task.Run(() =>
        {
            if (!enumerator.MoveNext())
            {
                return null;
            }

            var batch = enumerator.Current;
            var readings = new Reading[batch.Length];
            Parallel.For(0, batch.Length, i => readings[i] = read(batch[i]));
            return readings;
        }, cancellationToken);
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
    /// Stores a batch and commits it, by table (see <see cref="ImportSession"/>); when the database refuses any of its
    /// rows, rolls it back and stores it again record by record. Logs how long the batch <paramref name="waited"/> to be
    /// read, and how long its writing and its commit took.
    /// </summary>
    private async Task<ImportOutcome[]> WriteBatchAsync(ImportSession session, Reading[] batch, int number, TimeSpan waited, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        ImportOutcome[] outcomes;
        List<int> stored;
        TimeSpan written;
        try
        {
            (outcomes, stored) = StoreBatch(session, batch, byTable: true);
            written = clock.GetElapsedTime(started);
            await CommitBatchAsync(session, stored, cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or DbUpdateException)
        {
            LogBatchRefused(exception, batch.Length);
            session.RollbackBatch();
            (outcomes, stored) = StoreBatch(session, batch, byTable: false);
            written = clock.GetElapsedTime(started);
            try
            {
                await CommitBatchAsync(session, stored, cancellationToken);
            }
            catch (Exception again) when (again is DbException or DbUpdateException)
            {
                LogBatchFailed(again, stored.Count);
                session.RollbackBatch();
                foreach (var i in stored.Where(i => outcomes[i].Status != ImportStatus.Rejected))
                {
                    outcomes[i] = NotStored(outcomes[i].SourceName, outcomes[i].Diagnostics);
                }
            }
        }

        timings.Batch(number, batch.Length, stored.Count, waited, written, clock.GetElapsedTime(started) - written);
        return outcomes;
    }

    /// <summary>
    /// Stores the batch's records that are new or changed, and gives every record's outcome and which ones it stored.
    /// Written by table, a database error ends the batch; written record by record, it rejects the record alone.
    /// </summary>
    private (ImportOutcome[] Outcomes, List<int> Stored) StoreBatch(ImportSession session, Reading[] batch, bool byTable)
    {
        var seen = session.ImportedHashes(batch.Select(r => r.ContentHash).OfType<string>());
        var outcomes = new ImportOutcome[batch.Length];
        var stored = new List<int>();
        for (var i = 0; i < batch.Length; i++)
        {
            var (name, known, read, hash, fileHash) = batch[i];
            if (known is not null)
            {
                outcomes[i] = known;
            }
            else if (seen.TryGetValue(hash!, out var slug))
            {
                outcomes[i] = new ImportOutcome(name, ImportStatus.Unchanged, slug, read!.Diagnostics);
            }
            else
            {
                if (stored.Count == 0)
                {
                    session.BeginBatch(byTable);
                }

                try
                {
                    var warnings = read!.Diagnostics.Count == 0 ? null : string.Join('\n', read.Diagnostics);
                    var (status, filmSlug) = session.Store(read.Record!, hash!, fileHash!, Path.GetFileName(name), warnings, clock.GetUtcNow().UtcDateTime);
                    outcomes[i] = new ImportOutcome(name, status, filmSlug, read.Diagnostics);
                    seen[hash!] = filmSlug;
                }
                catch (DbException exception) when (!byTable)
                {
                    LogStoreFailed(exception, name);
                    outcomes[i] = NotStored(name, read!.Diagnostics);
                }

                stored.Add(i);
            }
        }

        return (outcomes, stored);
    }

    /// <summary>Commits the batch with the revisions of what it stored, when it stored anything.</summary>
    private async Task CommitBatchAsync(ImportSession session, List<int> stored, CancellationToken cancellationToken)
    {
        if (stored.Count > 0)
        {
            session.EndBatch();
            session.CommitBatch(await history.ImportRevisionsAsync(db, session.Transaction!, session.Changes.Written, cancellationToken));
        }
    }

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Import of {Source}: {Status} {Slug} with {DiagnosticCount} diagnostics")]
    private partial void LogOutcome(string source, ImportStatus status, string? slug, int diagnosticCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing the record {Source} failed; nothing of it was kept")]
    private partial void LogStoreFailed(Exception exception, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing a batch of {Count} records table by table failed; storing them again one by one, each in a savepoint")]
    private partial void LogBatchRefused(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Committing a batch of {Count} records failed; none of them was kept")]
    private partial void LogBatchFailed(Exception exception, int count);
}

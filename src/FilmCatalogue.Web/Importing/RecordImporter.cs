using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using FilmCatalogue.Web.Caching;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.History;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Importing;

/// <summary>
/// Stores film records in the catalogue, a batch of <see cref="BatchSize"/> records at a time: records are read in
/// parallel, the ones already seen are found by their content hash in one query, and the rest are written through
/// prepared statements in one transaction a batch (see <see cref="ImportSession"/>). Each record is written inside a
/// savepoint of its own, so a bad record never costs the good ones of its batch and is never half-stored.
/// Re-importing a record the catalogue has seen changes nothing, and a film a curator has edited is never overwritten.
/// </summary>
public sealed partial class RecordImporter(
    CatalogueDbContext db, TimeProvider clock, CatalogueCacheInvalidation cache, HistoryRecorder history, ILogger<RecordImporter> logger)
{
    /// <summary>
    /// Records a transaction holds. A commit writes every page the batch touched to the log, and the index pages a
    /// batch touches are all over the database: larger batches write each of them fewer times. Small enough to bound
    /// memory (a 100,000-film import peaks at 1 GB).
    /// </summary>
    public const int BatchSize = 2000;

    public async Task<IReadOnlyList<ImportOutcome>> ImportAsync(IReadOnlyList<RecordSource> sources, CancellationToken cancellationToken = default)
    {
        var batchEvents = EventsNamedIn(sources.Select(s => s.Content));
        var batches = sources.Chunk(BatchSize).Select(chunk => chunk.Select(s => (s.Name, (ReadOnlyMemory<byte>?)s.Content)).ToList());
        var outcomes = new List<ImportOutcome>(sources.Count);
        await foreach (var outcome in ImportBatchesAsync(batches, batchEvents, cancellationToken))
        {
            outcomes.Add(outcome);
        }

        return outcomes;
    }

    /// <param name="batchEvents">Festival names the rest of the batch selects (see <see cref="EventsNamedIn"/>).</param>
    public async Task<ImportOutcome> ImportAsync(RecordSource source, IReadOnlySet<string>? batchEvents = null, CancellationToken cancellationToken = default)
    {
        ImportOutcome? result = null;
        await foreach (var outcome in ImportBatchesAsync([[(source.Name, source.Content)]], batchEvents ?? new HashSet<string>(), cancellationToken))
        {
            result = outcome;
        }

        return result!;
    }

    /// <summary>
    /// Imports record files and folders of them (see <see cref="RecordSource.ExpandPaths"/>), reading a batch of files
    /// at a time, and gives each record's outcome as soon as its batch is stored. A missing file is a rejected record.
    /// </summary>
    public async IAsyncEnumerable<ImportOutcome> ImportFilesAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var files = RecordSource.ExpandPaths(paths);
        var batchEvents = EventsNamedIn(files.Where(File.Exists).ToList(), f => File.ReadAllBytes(f));
        var batches = files.Chunk(BatchSize).Select(chunk =>
        {
            var batch = new (string Name, ReadOnlyMemory<byte>? Content)[chunk.Length];
            Parallel.For(0, chunk.Length, i => batch[i] = (chunk[i], File.Exists(chunk[i]) ? File.ReadAllBytes(chunk[i]) : null));
            return batch;
        });
        await foreach (var outcome in ImportBatchesAsync(batches, batchEvents, cancellationToken))
        {
            yield return outcome;
        }
    }

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

    /// <summary>The A–Z letter of a name: the first letter or digit of its transliteration, '#' for a digit or anything else.</summary>
    internal static string IndexLetter(string text)
    {
        var first = Slug.From(text)[0];
        return first is >= 'a' and <= 'z' ? char.ToUpperInvariant(first).ToString() : "#";
    }

    private async IAsyncEnumerable<ImportOutcome> ImportBatchesAsync(
        IEnumerable<IReadOnlyList<(string Name, ReadOnlyMemory<byte>? Content)>> batches, IReadOnlySet<string> batchEvents,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            using var session = new ImportSession(db.Database.GetDbConnection());
            // One collection for the whole import, never changed: the reader prepares it once (see RecordReader).
            List<string> knownEvents = [.. session.FestivalNames().Union(batchEvents, StringComparer.Ordinal)];
            await foreach (var batch in ReadAheadAsync(batches, knownEvents, cancellationToken))
            {
                var (outcomes, stored) = StoreBatch(session, batch);
                if (stored.Count > 0)
                {
                    await CommitBatchAsync(session, outcomes, stored, cancellationToken);
                }

                if (!session.Changes.IsEmpty)
                {
                    await cache.ImportedAsync(session.Changes, cancellationToken);
                    session.Changes.Clear();
                }

                foreach (var outcome in outcomes)
                {
                    yield return Log(outcome);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The batches with their records read and hashed (null for a missing file), each read on the thread pool while
    /// the caller stores the one before: reading takes the other cores while storing takes the database's one.
    /// </summary>
    private static async IAsyncEnumerable<ReadBatch> ReadAheadAsync(
        IEnumerable<IReadOnlyList<(string Name, ReadOnlyMemory<byte>? Content)>> batches, List<string> knownEvents,
        [EnumeratorCancellation] CancellationToken cancellationToken)
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

        Task<ReadBatch?> ReadNextAsync() =>
            Task.Run(() => enumerator.MoveNext() ? new ReadBatch(enumerator.Current, Read(enumerator.Current, knownEvents)) : null, cancellationToken);
    }

    private static (RecordReadResult? Read, string? Hash)[] Read(IReadOnlyList<(string Name, ReadOnlyMemory<byte>? Content)> batch, List<string> knownEvents)
    {
        var reads = new (RecordReadResult? Read, string? Hash)[batch.Count];
        Parallel.For(0, batch.Count, i =>
        {
            if (batch[i].Content is { } content)
            {
                var read = RecordReader.Read(content.Span, batch[i].Name, knownEvents);
                reads[i] = (read, read.Record is { } record ? ContentHash(record) : null);
            }
        });
        return reads;
    }

    private (ImportOutcome[] Outcomes, List<int> Stored) StoreBatch(ImportSession session, ReadBatch batch)
    {
        var (sources, reads) = batch;
        var seen = session.ImportedHashes(reads.Select(r => r.Hash).OfType<string>());
        var outcomes = new ImportOutcome[sources.Count];
        var stored = new List<int>();
        for (var i = 0; i < sources.Count; i++)
        {
            var name = sources[i].Name;
            var (read, hash) = reads[i];
            if (read is null)
            {
                outcomes[i] = new ImportOutcome(name, ImportStatus.Rejected, null, [new RecordDiagnostic(DiagnosticSeverity.Error, name, 0, "no such file or folder")]);
            }
            else if (read.Record is not { } record || hash is null)
            {
                outcomes[i] = new ImportOutcome(name, ImportStatus.Rejected, null, read.Diagnostics);
            }
            else if (seen.TryGetValue(hash, out var slug))
            {
                outcomes[i] = new ImportOutcome(name, ImportStatus.Unchanged, slug, read.Diagnostics);
            }
            else
            {
                if (stored.Count == 0)
                {
                    session.BeginBatch();
                }

                try
                {
                    var warnings = read.Diagnostics.Count == 0 ? null : string.Join('\n', read.Diagnostics);
                    var (status, filmSlug) = session.Store(record, hash, Path.GetFileName(name), warnings, clock.GetUtcNow().UtcDateTime);
                    outcomes[i] = new ImportOutcome(name, status, filmSlug, read.Diagnostics);
                    seen[hash] = filmSlug;
                }
                catch (DbException exception)
                {
                    LogStoreFailed(exception, name);
                    outcomes[i] = NotStored(name, read.Diagnostics);
                }

                stored.Add(i);
            }
        }

        return (outcomes, stored);
    }

    /// <summary>Commits the batch with the revisions of what it stored; when that fails, none of the batch is kept.</summary>
    private async Task CommitBatchAsync(ImportSession session, ImportOutcome[] outcomes, List<int> stored, CancellationToken cancellationToken)
    {
        try
        {
            session.CommitBatch(await history.ImportRevisionsAsync(db, session.Transaction!, session.Changes.Written, cancellationToken));
        }
        catch (Exception exception) when (exception is DbException or DbUpdateException)
        {
            LogBatchFailed(exception, stored.Count);
            session.RollbackBatch();
            foreach (var i in stored.Where(i => outcomes[i].Status != ImportStatus.Rejected))
            {
                outcomes[i] = NotStored(outcomes[i].SourceName, outcomes[i].Diagnostics);
            }
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

    /// <summary>A batch of record sources (a missing file has no content) with each one's reading and content hash, once read.</summary>
    private sealed record ReadBatch(IReadOnlyList<(string Name, ReadOnlyMemory<byte>? Content)> Sources, (RecordReadResult? Read, string? Hash)[] Reads);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import of {Source}: {Status} {Slug} with {DiagnosticCount} diagnostics")]
    private partial void LogOutcome(string source, ImportStatus status, string? slug, int diagnosticCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing the record {Source} failed; nothing of it was kept")]
    private partial void LogStoreFailed(Exception exception, string source);

    [LoggerMessage(Level = LogLevel.Error, Message = "Committing a batch of {Count} records failed; none of them was kept")]
    private partial void LogBatchFailed(Exception exception, int count);
}

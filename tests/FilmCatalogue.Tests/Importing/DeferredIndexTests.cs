using System.Diagnostics;
using FilmCatalogue.Web.Corpus;
using FilmCatalogue.Web.Importing;
using Microsoft.Data.Sqlite;

namespace FilmCatalogue.Tests.Importing;

/// <summary>
/// An import of more than a batch into an empty SQLite catalogue builds the indexes that only pages read after its
/// rows (see DeferredIndexes). Whether it ends or is killed, the catalogue ends with the schema its migrations made
/// and counts that match its credits and selections.
/// </summary>
public sealed class DeferredIndexTests : IDisposable
{
    private const int SigKillExitCode = 128 + 9;

    // More than two batches: the import is still writing when the first batch is committed.
    private static readonly int Films = (2 * RecordImporter.BatchSize) + 1;

    private readonly string directory = Directory.CreateTempSubdirectory("filmcatalogue-deferred-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [SqliteFact("the indexes it defers and builds are SQLite's")]
    public async Task ALargeImportIntoAnEmptyCatalogueEndsWithEveryIndexTriggerAndCount()
    {
        var database = Path.Combine(directory, "catalogue.db");
        var schema = await MigratedSchemaAsync(database);

        // With the import timings' category raised to Information (the command line logs only warnings), it says
        // where its time went, and nothing else: the first pass, each batch, and the indexes built at its end.
        var import = await AppProcess.RunAsync(directory, TestDatabase.SqliteAt(database), ["import", WriteCorpus()], timeout: TimeSpan.FromMinutes(5),
            environment: new Dictionary<string, string> { ["Serilog__MinimumLevel__Override__FilmCatalogue.Web.Importing.ImportTimings"] = "Information" });
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains($"Import: {Films} sources read and hashed in ", import.Error, StringComparison.Ordinal);
        Assert.Contains($"Import batch 1: {RecordImporter.BatchSize} of {RecordImporter.BatchSize} records written; waited ", import.Error, StringComparison.Ordinal);
        Assert.Contains("Import batch 3: 1 of 1 records written; waited ", import.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Import batch 4", import.Error, StringComparison.Ordinal);
        Assert.Matches(@"Built the \d+ indexes and triggers deferred by an import in \d+\.\d\d s", import.Error);
        Assert.DoesNotContain("Import of ", import.Error, StringComparison.Ordinal);

        await using var db = await SqliteFile.OpenAsync(database);
        Assert.Equal(schema, await SchemaAsync(db));
        Assert.Equal(Films, await SqliteFile.ScalarAsync(db, "SELECT COUNT(*) FROM Films"));
        Assert.Empty(await MiscountedAsync(db));
    }

    [SqliteFact("it kills an import and reads the SQLite file it left behind")]
    public async Task AnImportKilledWithItsIndexesDeferredLeavesThemToTheNextStart()
    {
        var database = Path.Combine(directory, "catalogue.db");
        var schema = await MigratedSchemaAsync(database);
        var corpus = WriteCorpus();

        using (var import = Process.Start(AppProcess.StartInfo(directory, TestDatabase.SqliteAt(database), ["import", corpus]))!)
        {
            try
            {
                import.StandardInput.Close();
                _ = import.StandardOutput.ReadToEndAsync();
                _ = import.StandardError.ReadToEndAsync();
                await WaitForFirstBatchAsync(import, database);
                import.Kill(entireProcessTree: true);
                await import.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
                Assert.Equal(SigKillExitCode, import.ExitCode);
            }
            finally
            {
                if (!import.HasExited)
                {
                    import.Kill(entireProcessTree: true);
                }
            }
        }

        await using (var db = await SqliteFile.OpenAsync(database))
        {
            var left = await SchemaAsync(db);
            Assert.Contains(left, s => s.StartsWith("table ImportDeferredSchema", StringComparison.Ordinal));
            Assert.DoesNotContain(left, s => s.StartsWith("index IX_Credits_PersonId_FilmId", StringComparison.Ordinal));
            Assert.DoesNotContain(left, s => s.StartsWith("trigger Credits_FilmCounts_Insert", StringComparison.Ordinal));
        }

        // Any start of the app builds them: here, the export an operator might run next.
        await RunAsync(database, "export", "--out", Path.Combine(directory, "export"));

        await using (var db = await SqliteFile.OpenAsync(database))
        {
            Assert.Equal(schema, await SchemaAsync(db));
            Assert.Empty(await MiscountedAsync(db));
        }
    }

    /// <summary>Waits until the import's first batch is committed, which is when it has deferred the indexes.</summary>
    private static async Task WaitForFirstBatchAsync(Process import, string database)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(import.HasExited, "the import ended before its first batch was seen committed");
            Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(5), "the import committed no batch in 5 minutes");
            if (File.Exists(database))
            {
                await using var db = await SqliteFile.OpenAsync(database);
                if (await SqliteFile.ScalarAsync(db, "SELECT COUNT(*) FROM Films") > 0)
                {
                    return;
                }
            }

            await Task.Delay(10);
        }
    }

    /// <summary>The schema of a catalogue the app has migrated and nothing else: what every import must end with.</summary>
    private async Task<List<string>> MigratedSchemaAsync(string database)
    {
        await RunAsync(database, "export", "--out", Path.Combine(directory, "empty"));
        await using var db = await SqliteFile.OpenAsync(database);
        return await SchemaAsync(db);
    }

    private string WriteCorpus()
    {
        var corpus = Path.Combine(directory, "corpus");
        new CorpusGenerator(Films, seed: 5).WriteTo(corpus);
        return corpus;
    }

    private async Task RunAsync(string database, params string[] args)
    {
        var run = await AppProcess.RunAsync(directory, TestDatabase.SqliteAt(database), args, timeout: TimeSpan.FromMinutes(5));
        Assert.True(run.ExitCode == 0, run.Error);
    }

    /// <summary>Every table, index and trigger with the statement that made it, in order of name.</summary>
    private static Task<List<string>> SchemaAsync(SqliteConnection db) =>
        SqliteFile.ListAsync(db, "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master ORDER BY name");

    /// <summary>Each person, organisation and festival whose kept count of films differs from the films that name them.</summary>
    private static Task<List<string>> MiscountedAsync(SqliteConnection db) => SqliteFile.ListAsync(db, """
        SELECT 'person ' || Id FROM People p WHERE FilmCount <> (SELECT COUNT(DISTINCT FilmId) FROM Credits WHERE PersonId = p.Id)
        UNION ALL SELECT 'organisation ' || Id FROM Organisations o WHERE FilmCount <> (SELECT COUNT(DISTINCT FilmId) FROM Credits WHERE OrganisationId = o.Id)
        UNION ALL SELECT 'festival ' || Id FROM Festivals f WHERE FilmCount <> (SELECT COUNT(DISTINCT FilmId) FROM Selections WHERE FestivalId = f.Id)
        """);
}

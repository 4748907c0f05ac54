using System.Diagnostics;
using System.Text;
using FilmCatalogue.Web.Records;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace FilmCatalogue.Tests.Importing;

/// <summary>
/// An import killed with SIGKILL in the middle of a batch leaves a consistent catalogue: every record wholly in or
/// wholly out, and running the batch again completes it. The importer runs as the app's own executable in a child
/// process, as an operator would run it; the test kills that process and then inspects the database file.
/// Only per-record atomicity is assumed of the importer, not how it stores a record.
/// </summary>
public sealed class ImportKillTests(ITestOutputHelper output) : IDisposable
{
    private const int SigKillExitCode = 128 + 9;

    private readonly string directory = Directory.CreateTempSubdirectory("filmcatalogue-kill-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [SqliteFact("it kills an import and reads the SQLite file it left behind")]
    public async Task AnImportKilledMidBatchLeavesEveryRecordWhollyInOrOutAndRunningItAgainCompletesIt()
    {
        var clock = Stopwatch.StartNew();

        // Each kill lands at some point of the import: right after a commit, then later, as a share of the time one
        // record takes, so that a record cut between two of its writes cannot go unnoticed. Each kill is a fresh
        // import, as a resumed one may have too little left to cut (an importer may commit many records at once).
        // The batch doubles whenever the importer outruns the kill, rather than passing on a batch never cut.
        var batch = WriteBatch(1200);
        string database = "";
        var stored = 0;
        foreach (var phase in new[] { 0, 0.4, 0.75 })
        {
            while (true)
            {
                database = Path.Combine(directory, $"catalogue-{batch.Records.Count}-{phase}.db");
                stored = await ImportAndKillAsync(batch, database, killAfter: Math.Min(50, batch.Records.Count / 4), phase);
                if (stored > 0 && stored < batch.Records.Count)
                {
                    break;
                }

                Assert.True(batch.Records.Count < 4800, $"the import was never cut in the middle, even with a batch of {batch.Records.Count} records");
                batch = WriteBatch(batch.Records.Count * 2);
            }

            output.WriteLine($"{clock.Elapsed}: killed at phase {phase} with {stored} of {batch.Records.Count} films stored");
            await AssertConsistentAsync(batch, database, expectedFilms: stored);
        }

        var again = await RunAsync(database, "import", batch.Folder);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains(
            $"{batch.Records.Count - stored} imported, 0 updated, {stored} unchanged, 0 rejected",
            again.Output,
            StringComparison.Ordinal);
        await AssertConsistentAsync(batch, database, expectedFilms: batch.Records.Count);
        output.WriteLine($"{clock.Elapsed}: completed and checked");

        var third = await RunAsync(database, "import", batch.Folder);
        Assert.True(third.ExitCode == 0, third.Error);
        Assert.Contains($"0 imported, 0 updated, {batch.Records.Count} unchanged, 0 rejected", third.Output, StringComparison.Ordinal);
    }

    private sealed record Batch(string Folder, IReadOnlyDictionary<string, string> Records);

    /// <summary>
    /// Starts the import and kills it with SIGKILL once the catalogue holds <paramref name="killAfter"/> more films
    /// (or a commit brought more), plus <paramref name="phase"/> of the time one record took between the commits seen;
    /// returns how many films the catalogue then holds.
    /// The films are counted from the database (WAL lets a reader in while the import writes), not from the
    /// importer's report, which may come at any time.
    /// </summary>
    private async Task<int> ImportAndKillAsync(Batch batch, string database, int killAfter, double phase)
    {
        var before = await CountFilmsAsync(database) ?? 0;
        using var process = new Process { StartInfo = StartInfo(database, "import", batch.Folder) };
        var errors = new StringBuilder();
        // Drained, so that the importer never blocks on a full pipe; its report is not what the test counts on.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) =>
        {
            lock (errors)
            {
                errors.AppendLine(line.Data);
            }
        };
        process.Start();
        try
        {
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return await KillMidBatchAsync(process, batch, database, before, killAfter, phase, errors);
        }
        finally
        {
            // A failed assertion must not leave the import running.
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task<int> KillMidBatchAsync(Process process, Batch batch, string database, int before, int killAfter, double phase, StringBuilder errors)
    {
        var deadline = Stopwatch.StartNew();
        var sinceFirst = new Stopwatch();
        var first = 0;
        while (!process.HasExited)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(5), $"the import stored {await CountFilmsAsync(database)} films in 5 minutes");
            var films = await CountFilmsAsync(database) ?? 0;
            if (films > before && !sinceFirst.IsRunning)
            {
                sinceFirst.Start();
                first = films;
            }

            if (films >= before + killAfter)
            {
                await Task.Delay(sinceFirst.Elapsed / Math.Max(1, films - first) * phase);
                break;
            }

            await Task.Delay(10);
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        }

        if (process.ExitCode != SigKillExitCode)
        {
            // Finished (or failed) before the kill landed, which may be during the wait above: the caller tries a
            // bigger batch, unless it failed.
            Assert.True(process.ExitCode == 0, $"the import failed on its own (exit code {process.ExitCode}): {errors}");
            return batch.Records.Count;
        }

        return await CountFilmsAsync(database) ?? 0;
    }

    /// <summary>The films the database holds, or null while it is not there yet (before the importer's migration).</summary>
    private static async Task<int?> CountFilmsAsync(string database)
    {
        if (!File.Exists(database))
        {
            return null;
        }

        try
        {
            await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            return await SqliteFile.ScalarAsync(connection, "SELECT COUNT(*) FROM Films");
        }
        catch (SqliteException)
        {
            // No Films table yet, or the migration holds the file for a moment.
            return null;
        }
    }

    private async Task AssertConsistentAsync(Batch batch, string database, int expectedFilms)
    {
        await using (var db = await SqliteFile.OpenAsync(database))
        {
            Assert.Equal("ok", await SqliteFile.TextAsync(db, "PRAGMA integrity_check"));
            await AssertNoneAsync(db, "rows referring to rows that do not exist", "SELECT COUNT(*) FROM pragma_foreign_key_check");
            Assert.Equal(expectedFilms, await SqliteFile.ScalarAsync(db, "SELECT COUNT(*) FROM Films"));

            // Each film came from one record of the batch, and each imported record points to its film.
            await AssertNoneAsync(db, "imported records of no stored film", "SELECT COUNT(*) FROM ImportedRecords WHERE FilmId IS NULL OR FilmId NOT IN (SELECT Id FROM Films)");
            await AssertNoneAsync(db, "films with no imported record", "SELECT COUNT(*) FROM Films WHERE Id NOT IN (SELECT FilmId FROM ImportedRecords WHERE FilmId IS NOT NULL)");

            // Nothing of a record that is out: no shared entity that no stored film refers to.
            foreach (var (what, query) in Orphans)
            {
                await AssertNoneAsync(db, $"{what} that no stored film refers to", query);
            }

            // The search index is part of each record too: every film findable, no entry for anything missing.
            await AssertNoneAsync(db, "films missing from the search index", "SELECT COUNT(*) FROM Films WHERE (Id * 8 + 1) NOT IN (SELECT rowid FROM SearchIndex)");
            await AssertNoneAsync(db, "search entries for nothing stored", """
                SELECT COUNT(*) FROM SearchIndex WHERE
                    (rowid % 8 = 1 AND rowid / 8 NOT IN (SELECT Id FROM Films)) OR
                    (rowid % 8 = 2 AND rowid / 8 NOT IN (SELECT Id FROM People)) OR
                    (rowid % 8 = 3 AND rowid / 8 NOT IN (SELECT Id FROM Organisations)) OR
                    (rowid % 8 = 4 AND rowid / 8 NOT IN (SELECT Id FROM Festivals))
                """);
        }

        // Every stored film is the whole of its record: exported, it is the record as the reader canonicalises it.
        var exported = Path.Combine(directory, $"export-{Guid.NewGuid():N}");
        var export = await RunAsync(database, "export", "--out", exported);
        Assert.True(export.ExitCode == 0, export.Error);
        var files = Directory.GetFiles(exported, "*.txt");
        Assert.Equal(expectedFilms, files.Length);
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file);
            var title = RecordReader.Read(text, file).Record?.MainTitle;
            Assert.True(title is not null && batch.Records.ContainsKey(title), $"{Path.GetFileName(file)} is no film of the batch:\n{text}");
            Assert.Equal(Canonical(batch.Records[title]), text);
        }
    }

    private static readonly (string What, string Query)[] Orphans =
    [
        ("people", "SELECT COUNT(*) FROM People WHERE Id NOT IN (SELECT PersonId FROM Credits WHERE PersonId IS NOT NULL)"),
        ("organisations", "SELECT COUNT(*) FROM Organisations WHERE Id NOT IN (SELECT OrganisationId FROM Credits WHERE OrganisationId IS NOT NULL)"),
        ("festivals", "SELECT COUNT(*) FROM Festivals WHERE Id NOT IN (SELECT FestivalId FROM Selections) AND Id NOT IN (SELECT FestivalId FROM Awards WHERE FestivalId IS NOT NULL)"),
        ("genres", "SELECT COUNT(*) FROM Genres WHERE Id NOT IN (SELECT GenreId FROM FilmGenres)"),
        ("countries", "SELECT COUNT(*) FROM Countries WHERE Id NOT IN (SELECT CountryId FROM FilmCountries) AND Id NOT IN (SELECT CountryId FROM Festivals WHERE CountryId IS NOT NULL)"),
    ];

    private static async Task AssertNoneAsync(SqliteConnection db, string what, string countQuery)
    {
        var count = await SqliteFile.ScalarAsync(db, countQuery);
        Assert.True(count == 0, $"{count} {what}: part of a record is stored without the rest");
    }

    private static string Canonical(string source)
    {
        var read = RecordReader.Read(source, "source.txt");
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        return RecordWriter.Write(read.Record!);
    }

    /// <summary>
    /// Distinct records that each touch most tables and share people, organisations, festivals, countries and genres
    /// with others, written in the format with some cosmetic variety (CRLF, a BOM, doubled spaces) for the reader to
    /// canonicalise. Keyed by main title.
    /// </summary>
    private Batch WriteBatch(int size)
    {
        var folder = Path.Combine(directory, $"batch-{size}");
        Directory.CreateDirectory(folder);
        var records = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < size; i++)
        {
            var record = BatchRecord(i);
            var text = RecordWriter.Write(record);
            text = (i % 7) switch
            {
                0 => text.Replace("\n", "\r\n", StringComparison.Ordinal),
                1 => "\uFEFF" + text,
                2 => text.Replace(" : ", "  :  ", StringComparison.Ordinal),
                _ => text,
            };
            records.Add(record.MainTitle, text);
            File.WriteAllText(Path.Combine(folder, $"{i:D4}.txt"), text, new UTF8Encoding(false));
        }

        return new Batch(folder, records);
    }

    private static readonly string[] GivenNames = ["Ivan", "Anna", "Sergey", "Maria", "Pavel", "Olga", "Yuriy", "Vera"];
    private static readonly string[] GivenNamesCyrillic = ["Иван", "Анна", "Сергей", "Мария", "Павел", "Ольга", "Юрий", "Вера"];
    private static readonly string[] FamilyNames = ["PETROV", "LOZNITSA", "KOSTOMAROV", "TELNOV", "NORSHTEYN", "ABASHIN"];
    private static readonly string[] FamilyNamesCyrillic = ["ПЕТРОВ", "ЛОЗНИЦА", "КОСТОМАРОВ", "ТЕЛЬНОВ", "НОРШТЕЙН", "АБАШИН"];
    private static readonly string[] Studios = ["Soyuzmultfilm", "Lenfilm", "Mosfilm", "Juste Doc", "Arte France", "Studio Ghibli", "Potemkine"];
    private static readonly string[] Countries = ["France", "Russia", "Italy", "Germany", "Japan", "Brazil", "Iran"];
    private static readonly string[] Genres = ["drama", "documentary", "war", "comedy", "animation", "history"];
    private static readonly string[] Colours = ["Colour", "Black and white", "Color"];
    private static readonly (string Name, string City, string Country)[] Festivals =
    [
        ("Trieste Film Festival", "Trieste", "Italy"),
        ("Karlovy Vary International Film Festival", "Karlovy Vary", "Czech Republic"),
        ("Honfleur Russian Film Festival", "Honfleur", "France"),
        ("Mostra Internazionale del Nuovo Cinema", "Pesaro", "Italy"),
        ("États généraux du film documentaire", "Lussas", "France"),
        ("Kinotavr", "Sochi", "Russia"),
        ("Golden Lamp Film Days", "Riga", "Latvia"),
        ("Cinéma du réel", "Paris", "France"),
        ("DOK Leipzig", "Leipzig", "Germany"),
    ];

    private static CreditRecord Person(string role, int j, string? character = null) =>
        new(role,
            $"{GivenNames[j % GivenNames.Length]} {FamilyNames[j / GivenNames.Length % FamilyNames.Length]}",
            j % 5 == 4 ? null : $"{GivenNamesCyrillic[j % GivenNames.Length]} {FamilyNamesCyrillic[j / GivenNames.Length % FamilyNames.Length]}",
            character);

    private static FilmRecord BatchRecord(int i)
    {
        var festival = Festivals[i % Festivals.Length];
        var other = Festivals[(i * 7 + 3) % Festivals.Length];
        var year = 1950 + (i % 70);
        return new FilmRecord
        {
            Countries = i % 3 == 0 ? [Countries[i % Countries.Length], Countries[(i + 2) % Countries.Length]] : [Countries[i % Countries.Length]],
            Year = year,
            DurationMinutes = 40 + (i % 120),
            Colour = Colours[i % Colours.Length],
            Genres = [Genres[i % Genres.Length], Genres[(i + 1) % Genres.Length]],
            MainTitle = $"Film {i:D4} of the batch",
            AlternativeTitles = [$"Фильм {i:D4}", $"Le film {i:D4}"],
            Credits =
            [
                Person("Directed by", i % 48),
                Person("Cinematography", (i + 11) % 48),
                Person("Cast", (i + 5) % 48, "the doctor"),
                Person("Cast", (i + 17) % 48, $"the soldier {i % 4}"),
                new CreditRecord("Music", $"Ennio {FamilyNames[i % FamilyNames.Length]}"),
                new CreditRecord("Production", Studios[i % Studios.Length]),
            ],
            Awards = i % 3 == 0 ? [new AwardRecord("Best film", festival.Name, festival.City, festival.Country, year + 1)] : [],
            Editions = i % 4 == 0 ? [new EditionRecord("DVD with subtitles", "Potemkine", 2010 + (i % 10), $"Film {i:D4}", "Booklet, 16 pages.")] : [],
            Synopsis = $"The {i}th film of the batch, on two lines,\nthen a second paragraph.\n\nIt ends here.",
            SynopsisSource = i % 2 == 0 ? "Press kit" : null,
            Bibliography = [new BibliographyRecord($"On film {i}, a study", Person("x", (i + 3) % 48).Name, i % 2 == 0 ? "Positif" : null, 2000 + (i % 20))],
            Selections =
            [
                new SelectionRecord(festival.Name, festival.City, festival.Country, year + 1),
                .. other.Name == festival.Name ? Array.Empty<SelectionRecord>() : [new SelectionRecord(other.Name, other.City, other.Country, year + 2)],
            ],
            Media = [new MediaRecord($"poster-{i}.jpg", i % 2 == 0 ? "Poster" : null)],
            Notes = i % 5 == 0 ? [new NoteRecord("Trivia", $"Note on film {i}.")] : [],
        };
    }

    private ProcessStartInfo StartInfo(string database, params string[] args) => AppProcess.StartInfo(directory, TestDatabase.SqliteAt(database), args);

    private Task<(int ExitCode, string Output, string Error)> RunAsync(string database, params string[] args) =>
        AppProcess.RunAsync(directory, TestDatabase.SqliteAt(database), args, timeout: TimeSpan.FromMinutes(5));
}

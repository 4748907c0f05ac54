using FilmCatalogue.Tests.Web;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Importing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FilmCatalogue.Tests.Data;

public sealed class CatalogueBackupTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>, IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("filmcatalogue-backup-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [SqliteFact("SQLite's online backup API")]
    public async Task ABackupTakenWhileTheSiteServesHoldsTheWholeCatalogue()
    {
        var client = factory.CreateClient();
        var file = Path.Combine(directory, "catalogue-backup.db");
        var visits = Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetStringAsync("/films/the-siege-2005")));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CatalogueBackup>().BackupAsync(file);
        }

        await visits;
        Assert.Equal(["hedgehog-in-the-fog-1975", "the-event-2015", "the-siege-2005"], await SlugsInAsync(file));
        Assert.Equal("ok", await ScalarAsync(file, "PRAGMA integrity_check"));
    }

    [SqliteFact("SQLite's online backup API")]
    public async Task ABackupNeverOverwritesAFile()
    {
        var file = Path.Combine(directory, "taken.db");
        await File.WriteAllTextAsync(file, "something precious");
        await using var scope = factory.Services.CreateAsyncScope();

        await Assert.ThrowsAsync<IOException>(() => scope.ServiceProvider.GetRequiredService<CatalogueBackup>().BackupAsync(file));
        Assert.Equal("something precious", await File.ReadAllTextAsync(file));
    }

    [SqliteFact("SQLite's online backup API")]
    public async Task RestoringABackupBringsTheCatalogueBackAsItWas()
    {
        var file = await BackupAsync("before.db");

        using var empty = EmptyCatalogue();
        await using (var scope = empty.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CatalogueBackup>().RestoreAsync(file);
        }

        Assert.Equal(await SlugsInAsync(factory.Database.SqliteFile!), await SlugsInAsync(empty.Database.SqliteFile!));
        var page = await empty.CreateClient().GetPageAsync("/films/the-siege-2005");
        Assert.Equal("The Siege", page.QuerySelector("h1")!.Text());
    }

    [SqliteFact("SQLite's online backup API and its write lock")]
    public async Task ARestoreTheCatalogueRefusesSaysWhyInOneLineAndChangesNothing()
    {
        var file = await BackupAsync("before.db");

        using var empty = EmptyCatalogue();
        using var output = new StringWriter();
        using var error = new StringWriter();
        await using (var writer = await SqliteFile.OpenAsync(empty.Database.SqliteFile!))
        {
            // Another process in the middle of a write holds the catalogue's lock.
            await using var transaction = await writer.BeginTransactionAsync();

            var exitCode = await CatalogueCommandLine.RunAsync(empty.Services, ["restore", "--from", file], output, error);

            Assert.Equal(1, exitCode);
            Assert.Matches(@"^restore: .*database is locked.*\r?\n$", error.ToString());
        }

        Assert.Empty(await SlugsInAsync(empty.Database.SqliteFile!));
        Assert.Equal(0, await CatalogueCommandLine.RunAsync(empty.Services, ["restore", "--from", file], output, error));
        Assert.Equal(await SlugsInAsync(factory.Database.SqliteFile!), await SlugsInAsync(empty.Database.SqliteFile!));
    }

    [SqliteFact("SQLite's integrity check")]
    public async Task ADamagedBackupIsRefusedAndTheCatalogueKeepsWhatItHeld()
    {
        var file = await BackupAsync("damaged.db");
        await using (var damaged = File.OpenWrite(file))
        {
            // Scribble over the middle of the file, where the tables' pages are.
            damaged.Seek(damaged.Length / 2, SeekOrigin.Begin);
            damaged.Write(Enumerable.Repeat((byte)0xA5, 3 * DataServiceExtensions.NewPageSize).ToArray());
        }

        using var catalogue = CatalogueFactory.SeededFrom(TestPaths.Data("Catalogue"));
        _ = catalogue.Server;
        var before = await SlugsInAsync(catalogue.Database.SqliteFile!);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CatalogueCommandLine.RunAsync(catalogue.Services, ["restore", "--from", file], output, error);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"restore: {file} is not a sound SQLite database: ", error.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(before);
        Assert.Equal(before, await SlugsInAsync(catalogue.Database.SqliteFile!));
    }

    /// <summary>
    /// The app makes a catalogue with pages of 8 KB; one made before has SQLite's 4 KB, and so have its backups. Such a
    /// backup restores into a new catalogue, which takes the backup's pages and stays in write-ahead logging.
    /// </summary>
    [SqliteFact("SQLite's online backup API and page sizes")]
    public async Task ABackupWithPagesOfAnotherSizeRestoresIntoANewCatalogue()
    {
        var file = await BackupAsync("small-pages.db");

        await using (var backup = await SqliteFile.OpenAsync(file))
        {
            await SqliteFile.TextAsync(backup, "PRAGMA journal_mode = DELETE");
            await SqliteFile.TextAsync(backup, "PRAGMA page_size = 4096");
            await SqliteFile.TextAsync(backup, "VACUUM");
            Assert.Equal(4096, await SqliteFile.ScalarAsync(backup, "PRAGMA page_size"));
        }

        using var empty = EmptyCatalogue();
        await using (var catalogue = await SqliteFile.OpenAsync(empty.Database.SqliteFile!))
        {
            Assert.Equal(DataServiceExtensions.NewPageSize, await SqliteFile.ScalarAsync(catalogue, "PRAGMA page_size"));
        }

        await using (var scope = empty.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CatalogueBackup>().RestoreAsync(file);
        }

        Assert.Equal(await SlugsInAsync(factory.Database.SqliteFile!), await SlugsInAsync(empty.Database.SqliteFile!));
        await using (var catalogue = await SqliteFile.OpenAsync(empty.Database.SqliteFile!))
        {
            Assert.Equal(4096, await SqliteFile.ScalarAsync(catalogue, "PRAGMA page_size"));
            Assert.Equal("wal", await SqliteFile.TextAsync(catalogue, "PRAGMA journal_mode"));
        }

        var page = await empty.CreateClient().GetPageAsync("/films/the-siege-2005");
        Assert.Equal("The Siege", page.QuerySelector("h1")!.Text());
    }

    [PostgreSqlFact]
    public async Task OnPostgreSqlBackupAndRestoreSayToUsePgDump()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var backup = scope.ServiceProvider.GetRequiredService<CatalogueBackup>();

        var refused = await Assert.ThrowsAsync<NotSupportedException>(() => backup.BackupAsync(Path.Combine(directory, "catalogue.db")));
        await Assert.ThrowsAsync<NotSupportedException>(() => backup.RestoreAsync(Path.Combine(directory, "catalogue.db")));

        Assert.Contains("pg_dump", refused.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(directory));
    }

    /// <summary>A backup of the fixture's catalogue, taken into a file of the test's.</summary>
    private async Task<string> BackupAsync(string name)
    {
        var file = Path.Combine(directory, name);
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CatalogueBackup>().BackupAsync(file);
        return file;
    }

    /// <summary>A new catalogue, migrated and served, with nothing in it: its seeds are an empty folder of the test's.</summary>
    private CatalogueFactory EmptyCatalogue()
    {
        var empty = CatalogueFactory.SeededFrom(Directory.CreateDirectory(Path.Combine(directory, "no-seeds")).FullName);
        _ = empty.Server;
        return empty;
    }

    private static async Task<List<string>> SlugsInAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Slug FROM Films ORDER BY Slug";
        var slugs = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            slugs.Add(reader.GetString(0));
        }

        return slugs;
    }

    private static async Task<string?> ScalarAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string?)await command.ExecuteScalarAsync();
    }
}

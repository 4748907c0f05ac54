using FilmCatalogue.Tests.Web;

namespace FilmCatalogue.Tests.Importing;

/// <summary>The app's executable run as a newcomer's script would run it, in a process of its own.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("filmcatalogue-cli-").FullName;
    private readonly Dictionary<string, TestDatabase> databases = new(StringComparer.Ordinal);

    public void Dispose()
    {
        foreach (var database in databases.Values)
        {
            database.Dispose();
        }

        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task ImportReportsEachRecordAndFailsWhenOneWasRejected()
    {
        var result = await RunAsync("catalogue.db", "import", TestPaths.Data("Batch"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("imported: ", result.Output, StringComparison.Ordinal);
        Assert.Contains("2 imported, 0 updated, 0 unchanged, 1 rejected", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"rejected: .*2-untitled\.txt", result.Error);
        Assert.Matches(@"2-untitled\.txt:\d+: error: ", result.Error);
    }

    [Fact]
    public async Task ImportingAgainReportsEveryRecordUnchanged()
    {
        await RunAsync("catalogue.db", "import", TestPaths.Data("Catalogue"));

        var again = await RunAsync("catalogue.db", "import", TestPaths.Data("Catalogue"));

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 imported, 0 updated, 3 unchanged, 0 rejected", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExportImportedIntoAnEmptyCatalogueGivesTheSameFilms()
    {
        var first = Path.Combine(directory, "first");
        var second = Path.Combine(directory, "second");
        await RunAsync("one.db", "import", TestPaths.Data("Catalogue"));
        var export = await RunAsync("one.db", "export", "--out", first);
        Assert.Equal(0, export.ExitCode);
        Assert.Contains("exported 3 film(s)", export.Output, StringComparison.Ordinal);

        var import = await RunAsync("two.db", "import", first);
        await RunAsync("two.db", "export", "--out", second);

        Assert.Equal(0, import.ExitCode);
        var firstFiles = Directory.GetFiles(first).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["hedgehog-in-the-fog-1975.txt", "the-event-2015.txt", "the-siege-2005.txt"], firstFiles);
        foreach (var file in firstFiles)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(first, file!)), File.ReadAllText(Path.Combine(second, file!)));
        }
    }

    [Fact]
    public async Task GenerateWritesACorpusThatImportsWithoutARejection()
    {
        var corpus = Path.Combine(directory, "corpus");

        var generate = await RunAsync("catalogue.db", "generate", "--films", "40", "--out", corpus, "--seed", "7");
        var import = await RunAsync("catalogue.db", "import", corpus);

        Assert.Equal(0, generate.ExitCode);
        Assert.Equal(40, Directory.GetFiles(corpus, "*.txt").Length);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("40 imported, 0 updated, 0 unchanged, 0 rejected", import.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownVerbShowsTheUsage()
    {
        var result = await RunAsync("catalogue.db", "export");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("export --out DIR", result.Error, StringComparison.Ordinal);
    }

    /// <summary>Runs a verb on the named database of the test, created on first use.</summary>
    private Task<(int ExitCode, string Output, string Error)> RunAsync(string database, params string[] args)
    {
        if (!databases.TryGetValue(database, out var named))
        {
            databases[database] = named = TestDatabase.Create(directory, database);
        }

        return AppProcess.RunAsync(directory, named, args);
    }
}

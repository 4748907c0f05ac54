using System.Text.Encodings.Web;
using System.Text.Json;
using FilmCatalogue.Web.Records;

namespace FilmCatalogue.Tests.Records;

/// <summary>Where the tests find their records, and how they compare them.</summary>
internal static class TestRecords
{
    public const string SeedFileName = "000_606ea4af237ead14.txt";

    private static readonly JsonSerializerOptions Canonical = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // The seed is read from the repository's seeds folder, not from a copy, so the tests follow the real reference record.
    public static string SeedPath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seeds", SeedFileName);
                if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "FilmCatalogue.sln")))
                {
                    return candidate;
                }
            }

            throw new FileNotFoundException($"seeds/{SeedFileName} not found above {AppContext.BaseDirectory}");
        }
    }

    public static string DataPath(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Records", name);

    public static IEnumerable<string> DataFileNames =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "Records"), "*.txt")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    public static RecordReadResult ReadSeed(IReadOnlyCollection<string>? knownEvents = null) =>
        RecordReader.Read(File.ReadAllBytes(SeedPath), SeedFileName, knownEvents);

    public static RecordReadResult ReadData(string name, IReadOnlyCollection<string>? knownEvents = null) =>
        RecordReader.Read(File.ReadAllBytes(DataPath(name)), name, knownEvents);

    public static FilmRecord ReadOk(string text, IReadOnlyCollection<string>? knownEvents = null)
    {
        var result = RecordReader.Read(text, "inline.txt", knownEvents);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Record!;
    }

    /// <summary>
    /// A canonical serialisation: records holding lists compare by reference, so equality of two
    /// FilmRecords says nothing about their contents; their JSON does.
    /// </summary>
    public static string ToJson(FilmRecord record) => JsonSerializer.Serialize(record, Canonical);

    public static void AssertSameRecord(FilmRecord expected, FilmRecord actual) =>
        Assert.Equal(ToJson(expected), ToJson(actual));
}

using FilmCatalogue.Web.Records;

namespace FilmCatalogue.Web.Importing;

public enum ImportStatus
{
    /// <summary>A new film was stored.</summary>
    Imported,

    /// <summary>The record changed since its film was imported, and no curator had edited the film: the film now says what the record says.</summary>
    Updated,

    /// <summary>The catalogue already holds exactly this record.</summary>
    Unchanged,

    /// <summary>The record differs from its film, but a curator has edited the film since: the curator's version stays.</summary>
    KeptCuratorEdits,

    /// <summary>The record could not be read or stored; nothing of it was kept.</summary>
    Rejected,
}

/// <summary>What one record's import came to, with every diagnostic from reading and storing it.</summary>
public sealed record ImportOutcome(string SourceName, ImportStatus Status, string? FilmSlug, IReadOnlyList<RecordDiagnostic> Diagnostics);

/// <summary>One record to import: a name for messages (a file path, "pasted text") and its bytes.</summary>
public sealed record RecordSource(string Name, ReadOnlyMemory<byte> Content)
{
    public static async Task<RecordSource> FromFileAsync(string path, CancellationToken cancellationToken) =>
        new(path, await File.ReadAllBytesAsync(path, cancellationToken));

    /// <summary>Record files of the given files and folders (a folder gives its *.txt files, sorted, recursively).</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }
}

using System.Data.Common;
using System.Globalization;
using FilmCatalogue.Web.Accounts;
using FilmCatalogue.Web.Corpus;
using FilmCatalogue.Web.Data;

namespace FilmCatalogue.Web.Importing;

/// <summary>
/// The verbs the app's executable takes besides serving (see <see cref="Usage"/>). They run against the
/// configured catalogue, after its migrations.
/// </summary>
public static class CatalogueCommandLine
{
    private const string Usage = """
        Usage:
          FilmCatalogue.Web                      serve the catalogue
          FilmCatalogue.Web import PATH...       import record files, or folders of *.txt records
          FilmCatalogue.Web export --out DIR     write every film as a record file into DIR
          FilmCatalogue.Web backup --out FILE    copy the catalogue database consistently, also while the site serves
                                                 (SQLite; on PostgreSQL, pg_dump)
          FilmCatalogue.Web restore --from FILE  replace the catalogue database with a backup (stop the site first)
          FilmCatalogue.Web add-curator EMAIL [--admin]
                                                 add a curator (--admin: also an administrator); the password
                                                 is read twice from standard input
          FilmCatalogue.Web generate --films N --out DIR [--seed S]
                                                 write N synthetic film records into DIR (same seed, same records)
        """;

    public static bool IsCommand(string[] args) =>
        args.Length > 0 && args[0] is "import" or "export" or "backup" or "restore" or "add-curator" or "generate" or "help" or "--help";

    /// <returns>The process exit code: 0 on success, 1 when a record or an account was refused, 2 on a usage error.</returns>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        try
        {
            return await RunVerbAsync(scope.ServiceProvider, args, output, error, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException or NotSupportedException or DbException)
        {
            // A file the verb was given cannot be used, the verb does not apply to this database, or the database
            // refused it (locked by another process's write, say): say which and why, without a stack trace.
            await error.WriteLineAsync($"{args[0]}: {exception.Message}");
            return 1;
        }
    }

    private static async Task<int> RunVerbAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        switch (args)
        {
            case ["import", .. var paths] when paths.Length > 0:
                return await ImportAsync(services.GetRequiredService<RecordImporter>(), paths, output, error, cancellationToken);
            case ["export", "--out", var directory]:
                var count = await services.GetRequiredService<CatalogueExporter>().ExportAllAsync(directory, cancellationToken);
                await output.WriteLineAsync($"exported {count} film(s) to {Path.GetFullPath(directory)}");
                return 0;
            case ["backup", "--out", var file]:
                await services.GetRequiredService<CatalogueBackup>().BackupAsync(file, cancellationToken);
                await output.WriteLineAsync($"backed up the catalogue to {Path.GetFullPath(file)}");
                return 0;
            case ["restore", "--from", var file]:
                await services.GetRequiredService<CatalogueBackup>().RestoreAsync(file, cancellationToken);
                await output.WriteLineAsync($"restored the catalogue from {Path.GetFullPath(file)}");
                return 0;
            case ["add-curator", var email] when !email.StartsWith('-'):
                return await AddCuratorCommand.RunAsync(services, email, administrator: false, PasswordPrompt.FromConsole(), output, error, cancellationToken);
            case ["add-curator", var email, "--admin"]:
                return await AddCuratorCommand.RunAsync(services, email, administrator: true, PasswordPrompt.FromConsole(), output, error, cancellationToken);
            case ["generate", .. var options] when GenerateOptions(options) is { } generate:
                var written = new CorpusGenerator(generate.Films, generate.Seed).WriteTo(generate.Directory);
                await output.WriteLineAsync($"generated {written} film record(s) in {Path.GetFullPath(generate.Directory)}");
                return 0;
            case ["help" or "--help"]:
                await output.WriteLineAsync(Usage);
                return 0;
            default:
                await error.WriteLineAsync(Usage);
                return 2;
        }
    }

    /// <summary><c>--films N --out DIR [--seed S]</c> in any order; null when one is missing or malformed.</summary>
    private static (int Films, string Directory, int Seed)? GenerateOptions(string[] options)
    {
        int? films = null;
        string? directory = null;
        var seed = 1;
        for (var i = 0; i + 1 < options.Length; i += 2)
        {
            var value = options[i + 1];
            switch (options[i])
            {
                case "--films" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n):
                    films = n;
                    break;
                case "--out":
                    directory = value;
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    break;
                default:
                    return null;
            }
        }

        return options.Length % 2 == 0 && films is { } count && directory is not null ? (count, directory, seed) : null;
    }

    private static async Task<int> ImportAsync(RecordImporter importer, string[] paths, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var counts = Enum.GetValues<ImportStatus>().ToDictionary(s => s, _ => 0);
        await foreach (var outcome in importer.ImportFilesAsync(paths, cancellationToken))
        {
            counts[outcome.Status]++;
            var writer = outcome.Status == ImportStatus.Rejected ? error : output;
            await writer.WriteLineAsync($"{StatusWord(outcome.Status)}: {outcome.SourceName}{(outcome.FilmSlug is null ? "" : $" -> /films/{outcome.FilmSlug}")}");
            foreach (var diagnostic in outcome.Diagnostics)
            {
                await writer.WriteLineAsync($"  {diagnostic}");
            }
        }

        await output.WriteLineAsync(
            $"{counts[ImportStatus.Imported]} imported, {counts[ImportStatus.Updated]} updated, " +
            $"{counts[ImportStatus.Unchanged] + counts[ImportStatus.KeptCuratorEdits]} unchanged, {counts[ImportStatus.Rejected]} rejected");
        return counts[ImportStatus.Rejected] > 0 ? 1 : 0;
    }

    private static string StatusWord(ImportStatus status) => status switch
    {
        ImportStatus.Imported => "imported",
        ImportStatus.Updated => "updated",
        ImportStatus.Unchanged => "unchanged",
        ImportStatus.KeptCuratorEdits => "unchanged (kept the curator's edits)",
        _ => "rejected",
    };
}

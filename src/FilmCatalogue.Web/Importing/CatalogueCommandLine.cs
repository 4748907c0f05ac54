using FilmCatalogue.Web.Accounts;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Records;

namespace FilmCatalogue.Web.Importing;

/// <summary>
/// The verbs the app's executable takes besides serving: <c>import PATH...</c>, <c>export --out DIR</c>,
/// <c>backup --out FILE</c>, <c>restore --from FILE</c> and <c>add-curator EMAIL [--admin]</c>.
/// They run against the configured catalogue, after its migrations.
/// </summary>
public static class CatalogueCommandLine
{
    private const string Usage = """
        Usage:
          FilmCatalogue.Web                      serve the catalogue
          FilmCatalogue.Web import PATH...       import record files, or folders of *.txt records
          FilmCatalogue.Web export --out DIR     write every film as a record file into DIR
          FilmCatalogue.Web backup --out FILE    copy the catalogue database consistently, also while the site serves
          FilmCatalogue.Web restore --from FILE  replace the catalogue database with a backup (stop the site first)
          FilmCatalogue.Web add-curator EMAIL [--admin]
                                                 add a curator (--admin: also an administrator); the password
                                                 is read twice from standard input
        """;

    public static bool IsCommand(string[] args) =>
        args.Length > 0 && args[0] is "import" or "export" or "backup" or "restore" or "add-curator" or "help" or "--help";

    /// <returns>The process exit code: 0 on success, 1 when a record or an account was refused, 2 on a usage error.</returns>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        try
        {
            return await RunVerbAsync(scope.ServiceProvider, args, output, error, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            // A file the verb was given cannot be used: say which and why, without a stack trace.
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
            case ["help" or "--help"]:
                await output.WriteLineAsync(Usage);
                return 0;
            default:
                await error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> ImportAsync(RecordImporter importer, string[] paths, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var counts = Enum.GetValues<ImportStatus>().ToDictionary(s => s, _ => 0);
        var files = RecordSource.ExpandPaths(paths);
        var batchEvents = RecordImporter.EventsNamedIn(files.Where(File.Exists).Select(f => (ReadOnlyMemory<byte>)File.ReadAllBytes(f)));
        foreach (var path in files)
        {
            ImportOutcome outcome;
            if (!File.Exists(path))
            {
                var missing = new RecordDiagnostic(DiagnosticSeverity.Error, path, 0, "no such file or folder");
                outcome = new ImportOutcome(path, ImportStatus.Rejected, null, [missing]);
            }
            else
            {
                outcome = await importer.ImportAsync(await RecordSource.FromFileAsync(path, cancellationToken), batchEvents, cancellationToken);
            }

            counts[outcome.Status]++;
            var writer = outcome.Status == ImportStatus.Rejected ? error : output;
            await writer.WriteLineAsync($"{StatusWord(outcome.Status)}: {path}{(outcome.FilmSlug is null ? "" : $" -> /films/{outcome.FilmSlug}")}");
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

using FilmCatalogue.Web.Accounts;
using FilmCatalogue.Web.Records;

namespace FilmCatalogue.Web.Importing;

/// <summary>
/// The verbs the app's executable takes besides serving: <c>import PATH...</c>, <c>export --out DIR</c> and
/// <c>add-curator EMAIL [--admin]</c>.
/// They run against the configured catalogue, after its migrations.
/// </summary>
public static class CatalogueCommandLine
{
    private const string Usage = """
        Usage:
          FilmCatalogue.Web                      serve the catalogue
          FilmCatalogue.Web import PATH...       import record files, or folders of *.txt records
          FilmCatalogue.Web export --out DIR     write every film as a record file into DIR
          FilmCatalogue.Web add-curator EMAIL [--admin]
                                                 add a curator (--admin: also an administrator); the password
                                                 is read twice from standard input
        """;

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "import" or "export" or "add-curator" or "help" or "--help";

    /// <returns>The process exit code: 0 on success, 1 when a record or an account was refused, 2 on a usage error.</returns>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        switch (args)
        {
            case ["import", .. var paths] when paths.Length > 0:
                return await ImportAsync(scope.ServiceProvider.GetRequiredService<RecordImporter>(), paths, output, error, cancellationToken);
            case ["export", "--out", var directory]:
                var count = await scope.ServiceProvider.GetRequiredService<CatalogueExporter>().ExportAllAsync(directory, cancellationToken);
                await output.WriteLineAsync($"exported {count} film(s) to {Path.GetFullPath(directory)}");
                return 0;
            case ["add-curator", var email] when !email.StartsWith('-'):
                return await AddCuratorCommand.RunAsync(scope.ServiceProvider, email, administrator: false, PasswordPrompt.FromConsole(), output, error, cancellationToken);
            case ["add-curator", var email, "--admin"]:
                return await AddCuratorCommand.RunAsync(scope.ServiceProvider, email, administrator: true, PasswordPrompt.FromConsole(), output, error, cancellationToken);
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
        foreach (var path in RecordSource.ExpandPaths(paths))
        {
            ImportOutcome outcome;
            if (!File.Exists(path))
            {
                var missing = new RecordDiagnostic(DiagnosticSeverity.Error, path, 0, "no such file or folder");
                outcome = new ImportOutcome(path, ImportStatus.Rejected, null, [missing]);
            }
            else
            {
                outcome = await importer.ImportAsync(await RecordSource.FromFileAsync(path, cancellationToken), cancellationToken);
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

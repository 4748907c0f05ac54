using System.Text;
using FilmCatalogue.Tests.Web;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Importing;
using Microsoft.Extensions.DependencyInjection;

namespace FilmCatalogue.Tests.Importing;

/// <summary>The app's importer on an empty catalogue of its own (nothing seeded).</summary>
public sealed class ImportTestHost : IDisposable
{
    private readonly string emptySeeds = Directory.CreateTempSubdirectory("filmcatalogue-noseeds-").FullName;
    private readonly CatalogueFactory factory;

    public ImportTestHost()
    {
        factory = CatalogueFactory.SeededFrom(emptySeeds);
        _ = factory.Server;
    }

    public IServiceProvider Services => factory.Services;

    public async Task<ImportOutcome> ImportAsync(string name, string text)
    {
        await using var scope = Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<RecordImporter>();
        return await importer.ImportAsync(new RecordSource(name, Encoding.UTF8.GetBytes(text)));
    }

    public async Task<IReadOnlyList<ImportOutcome>> ImportFilesAsync(params string[] paths)
    {
        await using var scope = Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<RecordImporter>();
        var sources = new List<RecordSource>();
        foreach (var path in RecordSource.ExpandPaths(paths))
        {
            sources.Add(await RecordSource.FromFileAsync(path, CancellationToken.None));
        }

        return await importer.ImportAsync(sources);
    }

    public Task<T> WithDatabaseAsync<T>(Func<CatalogueDbContext, Task<T>> action) => factory.WithDatabaseAsync(action);

    public void Dispose()
    {
        factory.Dispose();
        Directory.Delete(emptySeeds, recursive: true);
    }
}

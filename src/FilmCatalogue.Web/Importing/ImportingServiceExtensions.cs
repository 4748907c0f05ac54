using FilmCatalogue.Web.Search;

namespace FilmCatalogue.Web.Importing;

public static class ImportingServiceExtensions
{
    public static IServiceCollection AddCatalogueImporting(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<SearchIndexer>();
        services.AddScoped<CatalogueSearch>();
        services.AddSingleton<ImportTimings>();
        services.AddScoped<RecordImporter>();
        services.AddScoped<CatalogueExporter>();
        return services;
    }

    /// <summary>
    /// Imports every record under <c>Catalogue:SeedsPath</c> (default: the seeds/ folder shipped beside the app)
    /// that the catalogue has not seen. Records seen before are skipped by their content hash, so a start costs
    /// little once the catalogue is seeded.
    /// </summary>
    public static async Task SeedCatalogueAsync(this IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        var seedsPath = configuration["Catalogue:SeedsPath"] ?? Path.Combine(AppContext.BaseDirectory, "seeds");
        if (!Directory.Exists(seedsPath))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        await foreach (var _ in scope.ServiceProvider.GetRequiredService<RecordImporter>().ImportFilesAsync([seedsPath], cancellationToken))
        {
        }
    }
}

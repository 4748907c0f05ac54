using FilmCatalogue.Web.History;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FilmCatalogue.Web.Data;

public static class DataServiceExtensions
{
    internal const string DefaultConnectionString = "Data Source=App_Data/catalogue.db";

    /// <summary>
    /// The catalogue on SQLite. <c>ConnectionStrings:Catalogue</c> names the database; a relative file path in it
    /// is taken from the app's content root, and its folder is created on first run.
    /// </summary>
    public static IServiceCollection AddCatalogueData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = ResolveConnectionString(
            configuration.GetConnectionString("Catalogue") ?? DefaultConnectionString,
            environment.ContentRootPath);
        // Every save of a catalogue entry writes its revision (History/HistoryRecorder), whoever saves it.
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<HistoryRecorder>();
        services.AddDbContextPool<CatalogueDbContext>((provider, options) => options
            .UseSqlite(connectionString)
            .AddInterceptors(provider.GetRequiredService<HistoryRecorder>()));
        services.AddSingleton(_ => new FilmRows(connectionString));
        services.AddScoped<CatalogueBackup>();
        services.AddHealthChecks().AddCheck<CatalogueHealthCheck>("catalogue-database");
        return services;
    }

    /// <summary>Applies pending migrations and switches the database to write-ahead logging, so readers never wait for a writer.</summary>
    public static async Task MigrateCatalogueAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    internal static string ResolveConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        var isFile = builder.Mode != SqliteOpenMode.Memory
            && !string.IsNullOrEmpty(dataSource)
            && !dataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase);
        if (isFile)
        {
            if (!Path.IsPathRooted(dataSource))
            {
                builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, dataSource));
            }

            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}

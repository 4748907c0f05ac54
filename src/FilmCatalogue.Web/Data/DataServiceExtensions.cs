using FilmCatalogue.Web.History;
using FilmCatalogue.Web.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FilmCatalogue.Web.Data;

public static class DataServiceExtensions
{
    /// <summary>
    /// The catalogue's database, SQLite or PostgreSQL as configured (see <see cref="CatalogueDatabase"/>). On
    /// PostgreSQL the context is a <see cref="PostgreSqlCatalogueDbContext"/>, served for <see cref="CatalogueDbContext"/> too.
    /// </summary>
    public static IServiceCollection AddCatalogueData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var database = CatalogueDatabase.From(configuration, environment.ContentRootPath);
        services.AddSingleton(database);
        // Every save of a catalogue entry writes its revision (History/HistoryRecorder), whoever saves it.
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<HistoryRecorder>();
        if (database.IsPostgreSql)
        {
            services.AddDbContextPool<CatalogueDbContext, PostgreSqlCatalogueDbContext>((provider, options) => options
                .UseNpgsql(database.ConnectionString)
                .AddInterceptors(provider.GetRequiredService<HistoryRecorder>()));
            services.AddScoped(provider => (PostgreSqlCatalogueDbContext)provider.GetRequiredService<CatalogueDbContext>());
        }
        else
        {
            services.AddDbContextPool<CatalogueDbContext>((provider, options) => options
                .UseSqlite(database.ConnectionString)
                .AddInterceptors(provider.GetRequiredService<HistoryRecorder>()));
        }

        services.AddSingleton<FilmRows>();
        services.AddScoped<CatalogueBackup>();
        services.AddHealthChecks().AddCheck<CatalogueHealthCheck>("catalogue-database");
        return services;
    }

    /// <summary>The page size of a SQLite database the app creates (see <see cref="MigrateCatalogueAsync"/>).</summary>
    public const int NewPageSize = 8192;

    /// <summary>
    /// Applies pending migrations; on SQLite, first sets a new database's page size (<see cref="NewPageSize"/>) and
    /// builds the indexes that an import killed before its end deferred (see <see cref="DeferredIndexes"/>), and then
    /// switches the database to write-ahead logging, so readers never wait for a writer. Instances of the app that
    /// start at once on one PostgreSQL database take turns: EF Core locks the migrations history while it migrates.
    /// </summary>
    public static async Task MigrateCatalogueAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                using var statements = new PreparedStatements(db.Database.GetDbConnection());
                // A new database gets pages of 8 KB rather than SQLite's 4, before its first table fixes the size: an
                // import of 100,000 films wrote less to its log and built its indexes faster (docs/performance.md).
                if (statements.Scalar("PRAGMA page_count") is 0L)
                {
                    statements.Execute($"PRAGMA page_size = {NewPageSize}");
                }

                // What an import killed before its end left to build, first: the migrations expect the schema they made.
                DeferredIndexes.Restore(statements, scope.ServiceProvider.GetRequiredService<ImportTimings>());
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}

using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Data;

/// <summary>
/// The catalogue on PostgreSQL (<c>Catalogue:Database</c> = PostgreSQL): the model of <see cref="CatalogueDbContext"/>,
/// with its migrations in Migrations/PostgreSql, and the tables that let several instances of the app serve one
/// catalogue: the data-protection keys that sign cookies and antiforgery tokens, and the page cache
/// (Caching/DatabaseOutputCacheStore). Every text column compares and sorts by code point (collation "C") as SQLite's
/// do, whatever the server's locale, so that keyset paging, unique keys and LIKE behave alike on both databases.
/// Tables, columns and constraints are named as PostgreSQL folds the model's names (Films is films, TitleKey is
/// titlekey), so that the SQL the app writes by hand, which names them unquoted, reads the same on both databases.
/// </summary>
/// <remarks>
/// A context type of its own, because EF Core finds a context's migrations by its type: SQLite databases keep the
/// migrations (and the history ids) they always had.
/// </remarks>
public sealed class PostgreSqlCatalogueDbContext(DbContextOptions<PostgreSqlCatalogueDbContext> options)
    : CatalogueDbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<CachedPage> CachedPages => Set<CachedPage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<string>().UseCollation("C");
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Configured here rather than in Configurations/, whose configurations SQLite's model applies too.
        builder.Entity<CachedPage>(page =>
        {
            page.HasKey(p => p.Key);
            // A cache: not worth the write-ahead log, and lost in a crash without harm.
            page.IsUnlogged();
            page.HasIndex(p => p.Tags).HasMethod("gin");
            page.HasIndex(p => p.ExpiresAt);
        });
        NameAsFolded(builder);
    }

    private static void NameAsFolded(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            entity.SetTableName(entity.GetTableName()!.ToLowerInvariant());
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(property.GetColumnName().ToLowerInvariant());
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(key.GetName()!.ToLowerInvariant());
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(foreignKey.GetConstraintName()!.ToLowerInvariant());
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(index.GetDatabaseName()!.ToLowerInvariant());
            }

            foreach (var check in entity.GetCheckConstraints())
            {
                check.Name = check.Name!.ToLowerInvariant();
            }
        }
    }
}

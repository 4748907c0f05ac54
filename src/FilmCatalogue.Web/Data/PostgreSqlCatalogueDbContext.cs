using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Data;

/// <summary>
/// The catalogue on PostgreSQL (<c>Catalogue:Database</c> = PostgreSQL): the model of <see cref="CatalogueDbContext"/>,
/// with its migrations in Migrations/PostgreSql, and the tables that let several instances of the app serve one
/// catalogue: the data-protection keys that sign cookies and antiforgery tokens, and the page cache
/// (Caching/DatabaseOutputCacheStore). Every text column compares and sorts by code point (collation "C") as SQLite's
/// do, whatever the server's locale, so that keyset paging, unique keys and LIKE behave alike on both databases.
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
        // The same rule as Configurations/CreditConfiguration's, its names quoted: PostgreSQL folds unquoted ones to lower case.
        builder.Entity<Credit>().ToTable(table => table.HasCheckConstraint(
            "CK_Credits_PersonOrOrganisation",
            "(\"PersonId\" IS NULL) <> (\"OrganisationId\" IS NULL)"));
        // Configured here rather than in Configurations/, whose configurations SQLite's model applies too.
        builder.Entity<CachedPage>(page =>
        {
            page.HasKey(p => p.Key);
            // A cache: not worth the write-ahead log, and lost in a crash without harm.
            page.IsUnlogged();
            page.HasIndex(p => p.Tags).HasMethod("gin");
            page.HasIndex(p => p.ExpiresAt);
        });
    }
}

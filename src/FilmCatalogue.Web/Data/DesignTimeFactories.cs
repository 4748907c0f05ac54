using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FilmCatalogue.Web.Data;

// The contexts as `dotnet ef migrations add|remove|script --context …` builds them: it needs each database's model,
// not a database (the app applies its migrations at start). One factory per context: EF Core's design tools would
// otherwise build CatalogueDbContext from the PostgreSQL factory, which also makes a CatalogueDbContext.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<CatalogueDbContext>
{
    public CatalogueDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CatalogueDbContext>().UseSqlite("Data Source=:memory:").Options);
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlCatalogueDbContext>
{
    public PostgreSqlCatalogueDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlCatalogueDbContext>().UseNpgsql("Host=localhost").Options);
}

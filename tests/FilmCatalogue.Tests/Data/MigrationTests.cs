using FilmCatalogue.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Tests.Data;

public sealed class MigrationTests
{
    /// <summary>
    /// Each database has its own migrations: a change to the model needs one for each, or the database without it
    /// lacks the change (and EF Core refuses to migrate it). Only the model is compared; no database is opened.
    /// </summary>
    [Fact]
    public void BothDatabasesHaveAMigrationForEveryChangeToTheModel()
    {
        using var sqlite = new CatalogueDbContext(new DbContextOptionsBuilder<CatalogueDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgreSql = new PostgreSqlCatalogueDbContext(new DbContextOptionsBuilder<PostgreSqlCatalogueDbContext>().UseNpgsql("Host=localhost").Options);

        Assert.False(sqlite.Database.HasPendingModelChanges(), "SQLite: add a migration to Data/Migrations");
        Assert.False(postgreSql.Database.HasPendingModelChanges(), "PostgreSQL: add a migration to Data/Migrations/PostgreSql");
    }
}

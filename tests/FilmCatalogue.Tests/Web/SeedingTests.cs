using FilmCatalogue.Web.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FilmCatalogue.Tests.Web;

public sealed class SeedingTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    [Fact]
    public async Task StartingTheAppImportsEverySeedRecord()
    {
        _ = factory.Server;

        var slugs = await factory.WithDatabaseAsync(db => db.Films.OrderBy(f => f.Slug).Select(f => f.Slug).ToListAsync());

        Assert.Equal(["hedgehog-in-the-fog-1975", "the-event-2015", "the-siege-2005"], slugs);
    }

    [Fact]
    public async Task SeedingAgainChangesNothing()
    {
        _ = factory.Server;
        var before = await factory.WithDatabaseAsync(CountRowsAsync);

        await factory.Services.SeedCatalogueAsync(factory.Services.GetRequiredService<IConfiguration>());

        Assert.Equal(before, await factory.WithDatabaseAsync(CountRowsAsync));
    }

    private static async Task<(int, int, int, int)> CountRowsAsync(FilmCatalogue.Web.Data.CatalogueDbContext db) =>
        (await db.Films.CountAsync(), await db.People.CountAsync(), await db.Festivals.CountAsync(), await db.ImportedRecords.CountAsync());
}

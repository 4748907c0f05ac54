using FilmCatalogue.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FilmCatalogue.Tests.Web;

/// <summary>
/// The app on a database of its own (<see cref="TestDatabase"/>: a SQLite file, or a PostgreSQL database when the
/// tests run on PostgreSQL), seeded from one folder of test records (TestData/Catalogue unless the test gives
/// another). The database is deleted with the factory.
/// </summary>
public class CatalogueFactory : WebApplicationFactory<Program>
{
    private readonly string directory = Directory.CreateTempSubdirectory("filmcatalogue-tests-").FullName;

    public CatalogueFactory()
        : this(TestPaths.Data("Catalogue"))
    {
    }

    // Not public: a class fixture may have only one public constructor.
    protected CatalogueFactory(string seedsPath)
    {
        SeedsPath = seedsPath;
        Database = TestDatabase.Create(directory);
    }

    public string SeedsPath { get; }

    public TestDatabase Database { get; }

    public static CatalogueFactory SeededFrom(string seedsPath) => new(seedsPath);

    /// <summary>The SQLite database file; the folder beside it holds the catalogue's keys.</summary>
    public virtual string DatabasePath => Database.SqliteFile ?? throw new InvalidOperationException("The tests run on PostgreSQL: there is no database file.");

    /// <summary>Where the app stores uploaded images: a folder of the factory's own on either database.</summary>
    public string UploadsFolder => Path.Combine(directory, "uploads");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Database.ApplyTo(builder);
        builder.UseSetting("Catalogue:SeedsPath", SeedsPath);
        builder.UseSetting("Catalogue:Uploads:Path", UploadsFolder);
    }

    /// <summary>Runs <paramref name="action"/> with a context of the app's own database.</summary>
    public async Task<T> WithDatabaseAsync<T>(Func<CatalogueDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CatalogueDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // The factory disposes itself again when disposed asynchronously.
        if (disposing && Directory.Exists(directory))
        {
            Database.Dispose();
            Directory.Delete(directory, recursive: true);
        }
    }
}

public static class TestPaths
{
    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);
}

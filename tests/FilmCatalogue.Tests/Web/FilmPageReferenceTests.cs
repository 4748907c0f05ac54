using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Tests.Web;

/// <summary>
/// The film page reads a film in one statement (Data/FilmRows); the naive reference the benchmarks compare it with
/// (Benchmarking/NaiveFilmController) builds it from the entity graph EF tracks. Both must give the same page.
/// </summary>
public sealed class FilmPageReferenceTests : IDisposable
{
    private readonly string staticRoot = Directory.CreateTempSubdirectory("filmcatalogue-bench-static-").FullName;

    public void Dispose() => Directory.Delete(staticRoot, recursive: true);

    [Theory]
    [InlineData("Catalogue")]
    [InlineData("Records")]
    public async Task EveryFilmsPageIsTheOneItsEntityGraphGives(string folder)
    {
        using var factory = CatalogueFactory.SeededFrom(TestPaths.Data(folder));
        using var withReferences = factory.WithWebHostBuilder(b => b.UseSetting("Catalogue:BenchmarkStaticRoot", staticRoot));
        var client = withReferences.CreateClient();
        var slugs = await factory.WithDatabaseAsync(db => db.Films.Select(f => f.Slug).ToListAsync());

        Assert.NotEmpty(slugs);
        foreach (var slug in slugs)
        {
            var page = await client.GetStringAsync($"/films/{slug}");
            var reference = await client.GetStringAsync($"/bench-naive/films/{slug}");
            Assert.Equal(page, reference.Replace("/bench-naive/films/", "/films/", StringComparison.Ordinal));
        }
    }
}

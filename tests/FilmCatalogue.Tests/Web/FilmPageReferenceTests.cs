using System.Net;
using FilmCatalogue.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Tests.Web;

/// <summary>
/// The film page reads a film in one statement (Data/FilmRows); the naive reference the benchmarks compare it with
/// (Benchmarking/NaiveFilmController) builds it from the entity graph EF tracks. Both must give the same page. The
/// floor reference answers the page's saved bytes, and no reference exists unless the benchmark's folder is set.
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
        var slugs = await factory.WithDatabaseAsync(db => db.Films.OrderBy(f => f.Id).Select(f => f.Slug).ToListAsync());
        Assert.NotEmpty(slugs);
        await factory.WithDatabaseAsync(db => UploadImagesAsync(db, slugs[0]));

        foreach (var slug in slugs)
        {
            var page = await client.GetStringAsync($"/films/{slug}");
            var reference = await client.GetStringAsync($"/bench-naive/films/{slug}");
            // The reference's own address shows where the page links to itself, as a path and (the language switcher's
            // return address) escaped.
            Assert.Equal(page, reference
                .Replace("/bench-naive/films/", "/films/", StringComparison.Ordinal)
                .Replace("%2Fbench-naive%2Ffilms%2F", "%2Ffilms%2F", StringComparison.Ordinal));
        }

        Assert.Contains("A still with no thumbnails", await client.GetStringAsync($"/films/{slugs[0]}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFloorAnswersTheSavedPageAndNoReferenceExistsOnANormalStart()
    {
        using var factory = CatalogueFactory.SeededFrom(TestPaths.Data("Catalogue"));
        var slug = await factory.WithDatabaseAsync(db => db.Films.OrderBy(f => f.Id).Select(f => f.Slug).FirstAsync());
        var normal = factory.CreateClient();
        foreach (var path in new[] { $"/bench-naive/films/{slug}", $"/bench-floor/films/{slug}", "/bench-static/film.html" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await normal.GetAsync(path)).StatusCode);
        }

        using var withReferences = factory.WithWebHostBuilder(b => b.UseSetting("Catalogue:BenchmarkStaticRoot", staticRoot));
        var client = withReferences.CreateClient();
        // Nothing saved yet: nothing to answer.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/bench-floor/films/{slug}")).StatusCode);

        var page = await client.GetByteArrayAsync($"/films/{slug}");
        await File.WriteAllBytesAsync(Path.Combine(staticRoot, "film.html"), page);
        var floor = await client.GetAsync($"/bench-floor/films/{slug}");
        Assert.Equal("text/html", floor.Content.Headers.ContentType?.MediaType);
        Assert.Equal(page, await floor.Content.ReadAsByteArrayAsync());
        Assert.Equal(page, await client.GetByteArrayAsync("/bench-static/film.html"));
    }

    // Images as uploads leave them: a still before the poster, two in one position (their ids order them), one too
    // small for thumbnails; the files themselves are not needed for the page.
    private static Task<int> UploadImagesAsync(CatalogueDbContext db, string slug)
    {
        var film = db.Films.Single(f => f.Slug == slug);
        db.FilmImages.AddRange(
            Image(film.Id, ImageKind.Still, position: 1, "A still with no thumbnails", caption: null, credit: null, thumbnails: false),
            Image(film.Id, ImageKind.Poster, position: 1, "The poster", "The first poster", "Mosfilm archive", thumbnails: true),
            Image(film.Id, ImageKind.Still, position: 0, "A still <b>first</b> & \"quoted\"", "A caption", credit: null, thumbnails: true));
        return db.SaveChangesAsync();
    }

    private static FilmImage Image(int filmId, ImageKind kind, int position, string altText, string? caption, string? credit, bool thumbnails)
    {
        var name = Guid.NewGuid().ToString("N");
        return new FilmImage
        {
            FilmId = filmId, Kind = kind, Position = position, AltText = altText, Caption = caption, Credit = credit,
            FileName = name + ".webp", Width = thumbnails ? 1600 : 200, Height = thumbnails ? 900 : 120,
            SmallFileName = thumbnails ? name + "-320w.webp" : null, MediumFileName = thumbnails ? name + "-800w.webp" : null,
            ContentHash = name + name, UploadedAt = DateTime.UtcNow,
        };
    }
}

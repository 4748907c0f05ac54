using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using FilmCatalogue.Tests.Importing;
using FilmCatalogue.Tests.Web;
using FilmCatalogue.Web.Importing;
using FilmCatalogue.Web.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FilmCatalogue.Tests.OpenData;

public sealed class DownloadsTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task TheJsonLinesHoldOneMovieAFilmAsEachFilmsJsonHasIt()
    {
        using var response = await client.GetAsync("/downloads/catalogue.jsonl");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');

        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("", lines[^1]);
        var movies = lines[..^1];
        var slugs = await factory.WithDatabaseAsync(db => db.Films.OrderBy(f => f.Id).Select(f => f.Slug).ToListAsync());
        Assert.Equal(slugs.Count, movies.Length);
        for (var i = 0; i < movies.Length; i++)
        {
            var movie = JsonDocument.Parse(movies[i]).RootElement;
            Assert.Equal("Movie", movie.GetProperty("@type").GetString());
            Assert.Equal($"http://localhost/films/{slugs[i]}", movie.GetProperty("@id").GetString());
            Assert.Equal(await client.GetStringAsync($"/films/{slugs[i]}.json"), movies[i]);
        }
    }

    [Fact]
    public async Task TheRecordsArchiveReadsBackAsTheRecordsTheExporterGives()
    {
        using var response = await client.GetAsync("/downloads/catalogue-records.zip");
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("catalogue-records.zip", response.Content.Headers.ContentDisposition!.FileName);
        var entries = await ReadEntriesAsync(response);

        var slugs = await factory.WithDatabaseAsync(db => db.Films.Select(f => f.Slug).ToListAsync());
        Assert.Equal(slugs.Select(s => s + ".txt").Order(StringComparer.Ordinal), entries.Keys.Order(StringComparer.Ordinal));
        await using var scope = factory.Services.CreateAsyncScope();
        var exporter = scope.ServiceProvider.GetRequiredService<CatalogueExporter>();
        foreach (var (name, text) in entries)
        {
            var read = RecordReader.Read(text, name);
            Assert.NotNull(read.Record);
            var exported = await exporter.ExportAsync(Path.GetFileNameWithoutExtension(name));
            Assert.Equal(RecordWriter.Write(exported!), RecordWriter.Write(read.Record));
        }
    }

    [Fact]
    public async Task TheRecordsArchiveImportedIntoAnEmptyCatalogueGivesTheSameFilms()
    {
        using var response = await client.GetAsync("/downloads/catalogue-records.zip");
        var entries = await ReadEntriesAsync(response);
        using var empty = new ImportTestHost();

        foreach (var (name, text) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            Assert.NotEqual(ImportStatus.Rejected, (await empty.ImportAsync(name, text)).Status);
        }

        await using var scope = empty.Services.CreateAsyncScope();
        var exporter = scope.ServiceProvider.GetRequiredService<CatalogueExporter>();
        foreach (var (name, text) in entries)
        {
            Assert.Equal(text, RecordWriter.Write((await exporter.ExportAsync(Path.GetFileNameWithoutExtension(name)))!));
        }
    }

    [Theory]
    [InlineData("/downloads/catalogue.jsonl")]
    [InlineData("/downloads/catalogue-records.zip")]
    [InlineData("/sitemap-films-1.xml")]
    public async Task DownloadsAndSitemapsAreStreamedRatherThanBufferedToBeHashed(string url)
    {
        // A buffered response would have been given its length; a streamed one is sent as it is written.
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentLength);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ADownloadIsAnsweredNotModifiedWhenTheCatalogueHasNotChanged()
    {
        foreach (var url in new[] { "/downloads/catalogue.jsonl", "/downloads/catalogue-records.zip" })
        {
            using var first = await client.GetAsync(url);
            Assert.True(first.Headers.ETag!.IsWeak);
            Assert.NotNull(first.Content.Headers.LastModified);

            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.IfNoneMatch.Add(first.Headers.ETag);
            using var second = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
            Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task TheDownloadsPageLinksBothFilesAndSaysWhatTheyHold()
    {
        var page = await client.GetPageAsync("/downloads");

        var links = page.QuerySelectorAll("main a[download]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/downloads/catalogue.jsonl", "/downloads/catalogue-records.zip"], links);
        Assert.Contains("schema.org Movie", page.QuerySelector("main")!.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("footer a[href='/downloads']"));
    }

    private static async Task<Dictionary<string, string>> ReadEntriesAsync(HttpResponseMessage response)
    {
        using var bytes = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var zip = new ZipArchive(bytes, ZipArchiveMode.Read);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            entries.Add(entry.FullName, await reader.ReadToEndAsync());
        }

        return entries;
    }
}

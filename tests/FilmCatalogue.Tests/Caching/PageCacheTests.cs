using System.Data.Common;
using System.Text;
using FilmCatalogue.Tests.Web;
using FilmCatalogue.Web.Importing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FilmCatalogue.Tests.Caching;

public sealed class PageCacheTests : IDisposable
{
    private const string NewLoznitsaFilm = "Russia, 2021, 90mn\nColour, documentary\nMr. Landsbergis\n\nDirected by : Sergey LOZNITSA (Сергей ЛОЗНИЦА)\n";

    // On PostgreSQL the page cache is a table of the catalogue's database, shared by every instance: a page served
    // from it costs that one read, instead of the page's queries.
    private static readonly int CacheReads = TestDatabase.IsPostgreSql ? 1 : 0;

    private readonly CommandCounter commands = new();
    private readonly CatalogueFactory catalogue = new();

    public void Dispose() => catalogue.Dispose();

    [Fact]
    public async Task ASecondVisitIsServedFromTheCacheWithoutThePagesQueries()
    {
        var client = Counted().CreateClient();
        foreach (var path in new[] { "/people/sergei-loznitsa", "/films?letter=T", "/search?q=loznitsa", "/" })
        {
            var first = await client.GetStringAsync(path);
            var before = commands.Count;

            var second = await client.GetStringAsync(path);

            Assert.Equal(first, second);
            Assert.True(commands.Count - before == CacheReads, $"{path}: {commands.Count - before} database command(s) on the second visit");
        }

        // A film page reads its film outside EF Core (Data/FilmRows): a change the cache was not told of shows it was not read.
        var film = await client.GetStringAsync("/films/the-siege-2005");
        await RenameBehindTheCachesBackAsync("the-siege-2005", "The Blockade");
        Assert.Equal(film, await client.GetStringAsync("/films/the-siege-2005"));
    }

    [Fact]
    public async Task TheIndexesVaryByTheirQuery()
    {
        var client = Counted().CreateClient();

        var t = await client.GetStringAsync("/films?letter=T");
        var h = await client.GetStringAsync("/films?letter=H");

        Assert.Contains("The Siege", t, StringComparison.Ordinal);
        Assert.DoesNotContain("The Siege", h, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImportEvictsExactlyThePagesItChanges()
    {
        var app = Counted();
        var client = app.CreateClient();
        var person = await client.GetStringAsync("/people/sergei-loznitsa");
        var directed = await client.GetStringAsync("/people/sergei-loznitsa/directed-by");
        await client.GetStringAsync("/films");
        var hedgehog = await client.GetStringAsync("/films/hedgehog-in-the-fog-1975");
        Assert.DoesNotContain("Mr. Landsbergis", person, StringComparison.Ordinal);
        Assert.DoesNotContain("Mr. Landsbergis", directed, StringComparison.Ordinal);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<RecordImporter>()
                .ImportAsync(new RecordSource("landsbergis.txt", Encoding.UTF8.GetBytes(NewLoznitsaFilm)));
            Assert.Equal(ImportStatus.Imported, outcome.Status);
        }

        Assert.Contains("Mr. Landsbergis", await client.GetStringAsync("/people/sergei-loznitsa"), StringComparison.Ordinal);
        Assert.Contains("Mr. Landsbergis", await client.GetStringAsync("/people/sergei-loznitsa/directed-by"), StringComparison.Ordinal);
        Assert.Contains("Mr. Landsbergis", await client.GetStringAsync("/films"), StringComparison.Ordinal);
        // A film the import did not touch is still served from the cache: a change it was not told of does not show.
        await RenameBehindTheCachesBackAsync("hedgehog-in-the-fog-1975", "The Fog");
        Assert.Equal(hedgehog, await client.GetStringAsync("/films/hedgehog-in-the-fog-1975"));
    }

    [Fact]
    public async Task AnImportEvictsTheRolePagesOfTheOrganisationsItCredits()
    {
        var app = Counted();
        var client = app.CreateClient();
        Assert.DoesNotContain("Mr. Landsbergis", await client.GetStringAsync("/organisations/soyuzmultfilm/production"), StringComparison.Ordinal);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RecordImporter>()
                .ImportAsync(new RecordSource("landsbergis.txt", Encoding.UTF8.GetBytes(NewLoznitsaFilm + "Production : Soyuzmultfilm\n")));
        }

        Assert.Contains("Mr. Landsbergis", await client.GetStringAsync("/organisations/soyuzmultfilm/production"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCountsBesideTheListsAreCountedOnceForEveryIndexPage()
    {
        var client = Counted().CreateClient();
        var before = commands.Count;
        await client.GetStringAsync("/films?letter=T");
        var first = commands.Count - before;

        before = commands.Count;
        await client.GetStringAsync("/films?letter=H");
        var second = commands.Count - before;

        // The first index page also counted the catalogue's letters, decades, countries and genres; the next one does not.
        Assert.True(second < first, $"{first} database commands for the first index page, {second} for the second");
    }

    [Fact]
    public async Task AnImportUpdatesTheCountsBesideTheLists()
    {
        var app = Counted();
        var client = app.CreateClient();
        var before = await client.GetPageAsync("/films");
        var films = FacetCount(before, "/films?decade=2020");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RecordImporter>()
                .ImportAsync(new RecordSource("landsbergis.txt", Encoding.UTF8.GetBytes(NewLoznitsaFilm)));
        }

        // Another index page, never visited yet, counts the new film too.
        Assert.Equal(films + 1, FacetCount(await client.GetPageAsync("/films?letter=M"), "/films?decade=2020"));
        Assert.Equal(films + 1, FacetCount(await client.GetPageAsync("/films"), "/films?decade=2020"));
    }

    [Fact]
    public async Task WithTheCacheSwitchedOffEveryVisitReadsTheDatabase()
    {
        var client = Counted().WithWebHostBuilder(b => b.UseSetting("Catalogue:OutputCache", "false")).CreateClient();
        await client.GetStringAsync("/people/sergei-loznitsa");
        await client.GetStringAsync("/films/the-siege-2005");
        var before = commands.Count;

        await client.GetStringAsync("/people/sergei-loznitsa");
        await RenameBehindTheCachesBackAsync("the-siege-2005", "The Blockade");

        Assert.True(commands.Count > before);
        Assert.Contains("<h1>The Blockade</h1>", await client.GetStringAsync("/films/the-siege-2005"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 32)]
    [InlineData("8", 8)]
    public void TheMemoryTheCacheMayHoldIsConfigured(string? megabytes, long expected)
    {
        var factory = megabytes is null ? catalogue : catalogue.WithWebHostBuilder(b => b.UseSetting("Catalogue:OutputCacheMegabytes", megabytes));

        var options = factory.Services.GetRequiredService<IOptions<OutputCacheOptions>>().Value;

        Assert.Equal(expected * 1024 * 1024, options.SizeLimit);
    }

    private static int FacetCount(AngleSharp.Dom.IDocument page, string href) =>
        page.QuerySelector($"a[href='{href}'] .count") is { } count ? int.Parse(count.TextContent, System.Globalization.CultureInfo.InvariantCulture) : 0;

    private Task<int> RenameBehindTheCachesBackAsync(string slug, string title) =>
        catalogue.WithDatabaseAsync(db => db.Database.ExecuteSqlAsync($"UPDATE Films SET Title = {title} WHERE Slug = {slug}"));

    private WebApplicationFactory<Program> Counted() =>
        catalogue.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            TestDatabase.ConfigureContext(services, options => options.AddInterceptors(commands))));

    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Interlocked.Increment(ref count);
            return base.ReaderExecuting(command, eventData, result);
        }
    }
}

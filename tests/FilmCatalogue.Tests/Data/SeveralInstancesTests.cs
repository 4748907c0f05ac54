using System.Net;
using FilmCatalogue.Tests.Accounts;
using FilmCatalogue.Tests.Admin;
using FilmCatalogue.Tests.Web;
using FilmCatalogue.Web.Caching;
using FilmCatalogue.Web.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Tests.Data;

/// <summary>
/// Two instances of the app on one PostgreSQL catalogue, as behind a load balancer: each host has its own memory and
/// they share the database. Whichever instance a request reaches, it must agree with what the other did.
/// </summary>
public sealed class SeveralInstancesTests : IDisposable
{
    private readonly AccountsFactory first = new();
    private readonly WebApplicationFactory<Program> second;

    public SeveralInstancesTests()
    {
        second = first.WithWebHostBuilder(_ => { });
    }

    public void Dispose()
    {
        second.Dispose();
        first.Dispose();
    }

    [PostgreSqlFact]
    public async Task AnEditThroughOneInstanceShowsAtOnceOnTheOther()
    {
        using var visitor = new TestBrowser(second);
        Assert.Equal("The Siege", (await visitor.GetPageAsync("/films/the-siege-2005")).QuerySelector("h1")!.Text());
        Assert.Contains("The Siege", (await visitor.GetPageAsync("/films")).QuerySelector("main")!.Text(), StringComparison.Ordinal);
        var id = await first.WithDatabaseAsync(db => db.Films.Where(f => f.Slug == "the-siege-2005").Select(f => f.Id).SingleAsync());
        Assert.True(await CachedPagesAsync(CataloguePageCache.FilmTag(id)) > 0, "the second instance's visit did not reach the shared page cache");

        var (curator, _) = await first.SignedInAsync();
        var title = "The Siege of " + AdminSteps.UniqueWord();
        using var saved = await curator.EditFilmAsync(id, new Dictionary<string, string> { ["Input.Title"] = title });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Equal(title, (await visitor.GetPageAsync("/films/the-siege-2005")).QuerySelector("h1")!.Text());
        Assert.Contains(title, (await visitor.GetPageAsync("/films")).QuerySelector("main")!.Text(), StringComparison.Ordinal);
    }

    [PostgreSqlFact]
    public async Task ASignInAndAFormFromOneInstanceAreAcceptedByTheOther()
    {
        var (onFirst, _) = await first.SignedInAsync();
        using var onSecond = new TestBrowser(second, onFirst.Cookies);
        using var admin = await onSecond.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);

        // The form as the first instance rendered it (its antiforgery token and cookie), posted to the second.
        var form = await onFirst.GetPageAsync("/admin/films/new");
        using var saved = await onSecond.SubmitAsync(form, AdminSteps.FilmForm, new Dictionary<string, string> { ["Input.Title"] = "Harbour " + AdminSteps.UniqueWord() });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Matches(@"^/admin/films/\d+/edit", saved.Headers.Location!.OriginalString);
        // Not merely a key folder both test hosts happen to share on this machine: the keys are in the database.
        Assert.NotEmpty(await first.WithDatabaseAsync(db => ((PostgreSqlCatalogueDbContext)db).DataProtectionKeys.ToListAsync()));
    }

    [PostgreSqlFact]
    public async Task WrongPasswordsCountTowardsALockoutWhicheverInstanceTheyReach()
    {
        var email = await first.CreateCuratorAsync();
        for (var i = 0; i < 5; i++)
        {
            // Alternately, as a round-robin proxy would send them.
            using var browser = new TestBrowser(i % 2 == 0 ? first : second);
            using var wrong = await browser.SignInAsync(email, $"wrong password number {i}");
        }

        using var onSecond = new TestBrowser(second);
        using var right = await onSecond.SignInAsync(email, AccountsFactory.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Null(onSecond.SignInCookie);
        Assert.Contains("locked", (await TestBrowser.ReadAsync(right)).QuerySelector(".form-errors")!.Text(), StringComparison.Ordinal);
    }

    private Task<int> CachedPagesAsync(string tag) =>
        first.WithDatabaseAsync(db => ((PostgreSqlCatalogueDbContext)db).CachedPages.CountAsync(p => p.Tags.Contains(tag)));
}

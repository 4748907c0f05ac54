using System.Net;
using FilmCatalogue.Tests.Accounts;
using FilmCatalogue.Tests.Web;
using FilmCatalogue.Web.Accounts;

namespace FilmCatalogue.Tests.Admin;

public sealed class AdminAccessTests(AccountsFactory factory) : IClassFixture<AccountsFactory>
{
    public static TheoryData<string> EditorPages =>
    [
        "/admin/films", "/admin/films/new", "/admin/films/1/edit", "/admin/films/1/delete", "/admin/films/1/history",
        "/admin/films/1/images", "/admin/films/1/images/1/delete",
        "/admin/people", "/admin/people/new", "/admin/people/merge?first=1&second=2", "/admin/organisations/1/edit",
        "/admin/festivals/1/delete", "/admin/import", "/admin/history", "/admin/deleted",
    ];

    [Theory]
    [MemberData(nameof(EditorPages))]
    public async Task AnAnonymousVisitorIsSentToSignIn(string url)
    {
        using var browser = new TestBrowser(factory);

        using var response = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EditorPages))]
    public async Task AnAccountThatIsNotACuratorIsForbidden(string url)
    {
        var email = await AccountsFactory.CreateAccountAsync(factory);
        using var browser = new TestBrowser(factory);
        using (var signIn = await browser.SignInAsync(email, AccountsFactory.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        using var response = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ANonCuratorCannotPostAnEditEither()
    {
        var (curator, _) = await factory.SignedInAsync();
        var page = await curator.GetPageAsync("/admin/films/new");
        var email = await AccountsFactory.CreateAccountAsync(factory);
        using var other = new TestBrowser(factory);
        (await other.SignInAsync(email, AccountsFactory.Password)).Dispose();
        var otherPage = await other.GetPageAsync("/");

        // The other account's own antiforgery token, on the curator's form.
        var token = otherPage.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var response = await other.SubmitAsync(page, AdminSteps.FilmForm, new Dictionary<string, string>
        {
            ["Input.Title"] = "Not allowed " + AdminSteps.UniqueWord(),
            ["__RequestVerificationToken"] = token,
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnEditPostedWithoutTheAntiforgeryTokenIsRefused()
    {
        var (browser, _) = await factory.SignedInAsync();
        var title = "Tokenless " + AdminSteps.UniqueWord();

        using var response = await browser.Client.PostAsync("/admin/films/new", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Title"] = title }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var stored = await factory.WithDatabaseAsync(db => Task.FromResult(db.Films.Any(f => f.Title == title)));
        Assert.False(stored);
    }

    [Fact]
    public async Task TheEditorsAreNeverCached()
    {
        var (browser, _) = await factory.SignedInAsync();

        using var response = await browser.GetAsync("/admin/films/new");

        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACuratorSeesEditLinksOnPublicPagesAndVisitorsDoNot()
    {
        var (browser, _) = await factory.SignedInAsync();
        using var visitor = new TestBrowser(factory);

        foreach (var url in new[] { "/films/hedgehog-in-the-fog-1975", "/people/yuriy-norshteyn", "/organisations/soyuzmultfilm" })
        {
            var page = await browser.GetPageAsync(url);
            var edit = page.QuerySelector(".edit-link a")!.GetAttribute("href")!;
            using var editor = await browser.GetAsync(edit);
            Assert.Equal(HttpStatusCode.Redirect, editor.StatusCode);
            Assert.EndsWith("/edit", editor.Headers.Location!.OriginalString, StringComparison.Ordinal);
            Assert.Null((await visitor.GetPageAsync(url)).QuerySelector(".edit-link"));
        }
    }

    [Fact]
    public async Task TheDashboardLinksToTheEditorsAndShowsRecentChanges()
    {
        var (browser, email) = await factory.SignedInAsync();
        var title = "Dashboard " + AdminSteps.UniqueWord();
        await browser.CreateFilmAsync(title);

        var dashboard = await browser.GetPageAsync("/admin");

        foreach (var link in new[] { "/admin/films", "/admin/people", "/admin/festivals", "/admin/organisations", "/admin/import", "/admin/deleted" })
        {
            Assert.NotNull(dashboard.QuerySelector($"#editing a[href='{link}']"));
        }

        var change = dashboard.QuerySelectorAll("#recent-changes .revision").First(r => r.Text().Contains(title, StringComparison.Ordinal));
        Assert.Contains(email, change.Text(), StringComparison.Ordinal);
        Assert.Contains("created", change.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryAdminControllerCarriesTheAreaPolicy()
    {
        var controllers = typeof(Program).Assembly.GetTypes()
            .Where(t => t.Namespace == "FilmCatalogue.Web.Areas.Admin.Controllers" && typeof(Microsoft.AspNetCore.Mvc.Controller).IsAssignableFrom(t) && !t.IsAbstract);

        Assert.All(controllers, c => Assert.True(typeof(FilmCatalogue.Web.Areas.Admin.Controllers.AdminController).IsAssignableFrom(c), c.Name));
        var policy = typeof(FilmCatalogue.Web.Areas.Admin.Controllers.AdminController).GetCustomAttributes(typeof(Microsoft.AspNetCore.Authorization.AuthorizeAttribute), true)
            .Cast<Microsoft.AspNetCore.Authorization.AuthorizeAttribute>().Single();
        Assert.Equal(CatalogueRoles.CuratorPolicy, policy.Policy);
    }

    [Fact]
    public async Task EveryFormThatPostsCarriesAnAntiforgeryToken()
    {
        var (browser, _) = await factory.SignedInAsync();
        var filmId = await browser.CreateFilmAsync("Forms " + AdminSteps.UniqueWord());
        (await browser.EditFilmAsync(filmId, new Dictionary<string, string> { ["Input.Colour"] = "Colour" })).Dispose();
        var (first, second) = await factory.WithDatabaseAsync(db => Task.FromResult((db.People.Min(p => p.Id), db.People.Max(p => p.Id))));

        foreach (var url in new[]
        {
            "/admin/films/new", $"/admin/films/{filmId}/edit", $"/admin/films/{filmId}/delete", $"/admin/films/{filmId}/history", $"/admin/films/{filmId}/images",
            "/admin/people/new", $"/admin/people/{first}/edit", $"/admin/people/merge?first={first}&second={second}", "/admin/import",
        })
        {
            var page = await browser.GetPageAsync(url);
            var forms = page.QuerySelectorAll("main form[method='post']");
            Assert.NotEmpty(forms);
            Assert.All(forms, form => Assert.NotNull(form.QuerySelector("input[name='__RequestVerificationToken']")));
        }
    }
}

using System.Net;
using FilmCatalogue.Tests.Web;
using FilmCatalogue.Web.Accounts;

namespace FilmCatalogue.Tests.Accounts;

public sealed class SignInTests(AccountsFactory factory) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task SigningInSetsAHardenedCookieAndOpensTheAdmin()
    {
        var email = await factory.CreateCuratorAsync();
        using var browser = new TestBrowser(factory);

        using var response = await browser.SignInAsync(email, AccountsFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
        var setCookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(AccountCookies.SignIn + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        var admin = await browser.GetPageAsync("/admin");
        Assert.Equal("Catalogue admin", admin.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task TheSignInFormHasItsFieldsLabelsAndAntiforgeryToken()
    {
        var page = await new TestBrowser(factory).GetPageAsync("/account/login?ReturnUrl=%2Fadmin%2Fcurators");

        Assert.Single(page.QuerySelectorAll("h1"));
        var form = page.QuerySelector("main form")!;
        Assert.Equal("username", form.QuerySelector("input[name='Email']")!.GetAttribute("autocomplete"));
        Assert.Equal("current-password", form.QuerySelector("input[name='Password']")!.GetAttribute("autocomplete"));
        Assert.Equal("password", form.QuerySelector("input[name='Password']")!.GetAttribute("type"));
        Assert.NotNull(form.QuerySelector("label[for='Email']"));
        Assert.NotNull(form.QuerySelector("label[for='Password']"));
        Assert.NotNull(form.QuerySelector("input[name='__RequestVerificationToken']"));
        Assert.Equal("/admin/curators", form.QuerySelector("input[name='ReturnUrl']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedWithoutACookie()
    {
        var email = await factory.CreateCuratorAsync();
        using var browser = new TestBrowser(factory);

        using var response = await browser.SignInAsync(email, "not the password at all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(browser.SignInCookie);
        var page = await TestBrowser.ReadAsync(response);
        Assert.Contains("The email or password is not right.", page.QuerySelector(".form-errors")!.Text(), StringComparison.Ordinal);
        Assert.Equal(email, page.QuerySelector("input[name='Email']")!.GetAttribute("value"));
        Assert.Empty(page.QuerySelector("input[name='Password']")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task AnUnknownEmailIsRefusedLikeAWrongPassword()
    {
        using var browser = new TestBrowser(factory);

        using var response = await browser.SignInAsync("nobody@example.org", AccountsFactory.Password);

        var page = await TestBrowser.ReadAsync(response);
        Assert.Contains("The email or password is not right.", page.QuerySelector(".form-errors")!.Text(), StringComparison.Ordinal);
        Assert.Null(browser.SignInCookie);
    }

    [Fact]
    public async Task AnEmptyFormShowsEachProblemBesideItsField()
    {
        using var browser = new TestBrowser(factory);
        var page = await browser.GetPageAsync("/account/login");

        using var response = await browser.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Email"] = "", ["Password"] = "" });

        var again = await TestBrowser.ReadAsync(response);
        Assert.False(string.IsNullOrWhiteSpace(again.QuerySelector("[data-valmsg-for='Email']")!.Text()));
        Assert.False(string.IsNullOrWhiteSpace(again.QuerySelector("[data-valmsg-for='Password']")!.Text()));
    }

    [Theory]
    [InlineData("/admin/curators", "/admin/curators")]
    [InlineData("https://evil.example/phish", "/admin")]
    [InlineData("//evil.example/phish", "/admin")]
    [InlineData("/\\evil.example/phish", "/admin")]
    public async Task TheReturnUrlIsFollowedOnlyWhenItIsLocal(string returnUrl, string expected)
    {
        var email = await factory.CreateCuratorAsync();
        using var browser = new TestBrowser(factory);

        using var response = await browser.SignInAsync(email, AccountsFactory.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ASignInPostWithoutTheAntiforgeryTokenIsRefused()
    {
        var email = await factory.CreateCuratorAsync();
        using var browser = new TestBrowser(factory);
        await browser.GetPageAsync("/account/login");

        using var response = await browser.Client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = AccountsFactory.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(browser.SignInCookie);
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/curators")]
    public async Task AnonymousAdminRequestsAreSentToSignInAndBack(string url)
    {
        using var browser = new TestBrowser(factory);

        using var response = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"http://localhost/account/login?ReturnUrl={Uri.EscapeDataString(url)}", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task AnAccountThatIsNotACuratorIsDeniedTheAdmin()
    {
        var email = await AccountsFactory.CreateAccountAsync(factory);
        using var browser = new TestBrowser(factory);
        using var signIn = await browser.SignInAsync(email, AccountsFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var page = await browser.GetPageAsync("/admin", HttpStatusCode.Forbidden);

        Assert.Equal("Access denied", page.QuerySelector("h1")!.Text());
        await browser.GetPageAsync("/account/access-denied", HttpStatusCode.Forbidden);
        Assert.Null((await browser.GetPageAsync("/")).QuerySelector(".account-nav a[href='/admin']"));
    }

    [Fact]
    public async Task TheHeaderOffersSignInToVisitorsAndSignOutToCurators()
    {
        using var visitor = new TestBrowser(factory);
        var anonymous = await visitor.GetPageAsync("/");
        Assert.Equal("Sign in", anonymous.QuerySelector(".account-nav a[href='/account/login']")!.Text());

        var (browser, email) = await factory.SignedInAsync();
        using (browser)
        {
            var page = await browser.GetPageAsync("/films");
            var nav = page.QuerySelector(".account-nav")!;
            Assert.Contains(email, nav.Text(), StringComparison.Ordinal);
            Assert.NotNull(nav.QuerySelector("a[href='/admin']"));
            Assert.NotNull(nav.QuerySelector("form[action='/account/logout'] input[name='__RequestVerificationToken']"));
            Assert.Null(nav.QuerySelector("a[href='/account/login']"));
        }
    }

    [Fact]
    public async Task AnAdminPageUsesTheSiteLayoutWithTheAdminNavigation()
    {
        var (browser, _) = await factory.SignedInAsync(administrator: true);
        using (browser)
        {
            var page = await browser.GetPageAsync("/admin");

            Assert.NotNull(page.QuerySelector("nav[aria-label='Main']"));
            Assert.NotNull(page.QuerySelector("nav[aria-label='Admin'] a[href='/admin/curators']"));
            Assert.Single(page.QuerySelectorAll("h1"));
        }
    }

    [Fact]
    public void TheCommonPasswordListIsEmbedded() => Assert.True(CommonPasswordValidator.CommonPasswordCount >= 9_000);
}

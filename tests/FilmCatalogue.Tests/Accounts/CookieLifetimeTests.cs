using System.Net;
using FilmCatalogue.Tests.Web;
using Microsoft.AspNetCore.Hosting;

namespace FilmCatalogue.Tests.Accounts;

/// <summary>A copied cookie must stop working as soon as its account signs out or changes its password.</summary>
public sealed class CookieLifetimeTests(AccountsFactory factory) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task ACookieReplayedAfterSignOutIsRefused()
    {
        var (browser, _) = await factory.SignedInAsync();
        using (browser)
        {
            var stolen = Copy(browser);
            using var replayBefore = await new TestBrowser(factory, stolen).GetAsync("/admin");
            Assert.Equal(HttpStatusCode.OK, replayBefore.StatusCode);

            var page = await browser.GetPageAsync("/admin");
            using var signOut = await browser.SubmitAsync(page, ".account-nav form");
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
            Assert.Null(browser.SignInCookie);

            using var replay = await new TestBrowser(factory, stolen).GetAsync("/admin");
            Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
            Assert.StartsWith("/account/login", replay.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ACookieReplayedAfterAPasswordChangeIsRefusedWhileThisSessionGoesOn()
    {
        var (browser, email) = await factory.SignedInAsync();
        using (browser)
        {
            var stolen = Copy(browser);
            var page = await browser.GetPageAsync("/account/password");
            using var change = await browser.SubmitAsync(page, "main form", new Dictionary<string, string>
            {
                ["CurrentPassword"] = AccountsFactory.Password,
                ["NewPassword"] = "a brand new passphrase",
                ["ConfirmPassword"] = "a brand new passphrase",
            });
            Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);

            using var replay = await new TestBrowser(factory, stolen).GetAsync("/admin");
            Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
            var changed = await browser.GetPageAsync("/account/password");
            Assert.Contains("Your password has been changed", changed.QuerySelector(".status-message")!.Text(), StringComparison.Ordinal);
            await browser.GetPageAsync("/admin");

            using var fresh = new TestBrowser(factory);
            using var oldPassword = await fresh.SignInAsync(email, AccountsFactory.Password);
            Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
            using var newPassword = await fresh.SignInAsync(email, "a brand new passphrase");
            Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);
        }
    }

    [Fact]
    public async Task AWeakNewPasswordIsRefusedBesideItsField()
    {
        var (browser, _) = await factory.SignedInAsync();
        using (browser)
        {
            var page = await browser.GetPageAsync("/account/password");
            using var change = await browser.SubmitAsync(page, "main form", new Dictionary<string, string>
            {
                ["CurrentPassword"] = AccountsFactory.Password,
                ["NewPassword"] = "password1234",
                ["ConfirmPassword"] = "password1234",
            });

            var again = await TestBrowser.ReadAsync(change);
            Assert.Contains("most common", again.QuerySelector("[data-valmsg-for='NewPassword']")!.Text(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SigningInIssuesANewCookieEachTime()
    {
        var email = await factory.CreateCuratorAsync();
        using var first = new TestBrowser(factory);
        using var second = new TestBrowser(factory);

        using var one = await first.SignInAsync(email, AccountsFactory.Password);
        using var two = await second.SignInAsync(email, AccountsFactory.Password);

        Assert.NotNull(first.SignInCookie);
        Assert.NotEqual(first.SignInCookie!.Value, second.SignInCookie!.Value);
    }

    [Fact]
    public async Task OutsideDevelopmentTheCookiesAreSecure()
    {
        using var production = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        var email = await AccountsFactory.CreateAccountAsync(production, FilmCatalogue.Web.Accounts.CatalogueRoles.Curator);
        using var browser = new TestBrowser(production, site: new Uri("https://localhost/"));

        using var login = await browser.GetAsync("/account/login");
        using var response = await browser.SignInAsync(email, AccountsFactory.Password);

        var antiforgery = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var signIn = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(AccountCookies.SignIn + "=", StringComparison.Ordinal));
        Assert.Contains("secure", signIn, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", signIn, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", signIn, StringComparison.OrdinalIgnoreCase);
        Assert.True(browser.SignInCookie!.Secure);
    }

    private static CookieContainer Copy(TestBrowser browser)
    {
        var copy = new CookieContainer();
        copy.Add(TestBrowser.Site, new Cookie(AccountCookies.SignIn, browser.SignInCookie!.Value));
        return copy;
    }
}

using System.Net;
using FilmCatalogue.Tests.Web;

namespace FilmCatalogue.Tests.Accounts;

public sealed class TwoFactorTests(AccountsFactory factory) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task TurningOnTwoFactorShowsTenRecoveryCodesOnceAndThenSignInAsksForACode()
    {
        var (browser, email) = await factory.SignedInAsync();
        using (browser)
        {
            var codes = (await browser.EnableTwoFactorAsync()).RecoveryCodes;
            Assert.Equal(10, codes.Count);
            Assert.Equal(10, codes.Distinct(StringComparer.Ordinal).Count());
            var status = await browser.GetPageAsync("/account/two-factor");
            Assert.Contains("is on", status.QuerySelector("main")!.Text(), StringComparison.Ordinal);
            Assert.DoesNotContain(codes[0], status.Source.Text, StringComparison.Ordinal);
        }

        using var again = new TestBrowser(factory);
        using var password = await again.SignInAsync(email, AccountsFactory.Password, "/admin/curators");
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/account/login-with-2fa", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Null(again.SignInCookie);
        using var notYet = await again.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, notYet.StatusCode);

        var page = await again.GetPageAsync(password.Headers.Location.OriginalString);
        Assert.Equal("one-time-code", page.QuerySelector("input[name='Code']")!.GetAttribute("autocomplete"));
        using var code = await again.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Code"] = Totp.Code(await KeyOfAsync(email)) });

        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal("/admin/curators", code.Headers.Location!.OriginalString);
        Assert.NotNull(again.SignInCookie);
        await again.GetPageAsync("/admin");
    }

    [Fact]
    public async Task AWrongAuthenticatorCodeIsRefused()
    {
        var email = await EnabledCuratorAsync();
        using var browser = new TestBrowser(factory);
        using var password = await browser.SignInAsync(email, AccountsFactory.Password);
        var page = await browser.GetPageAsync(password.Headers.Location!.OriginalString);
        var right = Totp.Code(await KeyOfAsync(email));
        var wrong = right == "000000" ? "111111" : "000000";

        using var code = await browser.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Code"] = wrong });

        Assert.Equal(HttpStatusCode.OK, code.StatusCode);
        Assert.Null(browser.SignInCookie);
        var again = await TestBrowser.ReadAsync(code);
        Assert.Contains("not right", again.QuerySelector("[data-valmsg-for='Code']")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARecoveryCodeSignsInOnceOnly()
    {
        var (browser, email) = await factory.SignedInAsync();
        IReadOnlyList<string> codes;
        using (browser)
        {
            codes = (await browser.EnableTwoFactorAsync()).RecoveryCodes;
        }

        using var first = new TestBrowser(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await first.SignInWithRecoveryCodeAsync(email, codes[3])).StatusCode);
        Assert.NotNull(first.SignInCookie);
        await first.GetPageAsync("/admin");
        var status = await first.GetPageAsync("/account/two-factor");
        Assert.Contains("9 unused recovery code", status.QuerySelector("main")!.Text(), StringComparison.Ordinal);

        using var second = new TestBrowser(factory);
        using var reused = await second.SignInWithRecoveryCodeAsync(email, codes[3]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Null(second.SignInCookie);
    }

    [Fact]
    public async Task NewRecoveryCodesCancelTheOldOnes()
    {
        var (browser, email) = await factory.SignedInAsync();
        using (browser)
        {
            var old = (await browser.EnableTwoFactorAsync()).RecoveryCodes;
            var status = await browser.GetPageAsync("/account/two-factor");
            using var regenerate = await browser.SubmitAsync(status, "form[action='/account/two-factor/recovery-codes']");
            var fresh = TwoFactorSteps.RecoveryCodes(await TestBrowser.ReadAsync(regenerate));
            Assert.Equal(10, fresh.Count);

            using var other = new TestBrowser(factory);
            Assert.Equal(HttpStatusCode.OK, (await other.SignInWithRecoveryCodeAsync(email, old[0])).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await other.SignInWithRecoveryCodeAsync(email, fresh[0])).StatusCode);
        }
    }

    [Fact]
    public async Task TurningTwoFactorOffSignsInWithThePasswordAlone()
    {
        var (browser, email) = await factory.SignedInAsync();
        using (browser)
        {
            await browser.EnableTwoFactorAsync();
            var status = await browser.GetPageAsync("/account/two-factor");
            using var off = await browser.SubmitAsync(status, "form[action='/account/two-factor/disable']");
            Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);

            // The change of stamp did not sign this browser out.
            await browser.GetPageAsync("/admin");
        }

        using var again = new TestBrowser(factory);
        using var password = await again.SignInAsync(email, AccountsFactory.Password);
        Assert.Equal("/admin", password.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task TheSetUpPageShowsTheKeyAndAQrCodeFromTheSite()
    {
        var (browser, _) = await factory.SignedInAsync();
        using (browser)
        {
            var page = await browser.GetPageAsync("/account/two-factor/enable");

            Assert.Matches("^([a-z2-7]{4} ?)+$", page.QuerySelector("[data-shared-key]")!.Text());
            var image = page.QuerySelector("img.qr-code")!;
            Assert.False(string.IsNullOrEmpty(image.GetAttribute("alt")));
            using var qr = await browser.GetAsync(image.GetAttribute("src")!);
            Assert.Equal(HttpStatusCode.OK, qr.StatusCode);
            Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType!.MediaType);
            Assert.Contains("no-store", qr.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
            Assert.Contains("<svg", await qr.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AWrongCodeDoesNotTurnTwoFactorOn()
    {
        var (browser, email) = await factory.SignedInAsync();
        using (browser)
        {
            var page = await browser.GetPageAsync("/account/two-factor/enable");
            using var wrong = await browser.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Input.Code"] = "12345" });

            var again = await TestBrowser.ReadAsync(wrong);
            Assert.False(string.IsNullOrWhiteSpace(again.QuerySelector("[data-valmsg-for='Input.Code']")!.Text()));
            Assert.False(await factory.WithCuratorsAsync(async c => await c.GetTwoFactorEnabledAsync((await c.FindByEmailAsync(email))!)));
        }
    }

    [Fact]
    public async Task WhenTwoFactorIsRequiredACuratorSetsItUpBeforeUsingTheAdmin()
    {
        using var strict = factory.WithWebHostBuilder(builder => builder.UseSetting("Catalogue:RequireTwoFactor", "true"));
        var email = await AccountsFactory.CreateAccountAsync(strict, FilmCatalogue.Web.Accounts.CatalogueRoles.Curator);
        using var browser = new TestBrowser(strict);
        using var signIn = await browser.SignInAsync(email, AccountsFactory.Password);

        using var admin = await browser.GetAsync("/admin?from=test");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith("/account/two-factor/enable", admin.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var setUp = await browser.GetPageAsync(admin.Headers.Location.OriginalString);
        Assert.Contains("requires two-factor", setUp.QuerySelector("main")!.Text(), StringComparison.Ordinal);
        using var enabled = await browser.SubmitAsync(setUp, "main form", new Dictionary<string, string>
        {
            ["Input.Code"] = Totp.Code(await KeyOfAsync(email)),
        });
        var codes = await TestBrowser.ReadAsync(enabled);
        Assert.Equal("/admin?from=test", codes.QuerySelector("a.button")!.GetAttribute("href"));

        await browser.GetPageAsync("/admin");
    }

    private async Task<string> EnabledCuratorAsync()
    {
        var (browser, email) = await factory.SignedInAsync();
        using (browser)
        {
            await browser.EnableTwoFactorAsync();
        }

        return email;
    }

    private Task<string> KeyOfAsync(string email) =>
        factory.WithCuratorsAsync(async curators => (await curators.GetAuthenticatorKeyAsync((await curators.FindByEmailAsync(email))!))!);
}

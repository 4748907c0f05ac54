using System.Net;
using AngleSharp.Dom;
using FilmCatalogue.Tests.Web;

namespace FilmCatalogue.Tests.Accounts;

/// <summary>What an account holder does with two-factor sign-in, through the real pages and forms.</summary>
public static class TwoFactorSteps
{
    /// <summary>
    /// Turns two-factor sign-in on as the holder would: reads the key off the page into an authenticator, types its
    /// code. Returns the key as the authenticator holds it (Base32, no spaces) and the recovery codes shown once.
    /// </summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnableTwoFactorAsync(this TestBrowser browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.GetPageAsync("/account/two-factor/enable");
        var key = page.QuerySelector("[data-shared-key]")!.Text().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        using var response = await browser.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        return (key, RecoveryCodes(await TestBrowser.ReadAsync(response)));
    }

    public static List<string> RecoveryCodes(IDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return [.. page.QuerySelectorAll(".recovery-codes kbd").Select(k => k.Text())];
    }

    /// <summary>Password, then the authenticator's current code.</summary>
    public static async Task<HttpResponseMessage> SignInWithAuthenticatorAsync(this TestBrowser browser, string email, string key)
    {
        ArgumentNullException.ThrowIfNull(browser);
        using var password = await browser.SignInAsync(email, AccountsFactory.Password);
        var page = await browser.GetPageAsync(password.Headers.Location!.OriginalString);
        return await browser.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Code"] = Totp.Code(key) });
    }

    /// <summary>Password, then a recovery code instead of the authenticator.</summary>
    public static async Task<HttpResponseMessage> SignInWithRecoveryCodeAsync(this TestBrowser browser, string email, string code)
    {
        ArgumentNullException.ThrowIfNull(browser);
        using var password = await browser.SignInAsync(email, AccountsFactory.Password);
        var codePage = await browser.GetPageAsync(password.Headers.Location!.OriginalString);
        var link = codePage.QuerySelector("a[href^='/account/login-with-recovery-code']")!.GetAttribute("href")!;
        var page = await browser.GetPageAsync(link);
        return await browser.SubmitAsync(page, "main form", new Dictionary<string, string> { ["RecoveryCode"] = code });
    }
}

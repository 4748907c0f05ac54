using System.Net;
using FilmCatalogue.Tests.Web;

namespace FilmCatalogue.Tests.Accounts;

public sealed class LockoutTests(AccountsFactory factory) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountForFifteenMinutesEvenAgainstTheRightOne()
    {
        var email = await factory.CreateCuratorAsync();
        using var browser = new TestBrowser(factory);
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await browser.SignInAsync(email, $"wrong password number {i}");
            Assert.Null(browser.SignInCookie);
        }

        using var right = await browser.SignInAsync(email, AccountsFactory.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Null(browser.SignInCookie);
        var page = await TestBrowser.ReadAsync(right);
        Assert.Contains("locked", page.QuerySelector(".form-errors")!.Text(), StringComparison.Ordinal);
        var lockoutEnd = await factory.WithCuratorsAsync(async curators => await curators.GetLockoutEndDateAsync((await curators.FindByEmailAsync(email))!));
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task FourWrongPasswordsDoNotLockTheAccount()
    {
        var email = await factory.CreateCuratorAsync();
        using var browser = new TestBrowser(factory);
        for (var i = 0; i < 4; i++)
        {
            using var wrong = await browser.SignInAsync(email, $"wrong password number {i}");
        }

        using var right = await browser.SignInAsync(email, AccountsFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.NotNull(browser.SignInCookie);
    }

    /// <summary>
    /// Identity's count is read, incremented and written back: twenty attempts at once would read the same count,
    /// and the account would never reach five. The app serialises the checks of one account.
    /// </summary>
    [Fact]
    public async Task TwentyWrongPasswordsAtOnceLockTheAccount()
    {
        var email = await factory.CreateCuratorAsync();
        using var browser = new TestBrowser(factory);
        var page = await browser.GetPageAsync("/account/login");

        // Enough threads that the twenty really overlap, rather than queue behind two cores' password hashing.
        ThreadPool.GetMinThreads(out var workers, out var completions);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), completions);
        var attempts = Enumerable.Range(0, 20).Select(i => browser.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = $"concurrent wrong guess {i}",
        }));
        var responses = await Task.WhenAll(attempts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var response in responses)
        {
            response.Dispose();
        }

        Assert.Null(browser.SignInCookie);
        using var right = await browser.SignInAsync(email, AccountsFactory.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Null(browser.SignInCookie);
        var isLockedOut = await factory.WithCuratorsAsync(async curators => await curators.IsLockedOutAsync((await curators.FindByEmailAsync(email))!));
        Assert.True(isLockedOut);
    }

    [Fact]
    public async Task ASuccessfulSignInForgetsEarlierFailures()
    {
        var email = await factory.CreateCuratorAsync();
        using var browser = new TestBrowser(factory);
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await browser.SignInAsync(email, $"wrong password number {i}");
        }

        using var right = await browser.SignInAsync(email, AccountsFactory.Password);

        var failures = await factory.WithCuratorsAsync(async curators => await curators.GetAccessFailedCountAsync((await curators.FindByEmailAsync(email))!));
        Assert.Equal(0, failures);
    }
}

using System.Net;
using FilmCatalogue.Tests.Web;

namespace FilmCatalogue.Tests.Accounts;

public sealed class RateLimitTests(AccountsFactory factory) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task SignInPostsOverTheLimitGetTooManyRequestsWithRetryAfter()
    {
        using var limited = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Catalogue:RateLimits:SignIn:PermitLimit", "3");
            builder.UseSetting("Catalogue:RateLimits:SignIn:Window", "00:05:00");
        });
        using var browser = new TestBrowser(limited);
        var page = await browser.GetPageAsync("/account/login");
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await browser.SubmitAsync(page, "main form", Guess(i));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await browser.SubmitAsync(page, "main form", Guess(3));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 300);
        var error = await TestBrowser.ReadAsync(refused);
        Assert.Contains("Too many attempts", error.QuerySelector("main")!.Text(), StringComparison.Ordinal);

        // Reading pages is not limited: only the sign-in posts are.
        await browser.GetPageAsync("/account/login");
        await browser.GetPageAsync("/films");
    }

    private static Dictionary<string, string> Guess(int i) => new() { ["Email"] = "someone@example.org", ["Password"] = $"guess number {i}" };
}

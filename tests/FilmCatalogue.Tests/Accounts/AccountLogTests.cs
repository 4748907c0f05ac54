using FilmCatalogue.Tests.Web;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace FilmCatalogue.Tests.Accounts;

public sealed class AccountLogTests(AccountsFactory factory) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task SignInsAreLoggedByEmailWithoutAPasswordOrCode()
    {
        var sink = new CapturingSink();
        using var logged = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(sink)));
        var email = await AccountsFactory.CreateAccountAsync(logged, FilmCatalogue.Web.Accounts.CatalogueRoles.Curator);
        using var browser = new TestBrowser(logged);
        const string wrong = "a wrong but secret passphrase";

        for (var i = 0; i < 5; i++)
        {
            using var failed = await browser.SignInAsync(email, wrong);
        }

        using var lockedOut = await browser.SignInAsync(email, AccountsFactory.Password);
        await AccountsFactory.WithCuratorsAsync(logged, async c => await c.SetLockoutEndDateAsync((await c.FindByEmailAsync(email))!, null));
        using var signedIn = await browser.SignInAsync(email, AccountsFactory.Password);

        var messages = sink.Events.Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains($"Sign-in of \"{email}\" failed", messages);
        Assert.Contains($"Sign-in of \"{email}\" refused: the account is locked out", messages);
        Assert.Contains($"Sign-in of \"{email}\" succeeded", messages);
        var everything = string.Join('\n', sink.Events.Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + string.Join(' ', e.Properties.Values)));
        Assert.DoesNotContain(wrong, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(AccountsFactory.Password, everything, StringComparison.Ordinal);
    }
}

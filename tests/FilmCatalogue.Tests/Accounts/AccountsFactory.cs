using FilmCatalogue.Tests.Web;
using FilmCatalogue.Web.Accounts;
using FilmCatalogue.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FilmCatalogue.Tests.Accounts;

/// <summary>
/// The catalogue with accounts made through the app's own <see cref="CuratorManager"/>. The sign-in rate limit is
/// raised out of the way: the tests of one class share the host's one client address. Tests of the limit lower it.
/// </summary>
public sealed class AccountsFactory : CatalogueFactory
{
    public const string Password = "velvet tortoise umbrella";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Catalogue:RateLimits:SignIn:PermitLimit", "100000");
    }

    /// <summary>A new account with a unique email, in the given roles (none: an account that is not a curator).</summary>
    public static async Task<string> CreateAccountAsync(WebApplicationFactory<Program> factory, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var email = $"{Guid.NewGuid():N}@example.org";
        await using var scope = factory.Services.CreateAsyncScope();
        var curators = scope.ServiceProvider.GetRequiredService<CuratorManager>();
        IdentityResult result;
        if (roles is [CatalogueRoles.Curator] or [CatalogueRoles.Curator, CatalogueRoles.Administrator])
        {
            result = await curators.CreateCuratorAsync(email, Password, administrator: roles.Length == 2);
        }
        else
        {
            var account = new Curator { UserName = email, Email = email, EmailConfirmed = true };
            result = await curators.CreateAsync(account, Password);
            if (result.Succeeded && roles.Length > 0)
            {
                result = await curators.AddToRolesAsync(account, roles);
            }
        }

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return email;
    }

    public Task<string> CreateCuratorAsync() => CreateAccountAsync(this, CatalogueRoles.Curator);

    public Task<string> CreateAdministratorAsync() => CreateAccountAsync(this, CatalogueRoles.Curator, CatalogueRoles.Administrator);

    public Task<T> WithCuratorsAsync<T>(Func<CuratorManager, Task<T>> action) => WithCuratorsAsync(this, action);

    public static async Task<T> WithCuratorsAsync<T>(WebApplicationFactory<Program> factory, Func<CuratorManager, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CuratorManager>());
    }

    /// <summary>A browser already signed in to a new curator's account (an administrator's when asked).</summary>
    public async Task<(TestBrowser Browser, string Email)> SignedInAsync(bool administrator = false)
    {
        var email = administrator ? await CreateAdministratorAsync() : await CreateCuratorAsync();
        var browser = new TestBrowser(this);
        using var response = await browser.SignInAsync(email, Password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return (browser, email);
    }
}

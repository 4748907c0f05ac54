using FilmCatalogue.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FilmCatalogue.Web.Accounts;

/// <summary>
/// Identity's sign-in manager with every credential check of one account serialised (see
/// <see cref="SignInAttemptLocks"/>), and an unknown email costing the same time as a wrong password.
/// </summary>
public sealed class CuratorSignInManager(
    CuratorManager curators,
    SignInAttemptLocks attemptLocks,
    IPasswordHasher<Curator> passwordHasher,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<Curator> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<Curator>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Curator> confirmation)
    : SignInManager<Curator>(curators, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static readonly Curator Nobody = new();

    // Hashed once per process with the default hasher settings, the same work as checking a real account.
    private static readonly Lazy<string> NobodysHash = new(() => new PasswordHasher<Curator>().HashPassword(Nobody, Guid.NewGuid().ToString()));

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            passwordHasher.VerifyHashedPassword(Nobody, NobodysHash.Value, password);
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(Curator user, string password, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(user);
        using var held = await attemptLocks.HoldAsync(user.Id);
        await curators.ReloadAsync(user);
        return await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInResult.Failed;
        }

        // The base class finds the same tracked account again, now reloaded under the lock.
        using var held = await attemptLocks.HoldAsync(user.Id);
        await curators.ReloadAsync(user);
        return await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInResult.Failed;
        }

        using var held = await attemptLocks.HoldAsync(user.Id);
        await curators.ReloadAsync(user);

        // Identity takes a recovery code even from a locked-out account, and does not count a wrong one.
        if (await UserManager.IsLockedOutAsync(user))
        {
            return SignInResult.LockedOut;
        }

        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        if (!result.Succeeded)
        {
            await UserManager.AccessFailedAsync(user);
            if (await UserManager.IsLockedOutAsync(user))
            {
                return SignInResult.LockedOut;
            }
        }

        return result;
    }
}

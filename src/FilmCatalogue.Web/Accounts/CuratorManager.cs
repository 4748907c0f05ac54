using FilmCatalogue.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FilmCatalogue.Web.Accounts;

/// <summary>
/// Identity's user manager for curators, with what the catalogue adds: creating an account with its roles in one
/// transaction (for the command line and the administrators' page alike), reloading an account as stored, and
/// failed-attempt counting that survives a concurrent write.
/// </summary>
public sealed class CuratorManager(
    CatalogueDbContext db,
    TimeProvider clock,
    IUserStore<Curator> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<Curator> passwordHasher,
    IEnumerable<IUserValidator<Curator>> userValidators,
    IEnumerable<IPasswordValidator<Curator>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<Curator>> logger)
    : UserManager<Curator>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    private const int ConcurrencyRetries = 3;

    /// <summary>
    /// Adds an account whose user name is its email, in the Curator role and, for an administrator, the Administrator
    /// role too. Nothing is added when the email is taken or the password is refused.
    /// </summary>
    public async Task<IdentityResult> CreateCuratorAsync(string email, string password, bool administrator, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var curator = new Curator
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            // Accounts are made by an administrator, who vouches for the address; nothing is mailed.
            EmailConfirmed = true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await CreateAsync(curator, password);
        if (result.Succeeded)
        {
            result = await AddToRolesAsync(curator, administrator ? [CatalogueRoles.Curator, CatalogueRoles.Administrator] : [CatalogueRoles.Curator]);
        }

        if (result.Succeeded)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>Replaces the account's values with those stored now: its lockout, its count, its stamps.</summary>
    public async Task ReloadAsync(Curator curator) => await db.Entry(curator).ReloadAsync(CancellationToken);

    /// <summary>
    /// Counts a failed attempt. A write refused because another process changed the account in between is retried
    /// on the account as stored, rather than dropped as Identity would (see <see cref="SignInAttemptLocks"/>).
    /// </summary>
    public override async Task<IdentityResult> AccessFailedAsync(Curator user)
    {
        var result = await base.AccessFailedAsync(user);
        for (var retry = 0; retry < ConcurrencyRetries && IsConcurrencyFailure(result); retry++)
        {
            await ReloadAsync(user);
            result = await base.AccessFailedAsync(user);
        }

        return result;
    }

    private bool IsConcurrencyFailure(IdentityResult result) =>
        !result.Succeeded && result.Errors.Any(e => e.Code == ErrorDescriber.ConcurrencyFailure().Code);
}

using FilmCatalogue.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Accounts;

/// <summary>
/// Identity's store of curators, keeping the secrets of their second factor (the authenticator key and the recovery
/// codes, rows of AspNetUserTokens) encrypted with ASP.NET Core Data Protection: the database file alone yields no
/// one's codes. A value written in plain text by an earlier version is still read, and is encrypted at the next start
/// (<see cref="ProtectStoredTokens"/>).
/// </summary>
/// <remarks>
/// Identity's own <c>Stores.ProtectPersonalData</c> would encrypt these too, but also every email and user name, with
/// a lookup protector that must encrypt deterministically to find an account by its email, which Data Protection does
/// not; and the administrators' list could no longer be sorted by email in the database. The secrets are what needs it.
/// </remarks>
public sealed class CuratorStore(CatalogueDbContext context, IDataProtectionProvider dataProtection, IdentityErrorDescriber? describer = null)
    : UserStore<Curator, IdentityRole, CatalogueDbContext>(context, describer)
{
    // Data Protection's payloads are base64url: never a colon. Nor are the plain keys (Base32) and codes (A-Z0-9, '-', ';').
    private const string ProtectedPrefix = "protected:";

    private readonly IDataProtector protector = dataProtection.CreateProtector("FilmCatalogue.Accounts.Tokens");

    public override Task SetTokenAsync(Curator user, string loginProvider, string name, string? value, CancellationToken cancellationToken) =>
        base.SetTokenAsync(user, loginProvider, name, value is null ? null : Protect(value), cancellationToken);

    public override async Task<string?> GetTokenAsync(Curator user, string loginProvider, string name, CancellationToken cancellationToken)
    {
        var stored = await base.GetTokenAsync(user, loginProvider, name, cancellationToken);
        return stored is not null && stored.StartsWith(ProtectedPrefix, StringComparison.Ordinal) ? protector.Unprotect(stored[ProtectedPrefix.Length..]) : stored;
    }

    /// <summary>Encrypts every token still stored in plain text; returns how many there were.</summary>
    public async Task<int> ProtectPlainTokensAsync(CancellationToken cancellationToken)
    {
        var plain = await Context.UserTokens.AsNoTracking()
            .Where(t => t.Value != null && !t.Value.StartsWith(ProtectedPrefix))
            .ToListAsync(cancellationToken);
        foreach (var token in plain)
        {
            // Only if unchanged since read: a token set meanwhile is already protected, and newer.
            await Context.UserTokens
                .Where(t => t.UserId == token.UserId && t.LoginProvider == token.LoginProvider && t.Name == token.Name && t.Value == token.Value)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.Value, Protect(token.Value!)), cancellationToken);
        }

        return plain.Count;
    }

    private string Protect(string value) => ProtectedPrefix + protector.Protect(value);
}

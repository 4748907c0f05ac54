namespace FilmCatalogue.Web.Accounts;

/// <summary>The accounts' settings under <c>Catalogue</c>.</summary>
public sealed class AccountOptions
{
    /// <summary>
    /// <c>Catalogue:RequireTwoFactor</c>: when true, a curator without an authenticator app is sent to set one up
    /// before any admin page opens. Off by default.
    /// </summary>
    public bool RequireTwoFactor { get; set; }
}

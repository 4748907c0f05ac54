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

/// <summary>
/// <c>Catalogue:RateLimits:SignIn</c>: how many sign-in form posts (password, authenticator code, recovery code)
/// one client address may send per window. Over that the answer is 429 with Retry-After.
/// </summary>
public sealed class SignInRateLimitOptions
{
    public const string Section = "Catalogue:RateLimits:SignIn";

    public int PermitLimit { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

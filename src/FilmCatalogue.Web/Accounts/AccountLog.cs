namespace FilmCatalogue.Web.Accounts;

/// <summary>
/// What the accounts write to the log. Accounts are named by email only: never a password, a code, a key or a token.
/// </summary>
internal static partial class AccountLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Sign-in of {Email} succeeded")]
    public static partial void SignedIn(this ILogger logger, string email);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Sign-in of {Email} failed")]
    public static partial void SignInFailed(this ILogger logger, string email);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Sign-in of {Email} refused: the account is locked out")]
    public static partial void LockedOut(this ILogger logger, string email);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Sign-in of {Email} needs a second factor")]
    public static partial void SecondFactorRequired(this ILogger logger, string email);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Sign-in of {Email} succeeded with a recovery code; {Remaining} left")]
    public static partial void SignedInWithRecoveryCode(this ILogger logger, string email, int remaining);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "{Email} signed out")]
    public static partial void SignedOut(this ILogger logger, string email);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "{Email} changed their password")]
    public static partial void PasswordChanged(this ILogger logger, string email);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information, Message = "{Email} turned two-factor sign-in {State}")]
    public static partial void TwoFactorChanged(this ILogger logger, string email, string state);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Information, Message = "{Email} made new recovery codes")]
    public static partial void RecoveryCodesRegenerated(this ILogger logger, string email);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "Sign-in attempts from {Client} are over the rate limit")]
    public static partial void SignInRateLimited(this ILogger logger, string client);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Information, Message = "{Administrator} {Action} {Email}")]
    public static partial void CuratorManaged(this ILogger logger, string administrator, string action, string email);
}

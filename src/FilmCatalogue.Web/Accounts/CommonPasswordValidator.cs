using System.Collections.Frozen;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace FilmCatalogue.Web.Accounts;

/// <summary>
/// Refuses passwords that are easy to guess whatever their length (NIST SP 800-63B, 5.1.1.2): one of the ten thousand
/// most common passwords, or one with only digits and symbols around such a word ("Password2024!"), the account's
/// email address or its local part, and runs of three characters or fewer ("abababababab").
/// Length is Identity's own rule (see <see cref="AccountsServiceExtensions"/>); there are no composition rules.
/// </summary>
public sealed class CommonPasswordValidator(IStringLocalizer<InterfaceText> text) : IPasswordValidator<Curator>
{
    private const string ResourceName = "FilmCatalogue.Web.Accounts.common-passwords.txt";

    private static readonly Lazy<FrozenSet<string>> CommonPasswords = new(LoadCommonPasswords);

    /// <summary>Printable ASCII that is not a letter: what people pad a word with to pass composition rules.</summary>
    private static readonly char[] Padding =
        [.. Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).Where(c => !char.IsAsciiLetter(c))];

    public static int CommonPasswordCount => CommonPasswords.Value.Count;

    public Task<IdentityResult> ValidateAsync(UserManager<Curator> manager, Curator user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            // Identity's own validator reports the length.
            return Task.FromResult(IdentityResult.Success);
        }

        var errors = new List<IdentityError>();
        var stem = password.Trim(Padding);
        if (IsCommon(password) || (stem.Length > 0 && IsCommon(stem)))
        {
            errors.Add(new IdentityError
            {
                Code = "CommonPassword",
                Description = text["This password is among the most common ones, which are tried first; choose another."],
            });
        }

        if (IsTheEmail(user.Email ?? user.UserName, password, stem))
        {
            errors.Add(new IdentityError { Code = "PasswordIsEmail", Description = text["The password must not be the email address."] });
        }

        if (password.Distinct().Take(4).Count() < 4)
        {
            errors.Add(new IdentityError { Code = "RepetitivePassword", Description = text["The password repeats too few characters; choose a less repetitive one."] });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    public static bool IsCommon(string password) => CommonPasswords.Value.Contains(password);

    private static bool IsTheEmail(string? email, string password, string stem)
    {
        if (string.IsNullOrEmpty(email))
        {
            return false;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        var localPart = at > 0 ? email[..at] : email;
        return password.Equals(email, StringComparison.OrdinalIgnoreCase)
            || password.Equals(localPart, StringComparison.OrdinalIgnoreCase)
            || stem.Equals(localPart, StringComparison.OrdinalIgnoreCase);
    }

    private static FrozenSet<string> LoadCommonPasswords()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var passwords = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }

        return passwords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}

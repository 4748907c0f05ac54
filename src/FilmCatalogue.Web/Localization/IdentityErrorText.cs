using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace FilmCatalogue.Web.Localization;

/// <summary>
/// Identity's messages that a curator can meet in a form (adding an account, changing a password), in the
/// interface's language; the keys are Identity's own English messages, the codes its own.
/// </summary>
public sealed class IdentityErrorText(IStringLocalizer<InterfaceText> text) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), text["An unknown failure has occurred."]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), text["Optimistic concurrency failure, object has been modified."]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), text["Incorrect password."]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), text["Username '{0}' is already taken.", userName]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), text["Email '{0}' is already taken.", email]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), text["Username '{0}' is invalid, can only contain letters or digits.", userName ?? ""]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), text["Email '{0}' is invalid.", email ?? ""]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), text["Passwords must be at least {0} characters.", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), text["Passwords must use at least {0} different characters.", uniqueChars]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}

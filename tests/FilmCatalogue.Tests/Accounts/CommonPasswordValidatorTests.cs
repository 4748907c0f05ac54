using FilmCatalogue.Tests.Localization;
using FilmCatalogue.Web.Accounts;
using FilmCatalogue.Web.Data;

namespace FilmCatalogue.Tests.Accounts;

public sealed class CommonPasswordValidatorTests
{
    private static readonly Curator Ann = new() { UserName = "ann.curator@example.org", Email = "ann.curator@example.org" };

    [Theory]
    [InlineData("qwertyuiop", "CommonPassword")]
    [InlineData("1234567890", "CommonPassword")]
    [InlineData("Password2024!", "CommonPassword")]
    [InlineData("BASKETBALL", "CommonPassword")]
    [InlineData("ann.curator@example.org", "PasswordIsEmail")]
    [InlineData("Ann.Curator", "PasswordIsEmail")]
    [InlineData("ann.curator1234", "PasswordIsEmail")]
    [InlineData("abababababab", "RepetitivePassword")]
    public async Task AGuessablePasswordIsRefused(string password, string code)
    {
        var result = await new CommonPasswordValidator(InterfaceTexts.Localizer).ValidateAsync(null!, Ann, password);

        Assert.Contains(result.Errors, e => e.Code == code);
    }

    [Theory]
    [InlineData("velvet tortoise umbrella")]
    [InlineData("correct-horse-battery")]
    [InlineData("lowercaseonlyisfine")]
    public async Task AnUncommonPasswordIsAcceptedWhateverItsComposition(string password)
    {
        var result = await new CommonPasswordValidator(InterfaceTexts.Localizer).ValidateAsync(null!, Ann, password);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}

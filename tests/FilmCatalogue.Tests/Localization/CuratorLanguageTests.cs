using System.Net;
using System.Text.RegularExpressions;
using FilmCatalogue.Tests.Accounts;
using FilmCatalogue.Tests.Admin;
using FilmCatalogue.Tests.Web;

namespace FilmCatalogue.Tests.Localization;

/// <summary>The sign-in pages and the curators' area speak the language chosen with the switch, their messages too.</summary>
public sealed partial class CuratorLanguageTests(AccountsFactory factory) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task TheSignInFormAndItsMessagesAreInTheChosenLanguage()
    {
        using var browser = new TestBrowser(factory);
        await ChooseAsync(browser, "fr");
        var page = await browser.GetPageAsync("/account/login");
        Assert.Equal("Adresse e-mail", page.QuerySelector("label[for='Email']")!.Text());
        Assert.Equal("Mot de passe", page.QuerySelector("label[for='Password']")!.Text());

        using var empty = await browser.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Email"] = "", ["Password"] = "" });
        var refused = await TestBrowser.ReadAsync(empty);
        using var wrong = await browser.SignInAsync(await factory.CreateCuratorAsync(), "not the password at all");
        var wrongPage = await TestBrowser.ReadAsync(wrong);

        Assert.Equal("Le champ « Adresse e-mail » est obligatoire.", refused.MessageFor("Email").Replace('\u00a0', ' '));
        Assert.Equal("L’adresse e-mail ou le mot de passe est faux.", wrongPage.QuerySelector(".form-errors")!.Text());
    }

    [Fact]
    public async Task AWeakPasswordIsRefusedInTheChosenLanguage()
    {
        var (browser, _) = await factory.SignedInAsync();
        using (browser)
        {
            await ChooseAsync(browser, "fr");
            var page = await browser.GetPageAsync("/account/password");

            using var tooShort = await browser.SubmitAsync(page, "main form", Passwords("court"));
            using var common = await browser.SubmitAsync(page, "main form", Passwords("password1234"));

            Assert.Equal("Le mot de passe doit compter au moins 10 caractères.", (await TestBrowser.ReadAsync(tooShort)).MessageFor("NewPassword"));
            Assert.StartsWith("Ce mot de passe fait partie des plus courants", (await TestBrowser.ReadAsync(common)).MessageFor("NewPassword"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ACuratorEditsInRussianWithRussianMessagesAndDates()
    {
        var (browser, _) = await factory.SignedInAsync();
        using (browser)
        {
            await ChooseAsync(browser, "ru");
            Assert.Equal("Администрирование каталога", (await browser.GetPageAsync("/admin")).QuerySelector("h1")!.Text());

            // A credit row with a role and no name is refused beside the row, in Russian.
            var editor = await browser.GetPageAsync("/admin/films/new");
            using var refused = await browser.SubmitAsync(editor, AdminSteps.FilmForm, new Dictionary<string, string>
            {
                ["Input.Title"] = "Ночной " + AdminSteps.UniqueWord(),
                ["Input.Credits[0].Role"] = "Directed by",
            });
            Assert.Equal("Напишите имя так, как оно указано в титрах фильма.", (await TestBrowser.ReadAsync(refused)).MessageFor("Input.Credits[0].Name"));

            var title = "Ночной " + AdminSteps.UniqueWord();
            var id = await browser.CreateFilmAsync(title);
            var saved = await browser.GetPageAsync($"/admin/films/{id}/edit");
            Assert.Equal($"Фильм «{title}» добавлен в каталог.", saved.QuerySelector(".status-message")!.Text());

            var history = await browser.GetPageAsync($"/admin/films/{id}/history");
            Assert.Matches(RussianDateTime(), history.QuerySelector(".revision time")!.Text());
            Assert.Contains("создана", history.QuerySelector(".revision h2")!.Text(), StringComparison.Ordinal);
        }
    }

    private static async Task ChooseAsync(TestBrowser browser, string language)
    {
        using var choice = await browser.GetAsync($"/language?lang={language}&returnUrl=%2F");
        Assert.Equal(HttpStatusCode.Redirect, choice.StatusCode);
    }

    private static Dictionary<string, string> Passwords(string password) => new()
    {
        ["CurrentPassword"] = AccountsFactory.Password,
        ["NewPassword"] = password,
        ["ConfirmPassword"] = password,
    };

    [GeneratedRegex(@"^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$")]
    private static partial Regex RussianDateTime();
}

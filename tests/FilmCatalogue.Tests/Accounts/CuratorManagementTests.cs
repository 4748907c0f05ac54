using System.Net;
using AngleSharp.Dom;
using FilmCatalogue.Tests.Web;
using FilmCatalogue.Web.Accounts;

namespace FilmCatalogue.Tests.Accounts;

public sealed class CuratorManagementTests(AccountsFactory factory) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task APlainCuratorIsRefusedTheCuratorsPageAndItsActions()
    {
        var other = await factory.CreateCuratorAsync();
        var otherId = await IdOfAsync(other);
        var (browser, _) = await factory.SignedInAsync();
        using (browser)
        {
            await browser.GetPageAsync("/admin/curators", HttpStatusCode.Forbidden);
            await browser.GetPageAsync("/admin/curators/add", HttpStatusCode.Forbidden);
            var dashboard = await browser.GetPageAsync("/admin");
            Assert.Null(dashboard.QuerySelector("a[href='/admin/curators']"));

            // A real token of this curator's, on a form of the admin: the refusal is the role's, not the token's.
            var token = dashboard.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
            using var lockOther = await browser.Client.PostAsync($"/admin/curators/{otherId}/lock", new FormUrlEncodedContent(
                new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.Equal(HttpStatusCode.Forbidden, lockOther.StatusCode);
            Assert.False(await factory.WithCuratorsAsync(async c => await c.IsLockedOutAsync((await c.FindByEmailAsync(other))!)));
        }
    }

    [Fact]
    public async Task AnAdministratorAddsACuratorWhoCanSignIn()
    {
        var (admin, _) = await factory.SignedInAsync(administrator: true);
        using (admin)
        {
            var email = $"{Guid.NewGuid():N}@example.org";
            var form = await admin.GetPageAsync("/admin/curators/add");
            using var added = await admin.SubmitAsync(form, "main form", new Dictionary<string, string>
            {
                ["Email"] = email,
                ["Password"] = "orchard lantern pebble",
                ["ConfirmPassword"] = "orchard lantern pebble",
            });
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

            var list = await admin.GetPageAsync("/admin/curators");
            Assert.Contains($"{email} can now sign in as a curator", list.QuerySelector(".status-message")!.Text(), StringComparison.Ordinal);
            Assert.Equal("Curator", Row(list, email).QuerySelectorAll("td")[0].Text());

            using var curator = new TestBrowser(factory);
            using var signIn = await curator.SignInAsync(email, "orchard lantern pebble");
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            await curator.GetPageAsync("/admin");
        }
    }

    [Fact]
    public async Task AddingACuratorRefusesACommonPasswordAndATakenEmail()
    {
        var existing = await factory.CreateCuratorAsync();
        var (admin, _) = await factory.SignedInAsync(administrator: true);
        using (admin)
        {
            var form = await admin.GetPageAsync("/admin/curators/add");
            using var weak = await admin.SubmitAsync(form, "main form", new Dictionary<string, string>
            {
                ["Email"] = "weak@example.org",
                ["Password"] = "qwertyuiop",
                ["ConfirmPassword"] = "qwertyuiop",
            });
            var weakPage = await TestBrowser.ReadAsync(weak);
            Assert.Contains("most common", weakPage.QuerySelector("[data-valmsg-for='Password']")!.Text(), StringComparison.Ordinal);

            using var taken = await admin.SubmitAsync(form, "main form", new Dictionary<string, string>
            {
                ["Email"] = existing,
                ["Password"] = "orchard lantern pebble",
                ["ConfirmPassword"] = "orchard lantern pebble",
            });
            var takenPage = await TestBrowser.ReadAsync(taken);
            Assert.Contains("already exists", takenPage.QuerySelector("[data-valmsg-for='Email']")!.Text(), StringComparison.Ordinal);
            Assert.Null(await factory.WithCuratorsAsync(c => c.FindByEmailAsync("weak@example.org")));
        }
    }

    [Fact]
    public async Task LockingACuratorEndsTheirSessionUntilUnlocked()
    {
        var (curator, email) = await factory.SignedInAsync();
        var (admin, _) = await factory.SignedInAsync(administrator: true);
        using (curator)
        using (admin)
        {
            var list = await admin.GetPageAsync("/admin/curators");
            using var locked = await admin.SubmitAsync(list, $"tr[data-email='{email}'] form[action$='/lock']");
            Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);

            using var refused = await curator.GetAsync("/admin");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            using var again = new TestBrowser(factory);
            using var lockedSignIn = await again.SignInAsync(email, AccountsFactory.Password);
            Assert.Equal(HttpStatusCode.OK, lockedSignIn.StatusCode);

            list = await admin.GetPageAsync("/admin/curators");
            Assert.Equal("Locked", Row(list, email).QuerySelectorAll("td")[2].Text());
            using var unlocked = await admin.SubmitAsync(list, $"tr[data-email='{email}'] form[action$='/unlock']");
            using var signIn = await again.SignInAsync(email, AccountsFactory.Password);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
    }

    [Fact]
    public async Task MakingAndUnmakingAnAdministratorTakesEffectOnTheirNextRequest()
    {
        var (curator, email) = await factory.SignedInAsync();
        var (admin, _) = await factory.SignedInAsync(administrator: true);
        using (curator)
        using (admin)
        {
            await curator.GetPageAsync("/admin/curators", HttpStatusCode.Forbidden);

            var list = await admin.GetPageAsync("/admin/curators");
            using var made = await admin.SubmitAsync(list, $"tr[data-email='{email}'] form[action$='/make-administrator']");
            await curator.GetPageAsync("/admin/curators");
            Assert.True(await factory.WithCuratorsAsync(async c => await c.IsInRoleAsync((await c.FindByEmailAsync(email))!, CatalogueRoles.Administrator)));

            list = await admin.GetPageAsync("/admin/curators");
            using var unmade = await admin.SubmitAsync(list, $"tr[data-email='{email}'] form[action$='/remove-administrator']");
            await curator.GetPageAsync("/admin/curators", HttpStatusCode.Forbidden);
            await curator.GetPageAsync("/admin");
        }
    }

    [Fact]
    public async Task RemovingACuratorDeletesTheAccountAndEndsTheirSession()
    {
        var (curator, email) = await factory.SignedInAsync();
        var (admin, _) = await factory.SignedInAsync(administrator: true);
        using (curator)
        using (admin)
        {
            var list = await admin.GetPageAsync("/admin/curators");
            using var removed = await admin.SubmitAsync(list, $"tr[data-email='{email}'] form[action$='/remove']");

            Assert.Null(await factory.WithCuratorsAsync(c => c.FindByEmailAsync(email)));
            using var refused = await curator.GetAsync("/admin");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        }
    }

    [Fact]
    public async Task AnAdministratorCannotLockDemoteOrRemoveTheirOwnAccount()
    {
        var (admin, email) = await factory.SignedInAsync(administrator: true);
        using (admin)
        {
            var list = await admin.GetPageAsync("/admin/curators");
            Assert.Empty(Row(list, email).QuerySelectorAll("form"));
            var token = list.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
            var id = await IdOfAsync(email);

            using var remove = await admin.Client.PostAsync($"/admin/curators/{id}/remove", new FormUrlEncodedContent(
                new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

            Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
            Assert.NotNull(await factory.WithCuratorsAsync(c => c.FindByEmailAsync(email)));
            var after = await admin.GetPageAsync("/admin/curators");
            Assert.Contains("You cannot remove your own account", after.QuerySelector(".status-message")!.Text(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheCuratorsFormsRefuseAPostWithoutTheirToken()
    {
        var other = await factory.CreateCuratorAsync();
        var (admin, _) = await factory.SignedInAsync(administrator: true);
        using (admin)
        {
            using var response = await admin.Client.PostAsync($"/admin/curators/{await IdOfAsync(other)}/remove", new FormUrlEncodedContent([]));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.NotNull(await factory.WithCuratorsAsync(c => c.FindByEmailAsync(other)));
        }
    }

    private static IElement Row(IDocument page, string email) => page.QuerySelector($"tr[data-email='{email}']")!;

    private Task<string> IdOfAsync(string email) => factory.WithCuratorsAsync(async c => (await c.FindByEmailAsync(email))!.Id);
}

using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Tests.Accounts;

/// <summary><c>add-curator</c> run as an administrator would run it, in a process of its own, passwords piped in.</summary>
public sealed class AddCuratorCommandTests : IDisposable
{
    private const string Password = "harbour juniper sextant";
    private readonly string directory;
    private readonly TestDatabase database;

    public AddCuratorCommandTests()
    {
        directory = Directory.CreateTempSubdirectory("filmcatalogue-accounts-cli-").FullName;
        database = TestDatabase.Create(directory);
    }

    public void Dispose()
    {
        database.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task AddingACuratorReadsThePasswordTwiceFromAPipe()
    {
        var result = await RunAsync($"{Password}\n{Password}\n", "add-curator", "ann@example.org");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("added ann@example.org with the role(s) Curator", result.Output.Trim());
        Assert.Equal(["Curator"], await RolesOfAsync("ann@example.org"));
        Assert.DoesNotContain(Password, result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddingAnAdministratorGivesBothRoles()
    {
        var result = await RunAsync($"{Password}\n{Password}\n", "add-curator", "boss@example.org", "--admin");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Curator, Administrator", result.Output, StringComparison.Ordinal);
        Assert.Equal(["Administrator", "Curator"], await RolesOfAsync("boss@example.org"));
    }

    [Fact]
    public async Task PasswordsThatDifferAddNothing()
    {
        var result = await RunAsync($"{Password}\n{Password}x\n", "add-curator", "ann@example.org");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the two passwords differ", result.Error, StringComparison.Ordinal);
        Assert.Null(await RolesOfAsync("ann@example.org"));
    }

    [Fact]
    public async Task AWeakPasswordIsRefusedWithTheValidatorsReasons()
    {
        var shortOne = await RunAsync("short\nshort\n", "add-curator", "ann@example.org");
        var common = await RunAsync("password1234\npassword1234\n", "add-curator", "ann@example.org");

        Assert.Equal(1, shortOne.ExitCode);
        Assert.Contains("at least 10 characters", shortOne.Error, StringComparison.Ordinal);
        Assert.Equal(1, common.ExitCode);
        Assert.Contains("among the most common", common.Error, StringComparison.Ordinal);
        Assert.Null(await RolesOfAsync("ann@example.org"));
    }

    [Fact]
    public async Task AnEmailThatExistsIsRefused()
    {
        await RunAsync($"{Password}\n{Password}\n", "add-curator", "ann@example.org");

        var again = await RunAsync($"other passphrase\nother passphrase\n", "add-curator", "ANN@example.org", "--admin");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
        Assert.Equal(["Curator"], await RolesOfAsync("ann@example.org"));
    }

    [Fact]
    public async Task AMissingPasswordOrEmailIsAClearError()
    {
        var noInput = await RunAsync("", "add-curator", "ann@example.org");
        var noEmail = await RunAsync("", "add-curator");

        Assert.Equal(1, noInput.ExitCode);
        Assert.Contains("give the password twice", noInput.Error, StringComparison.Ordinal);
        Assert.Equal(2, noEmail.ExitCode);
        Assert.Contains("add-curator EMAIL [--admin]", noEmail.Error, StringComparison.Ordinal);
    }

    private async Task<List<string>?> RolesOfAsync(string email)
    {
        await using var db = database.CreateContext();
        var normalized = email.ToUpperInvariant();
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized);
        if (user is null)
        {
            return null;
        }

        return await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .OrderBy(n => n)
            .ToListAsync();
    }

    private Task<(int ExitCode, string Output, string Error)> RunAsync(string input, params string[] args) =>
        AppProcess.RunAsync(directory, database, args, input);
}

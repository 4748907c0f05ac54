using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FilmCatalogue.Tests.Web;
using FilmCatalogue.Web.Accounts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Tests.Accounts;

/// <summary>What someone who copies the database file, or the keys beside it, can read there.</summary>
public sealed class SecretsAtRestTests(AccountsFactory factory) : IClassFixture<AccountsFactory>
{
    // Base32, as an authenticator app holds it.
    private const string PlainKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static readonly string[] PlainCodes = ["A1B2C-3D4E5", "F6G7H-8J9K0"];

    [SqliteFact("reads the SQLite file behind the app's back")]
    public async Task TheDatabaseHoldsNoAuthenticatorKeyOrRecoveryCodeAndTheirSignInStillWorks()
    {
        var (browser, email) = await factory.SignedInAsync();
        (string Key, IReadOnlyList<string> RecoveryCodes) secrets;
        using (browser)
        {
            secrets = await browser.EnableTwoFactorAsync();
        }

        var stored = await StoredTokensAsync(email);

        Assert.Equal(["AuthenticatorKey", "RecoveryCodes"], stored.Keys.Order(StringComparer.Ordinal));
        Assert.All(stored.Values, value =>
        {
            Assert.DoesNotContain(secrets.Key, value, StringComparison.OrdinalIgnoreCase);
            Assert.All(secrets.RecoveryCodes, code => Assert.DoesNotContain(code, value, StringComparison.OrdinalIgnoreCase));
        });
        using var withCode = new TestBrowser(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await withCode.SignInWithAuthenticatorAsync(email, secrets.Key)).StatusCode);
        await withCode.GetPageAsync("/admin");
        using var withRecoveryCode = new TestBrowser(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await withRecoveryCode.SignInWithRecoveryCodeAsync(email, secrets.RecoveryCodes[0])).StatusCode);
    }

    [SqliteFact("writes the SQLite file behind the app's back")]
    public async Task SecretsStoredInPlainTextByAnEarlierVersionKeepWorkingAndAreEncryptedAtTheNextStart()
    {
        var email = await factory.CreateCuratorAsync();
        await StorePlainSecretsAsync(email);

        using (var before = new TestBrowser(factory))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await before.SignInWithAuthenticatorAsync(email, PlainKey)).StatusCode);
        }

        using var restarted = factory.WithWebHostBuilder(_ => { });
        var stored = await StoredTokensAsync(email, restarted);

        Assert.All(stored.Values, value => Assert.DoesNotContain(PlainKey, value, StringComparison.Ordinal));
        Assert.DoesNotContain(PlainCodes[0], stored["RecoveryCodes"], StringComparison.Ordinal);
        using var withCode = new TestBrowser(restarted);
        Assert.Equal(HttpStatusCode.Redirect, (await withCode.SignInWithAuthenticatorAsync(email, PlainKey)).StatusCode);
        using var withRecoveryCode = new TestBrowser(restarted);
        Assert.Equal(HttpStatusCode.Redirect, (await withRecoveryCode.SignInWithRecoveryCodeAsync(email, PlainCodes[1])).StatusCode);
        using var again = new TestBrowser(restarted);
        Assert.Equal(HttpStatusCode.OK, (await again.SignInWithRecoveryCodeAsync(email, PlainCodes[1])).StatusCode);
    }

    [SkippableFact]
    public void TheKeysFolderIsOpenToTheServiceAccountAlone()
    {
        Skip.If(TestDatabase.IsPostgreSql, "SQLite only: on PostgreSQL the keys live in the database, not in a folder");
        if (OperatingSystem.IsWindows())
        {
            throw new SkipException("Unix permissions; on Windows the folder takes its parent's access rules");
        }

        _ = factory.Services;

        var keys = Path.Combine(Path.GetDirectoryName(factory.DatabasePath)!, "keys");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
    }

    [SqliteFact("on PostgreSQL the keys live in the database, not in a folder")]
    public async Task WithACertificateTheKeysAreStoredEncryptedAndUselessWithoutIt()
    {
        using var certificates = new CertificateFile();
        using var catalogue = new AccountsFactory();
        using var withCertificate = catalogue.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Catalogue:DataProtection:CertificatePath", certificates.Path);
            builder.UseSetting("Catalogue:DataProtection:CertificatePassword", CertificateFile.Password);
        });
        var email = await AccountsFactory.CreateAccountAsync(withCertificate, CatalogueRoles.Curator);
        using var browser = new TestBrowser(withCertificate);
        (await browser.SignInAsync(email, AccountsFactory.Password)).Dispose();

        var keyFiles = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(catalogue.DatabasePath)!, "keys"), "*.xml");
        Assert.NotEmpty(keyFiles);
        Assert.All(keyFiles, file =>
        {
            var xml = File.ReadAllText(file);
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        });

        // The same certificate after a restart reads the keys: the curator is still signed in. Without it, not.
        using var restarted = withCertificate.WithWebHostBuilder(_ => { });
        using var keptSignedIn = await new TestBrowser(restarted, browser.Cookies).GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, keptSignedIn.StatusCode);
        using var withoutCertificate = catalogue.WithWebHostBuilder(_ => { });
        using var sentToSignIn = await new TestBrowser(withoutCertificate, browser.Cookies).GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, sentToSignIn.StatusCode);
    }

    /// <summary>The account's rows of AspNetUserTokens by name, read from the database file as anyone with a copy would.</summary>
    private async Task<Dictionary<string, string>> StoredTokensAsync(string email, Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>? host = null)
    {
        var id = await AccountsFactory.WithCuratorsAsync(host ?? factory, async c => (await c.FindByEmailAsync(email))!.Id);
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Name, Value FROM AspNetUserTokens WHERE UserId = $id";
        command.Parameters.AddWithValue("$id", id);
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tokens[reader.GetString(0)] = reader.GetString(1);
        }

        return tokens;
    }

    /// <summary>Two-factor sign-in as an earlier version stored it: key and recovery codes in plain text.</summary>
    private async Task StorePlainSecretsAsync(string email)
    {
        var id = await factory.WithCuratorsAsync(async c => (await c.FindByEmailAsync(email))!.Id);
        await factory.WithDatabaseAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO AspNetUserTokens (UserId, LoginProvider, Name, Value) VALUES
                ({id}, '[AspNetUserStore]', 'AuthenticatorKey', {PlainKey}),
                ({id}, '[AspNetUserStore]', 'RecoveryCodes', {string.Join(';', PlainCodes)});
            UPDATE AspNetUsers SET TwoFactorEnabled = 1 WHERE Id = {id};
            """));
    }

    /// <summary>A self-signed certificate with its private key in a PKCS#12 file, as an operator would provide one.</summary>
    private sealed class CertificateFile : IDisposable
    {
        public const string Password = "certificate password";

        public CertificateFile()
        {
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=FilmCatalogue data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            File.WriteAllBytes(Path, certificate.Export(X509ContentType.Pfx, Password));
        }

        public string Path { get; } = System.IO.Path.GetTempFileName();

        public void Dispose() => File.Delete(Path);
    }
}

using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace FilmCatalogue.Web.Security;

/// <summary>
/// The data-protection keys at rest: they sign the cookies and antiforgery tokens and encrypt the curators'
/// two-factor secrets, so whoever reads them can sign in as anyone. With <c>Catalogue:DataProtection:CertificatePath</c>
/// (a PKCS#12 file; its password in <c>Catalogue:DataProtection:CertificatePassword</c>, from the environment) every key
/// is encrypted with the certificate before it is stored. Without one, on Linux, the keys folder is the service
/// account's alone (0700).
/// </summary>
public static class KeysAtRest
{
    public static IServiceCollection AddCatalogueKeyEncryption(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration["Catalogue:DataProtection:CertificatePath"] is not { Length: > 0 } path)
        {
            return services;
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["Catalogue:DataProtection:CertificatePassword"]);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"{path} holds no private key: the data-protection keys could be encrypted with it but never read back");
        }

        // Read back with the same certificate, found in the file rather than in a certificate store.
        services.AddDataProtection().ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        return services;
    }

    /// <summary>The keys folder, created or narrowed so that only the account the catalogue runs as may open it.</summary>
    public static DirectoryInfo PrivateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.CreateDirectory(path);
        }

        const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        var folder = Directory.CreateDirectory(path, OwnerOnly);
        File.SetUnixFileMode(path, OwnerOnly);
        return folder;
    }
}

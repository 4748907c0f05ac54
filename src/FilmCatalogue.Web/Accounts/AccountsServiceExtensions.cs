using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Localization;
using FilmCatalogue.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace FilmCatalogue.Web.Accounts;

public static class AccountsServiceExtensions
{
    /// <summary>
    /// Curators' accounts: ASP.NET Core Identity on the catalogue's database, its cookies, the admin area's policy and
    /// the sign-in rate limit, the two-factor secrets and the signing keys kept encrypted. Settings:
    /// <c>Catalogue:RequireTwoFactor</c>, <c>Catalogue:RateLimits:SignIn</c>, <c>Catalogue:DataProtection</c>.
    /// </summary>
    public static IServiceCollection AddCatalogueAccounts(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<AccountOptions>(configuration.GetSection("Catalogue"));

        services.AddIdentity<Curator, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;

                // Length and a list of common passwords (CommonPasswordValidator), no composition rules: NIST SP 800-63B.
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;

                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<CatalogueDbContext>()
            .AddUserStore<CuratorStore>()
            .AddUserManager<CuratorManager>()
            .AddSignInManager<CuratorSignInManager>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<IdentityErrorText>()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.AddSingleton<SignInAttemptLocks>();
        services.AddHostedService<ProtectStoredTokens>();

        // Every request checks the cookie's security stamp against the account: a cookie from before a sign-out, a
        // password change, a lock or a removal is refused at once. One indexed read per signed-in request.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        // Plain http only where `dotnet run` serves it: everywhere else a cookie never travels unencrypted.
        var securePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.ConfigureApplicationCookie(options =>
        {
            Harden(options.Cookie, securePolicy);
            options.Cookie.Name = "FilmCatalogue.Curator";
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;

            // A signed-in account without the right role gets 403 where it asked, with the access-denied page
            // (rendered by the status-code pages), rather than a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.ExternalScheme })
        {
            services.Configure<CookieAuthenticationOptions>(scheme, options => Harden(options.Cookie, securePolicy));
        }

        services.AddAntiforgery(options => Harden(options.Cookie, securePolicy));
        services.Configure<CookieTempDataProviderOptions>(options => Harden(options.Cookie, securePolicy));

        services.AddAuthorizationBuilder()
            .AddPolicy(CatalogueRoles.CuratorPolicy, policy => policy.RequireRole(CatalogueRoles.Curator, CatalogueRoles.Administrator));

        services.AddCatalogueRateLimits(configuration);
        AddSharedKeys(services, CatalogueDatabase.From(configuration, environment.ContentRootPath));
        services.AddCatalogueKeyEncryption(configuration);
        return services;
    }

    /// <summary>The accounts' part of the pipeline, after routing: rate limits, then who the caller is and what they may do.</summary>
    public static WebApplication UseCatalogueAccounts(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private static void Harden(CookieBuilder cookie, CookieSecurePolicy securePolicy)
    {
        cookie.HttpOnly = true;
        cookie.SecurePolicy = securePolicy;
        cookie.SameSite = SameSiteMode.Strict;
    }

    /// <summary>
    /// The keys that sign the cookies and antiforgery tokens are kept with the catalogue, so that a restart or a new
    /// container keeps everyone signed in and the tokens valid. On SQLite, the app is one instance on one machine:
    /// the keys live in a keys/ folder beside the database file (an in-memory database keeps them in memory), out of
    /// the database and so out of its backups. On PostgreSQL, several instances may serve the catalogue from several
    /// machines: the keys live in the database (the DataProtectionKeys table), so that a cookie or form one instance
    /// issued is accepted by every other. The application name is fixed for the same reason: it isolates the keys'
    /// purposes by app, and must not differ with the folder an instance runs from.
    /// </summary>
    private static void AddSharedKeys(IServiceCollection services, CatalogueDatabase database)
    {
        var dataProtection = services.AddDataProtection().SetApplicationName("FilmCatalogue");
        if (database.IsPostgreSql)
        {
            dataProtection.PersistKeysToDbContext<PostgreSqlCatalogueDbContext>();
        }
        else if (database.SqliteFolder is { } folder)
        {
            dataProtection.PersistKeysToFileSystem(KeysAtRest.PrivateFolder(Path.Combine(folder, "keys")));
        }
    }
}

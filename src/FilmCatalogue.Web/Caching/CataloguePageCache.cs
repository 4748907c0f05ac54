using System.Globalization;
using FilmCatalogue.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace FilmCatalogue.Web.Caching;

/// <summary>
/// Output caching of the public pages: one named policy per kind of page (never a base policy that caches
/// everything), each entry tagged by what it shows, so that an edit or an import evicts exactly the pages it changes
/// (see <see cref="CatalogueCacheInvalidation"/>). <c>Catalogue:OutputCache</c> (default true) turns it off, for
/// measuring pages cold. On SQLite the pages are kept in the instance's memory; on PostgreSQL, which several
/// instances may share, in the database (<see cref="DatabaseOutputCacheStore"/>), so that an edit through one
/// instance evicts the pages of every instance.
/// </summary>
public static class CataloguePageCache
{
    public const string Film = "film";
    public const string Person = "person";

    /// <summary>A person's films in one role (<c>/people/{slug}/{role}</c>): the person's page, paged by <c>after</c>.</summary>
    public const string PersonRole = "person-role";
    public const string Festival = "festival";
    public const string Organisation = "organisation";

    /// <summary>An organisation's films in one role (<c>/organisations/{slug}/{role}</c>), as <see cref="PersonRole"/>.</summary>
    public const string OrganisationRole = "organisation-role";
    public const string FilmIndex = "films-index";
    public const string PersonIndex = "people-index";
    public const string FestivalIndex = "festivals-index";
    public const string OrganisationIndex = "organisations-index";
    public const string Home = "home";
    public const string Search = "search";

    /// <summary>The tags of every page that lists or counts films: an added or changed film may show on any of them.</summary>
    public static readonly IReadOnlyList<string> ListTags = [FilmIndex, PersonIndex, FestivalIndex, OrganisationIndex, Home, Search];

    // Eviction is exact, so an entry may live long; the store's size limit bounds its size.
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(6);

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue("Catalogue:OutputCache", true);

    /// <summary>
    /// The bytes of pages an instance keeps in memory (<c>Catalogue:OutputCacheMegabytes</c>, default 32): the pages
    /// visitors come back to fit many times over, and a crawler walking 100,000 films cannot push the process past
    /// its memory budget (docs/performance.md).
    /// </summary>
    public static long SizeLimit(IConfiguration configuration) =>
        configuration.GetValue("Catalogue:OutputCacheMegabytes", 32L) * 1024 * 1024;

    public static IServiceCollection AddCataloguePageCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CatalogueCacheInvalidation>();
        services.AddScoped<CatalogueFacets>();
        if (!IsEnabled(configuration))
        {
            return services;
        }

        if (CatalogueDatabase.ProviderOf(configuration) == CatalogueProvider.PostgreSql)
        {
            services.AddSingleton<IOutputCacheStore, DatabaseOutputCacheStore>();
        }

        services.AddOutputCache(options =>
        {
            options.SizeLimit = SizeLimit(configuration);
            // Detail pages are tagged with their entity's id by the action that finds it (TagCachedPage).
            foreach (var policy in new[] { Film, Person, Festival, Organisation })
            {
                options.AddPolicy(policy, new PublicPagePolicy(tag: null, varyByQuery: null));
            }

            // Tagged and evicted as the person's or organisation's page is; each page of it is a copy of its own.
            foreach (var policy in new[] { PersonRole, OrganisationRole })
            {
                options.AddPolicy(policy, new PublicPagePolicy(tag: null, varyByQuery: "after"));
            }

            // Lists vary by their query (letter, year, page, q) and carry the tag every import evicts.
            foreach (var policy in ListTags)
            {
                options.AddPolicy(policy, new PublicPagePolicy(tag: policy, varyByQuery: "*"));
            }
        });
        return services;
    }

    public static WebApplication UseCataloguePageCache(this WebApplication app)
    {
        if (IsEnabled(app.Configuration))
        {
            app.UseOutputCache();
        }

        return app;
    }

    /// <summary>Tags the page being served (when it is being cached) with what it shows, e.g. <c>film:42</c>.</summary>
    public static void TagCachedPage(this HttpContext context, string tag) =>
        context.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(tag);

    public static string FilmTag(int id) => $"film:{id}";

    public static string PersonTag(int id) => $"person:{id}";

    public static string FestivalTag(int id) => $"festival:{id}";

    public static string OrganisationTag(int id) => $"organisation:{id}";

    /// <summary>
    /// Caches a public page for visitors only: never a signed-in curator's request (their pages carry edit links) nor
    /// a response that is not a plain 200 or that sets a cookie.
    /// </summary>
    /// <param name="varyByQuery">The query parameters that make another copy of the page ("*" for all), or null.</param>
    private sealed class PublicPagePolicy(string? tag, string? varyByQuery) : IOutputCachePolicy
    {
        async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
        {
            var request = context.HttpContext.Request;
            var attempt = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && !await IsSignedInAsync(context.HttpContext);
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = attempt;
            context.AllowCacheStorage = attempt;
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = Lifetime;
            // One copy per interface language and formats, however they were chosen (address, cookie or Accept-Language).
            context.CacheVaryByRules.VaryByValues["culture"] = $"{CultureInfo.CurrentCulture.Name}|{CultureInfo.CurrentUICulture.Name}";
            if (varyByQuery is not null)
            {
                context.CacheVaryByRules.QueryKeys = varyByQuery;
            }

            if (tag is not null)
            {
                context.Tags.Add(tag);
            }
        }

        ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }

        // Whatever the order of the middleware, a request that carries a curator's sign-in is never served from or
        // stored in the cache: when authentication has not run yet, the default scheme is asked here.
        private static async Task<bool> IsSignedInAsync(HttpContext context)
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                return true;
            }

            if (context.RequestServices.GetService<IAuthenticationSchemeProvider>() is { } schemes
                && await schemes.GetDefaultAuthenticateSchemeAsync() is not null)
            {
                return (await context.AuthenticateAsync()).Succeeded;
            }

            return false;
        }
    }
}

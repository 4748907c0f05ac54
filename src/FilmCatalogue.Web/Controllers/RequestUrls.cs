using Microsoft.Extensions.Options;

namespace FilmCatalogue.Web.Controllers;

/// <summary>
/// The one place absolute URLs are made: canonical links, Open Graph, JSON-LD, feeds, sitemaps, robots.txt.
/// </summary>
internal static class RequestUrls
{
    /// <summary>
    /// The absolute URL of a site path ("/films/x"): under <c>Catalogue:SiteUrl</c> when it is set, whatever Host the
    /// request named; otherwise on the scheme and host the request came to.
    /// </summary>
    public static string AbsoluteUrl(this HttpRequest request, string path) =>
        request.HttpContext.RequestServices.GetRequiredService<IOptions<SiteUrlOptions>>().Value.Origin is { } origin
            ? origin + path
            : $"{request.Scheme}://{request.Host}{request.PathBase}{path}";

    public static IServiceCollection AddCatalogueSiteUrl(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiteUrlOptions>()
            .Bind(configuration.GetSection("Catalogue"))
            .Validate(
                options => options.SiteUrl is not { } url
                    || (url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) && url.Query.Length == 0 && url.Fragment.Length == 0),
                "Catalogue:SiteUrl must be an absolute http or https URL without query or fragment, such as https://films.example.org")
            .ValidateOnStart();
        return services;
    }
}

/// <summary>
/// <c>Catalogue:SiteUrl</c>, the address the catalogue is published at ("https://films.example.org", or with a base
/// path). Set in production, so that a forged Host header never reaches a page, a feed or a shared cache.
/// </summary>
public sealed class SiteUrlOptions
{
    public Uri? SiteUrl { get; set; }

    /// <summary>The site's URL without its trailing slash, to which paths are appended; null when not set.</summary>
    public string? Origin => SiteUrl?.GetLeftPart(UriPartial.Path).TrimEnd('/');
}

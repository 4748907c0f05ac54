using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace FilmCatalogue.Web.Security;

/// <summary>
/// Behind a reverse proxy that terminates TLS: the visitor's scheme and address come from X-Forwarded-Proto and
/// X-Forwarded-For, believed only from the proxies named under <c>Catalogue:ForwardedHeaders</c> (<c>KnownProxies</c>:
/// addresses; <c>KnownNetworks</c>: ranges such as 10.0.0.0/8). Off while none is named, and then the headers, which
/// anybody can send, are ignored. With it, HTTPS redirection, Secure cookies and HSTS see the request as the visitor
/// made it, and the rate limits count each visitor rather than the proxy.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddCatalogueForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        // Parsed now, so that a mistyped address stops the start rather than the first request.
        var (proxies, networks) = TrustedProxies(configuration);
        if (proxies.Count + networks.Count == 0)
        {
            return services;
        }

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the proxies named: not even the loopback ones ASP.NET Core trusts by default.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }

    /// <summary>First in the pipeline: everything after it sees the visitor's scheme and address.</summary>
    public static WebApplication UseCatalogueForwardedHeaders(this WebApplication app)
    {
        var (proxies, networks) = TrustedProxies(app.Configuration);
        if (proxies.Count + networks.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    private static (List<IPAddress> Proxies, List<IPNetwork> Networks) TrustedProxies(IConfiguration configuration) =>
        ([.. configuration.GetSection("Catalogue:ForwardedHeaders:KnownProxies").Get<string[]>()?.Select(IPAddress.Parse) ?? []],
         [.. configuration.GetSection("Catalogue:ForwardedHeaders:KnownNetworks").Get<string[]>()?.Select(n => IPNetwork.Parse(n)) ?? []]);
}

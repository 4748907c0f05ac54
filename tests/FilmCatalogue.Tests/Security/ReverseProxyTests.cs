using System.Net;
using FilmCatalogue.Tests.Accounts;
using FilmCatalogue.Tests.Web;
using FilmCatalogue.Web.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FilmCatalogue.Tests.Security;

/// <summary>
/// The catalogue in production behind a proxy that terminates TLS: visitors speak https to the proxy, the proxy
/// speaks plain http to the catalogue and says so in X-Forwarded-Proto and X-Forwarded-For.
/// </summary>
public sealed class ReverseProxyTests(AccountsFactory factory) : IClassFixture<AccountsFactory>
{
    private const string Proxy = "192.0.2.1";
    private const string OtherMachine = "192.0.2.99";
    private static readonly Uri Site = new("https://catalogue.example/");

    [Fact]
    public async Task BehindTheNamedProxyAVisitorSignsInOverHttpsWithSecureCookies()
    {
        using var catalogue = Behind(connectionsFrom: Proxy);
        var email = await AccountsFactory.CreateAccountAsync(catalogue, CatalogueRoles.Curator);
        using var browser = new TestBrowser(catalogue, site: Site, proxy: new TlsTerminatingProxy("203.0.113.7"));

        using var login = await browser.GetAsync("/account/login");
        using var signIn = await browser.SignInAsync(email, AccountsFactory.Password);
        using var admin = await browser.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("secure", Assert.Single(login.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
        Assert.True(login.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/admin", signIn.Headers.Location!.OriginalString);
        Assert.True(browser.SignInCookie!.Secure);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task BehindTheNamedProxyTheRateLimitCountsEachVisitor()
    {
        using var catalogue = Behind(connectionsFrom: Proxy);
        using var first = new TestBrowser(catalogue, site: Site, proxy: new TlsTerminatingProxy("203.0.113.7"));
        using var second = new TestBrowser(catalogue, site: Site, proxy: new TlsTerminatingProxy("203.0.113.8"));

        var firstVisitor = await SearchesAsync(first, 3);
        var secondVisitor = await SearchesAsync(second, 1);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], firstVisitor);
        Assert.Equal([HttpStatusCode.OK], secondVisitor);
    }

    [Fact]
    public async Task FromAMachineNotNamedTheForwardedSchemeIsIgnoredAndTheVisitorSentToHttps()
    {
        using var catalogue = Behind(connectionsFrom: OtherMachine);
        using var browser = new TestBrowser(catalogue, site: Site, proxy: new TlsTerminatingProxy("203.0.113.7"));

        using var login = await browser.GetAsync("/account/login");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, login.StatusCode);
        Assert.Equal("https://catalogue.example/account/login", login.Headers.Location!.ToString());
    }

    [Fact]
    public async Task FromAMachineNotNamedEveryVisitorSharesThatMachinesLimit()
    {
        // No HTTPS port known, so that plain http is served rather than redirected, and searches reach the limit.
        using var catalogue = Behind(connectionsFrom: OtherMachine, httpsPort: null);
        using var first = new TestBrowser(catalogue, site: Site, proxy: new TlsTerminatingProxy("203.0.113.7"));
        using var second = new TestBrowser(catalogue, site: Site, proxy: new TlsTerminatingProxy("203.0.113.8"));

        var firstVisitor = await SearchesAsync(first, 2);
        var secondVisitor = await SearchesAsync(second, 1);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], firstVisitor);
        Assert.Equal([HttpStatusCode.TooManyRequests], secondVisitor);
    }

    [Fact]
    public void AMistypedProxyAddressStopsTheStart()
    {
        using var misconfigured = factory.WithWebHostBuilder(builder => builder.UseSetting("Catalogue:ForwardedHeaders:KnownProxies:0", "192.0.2.300"));

        Assert.Throws<FormatException>(() => misconfigured.Services);
    }

    /// <summary>The catalogue in production, every connection to it coming from <paramref name="connectionsFrom"/>.</summary>
    private WebApplicationFactory<Program> Behind(string connectionsFrom, string? httpsPort = "443") => factory.WithWebHostBuilder(builder =>
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("https_port", httpsPort);
        builder.UseSetting("Catalogue:ForwardedHeaders:KnownProxies:0", Proxy);
        builder.UseSetting("Catalogue:RateLimits:Search:PermitLimit", "2");
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new ConnectionsFrom(IPAddress.Parse(connectionsFrom))));
    });

    private static async Task<List<HttpStatusCode>> SearchesAsync(TestBrowser browser, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            // A search never asked before: one the output cache holds would be answered before the limit counts it.
            using var response = await browser.GetAsync($"/search?q=siege-{Guid.NewGuid():N}");
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    /// <summary>The test server has no sockets: this gives each request the address a connection would have.</summary>
    private sealed class ConnectionsFrom(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>A proxy that ends the visitor's TLS and passes the request on in plain http, saying who asked and how.</summary>
    private sealed class TlsTerminatingProxy(string visitor) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var asked = request.RequestUri!;
            request.Headers.Add("X-Forwarded-For", visitor);
            request.Headers.Add("X-Forwarded-Proto", asked.Scheme);
            request.RequestUri = new UriBuilder(asked) { Scheme = Uri.UriSchemeHttp, Port = 80 }.Uri;
            var response = await base.SendAsync(request, cancellationToken);
            request.RequestUri = asked;
            return response;
        }
    }
}

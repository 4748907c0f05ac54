using System.Net;
using FilmCatalogue.Tests.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FilmCatalogue.Tests.Security;

public sealed class SecurityHeadersTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/films/the-siege-2005")]
    [InlineData("/no-such-page")]
    [InlineData("/css/site.css")]
    [InlineData("/health")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheErrorPageCarriesTheSecurityHeadersToo()
    {
        using var response = await factory.CreateClient().GetAsync("/error");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task OutsideDevelopmentPlainHttpIsRedirectedAndHttpsIsRememberedForAYear()
    {
        using var production = factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("https_port", "443");
        });
        var http = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://catalogue.example") });
        var https = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://catalogue.example") });

        using var redirect = await http.GetAsync("/films");
        using var page = await https.GetAsync("/films");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        Assert.Equal("https://catalogue.example/films", redirect.Headers.Location!.ToString());
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(page.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task HealthSaysTheCatalogueIsLiveAndReady()
    {
        var client = factory.CreateClient();

        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
    }
}

using FilmCatalogue.Tests.Web;
using FilmCatalogue.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FilmCatalogue.Tests.Accounts;

/// <summary>Guards for the pages still to come: whatever is added to the Admin area is behind its policy.</summary>
public sealed class AdminAreaPolicyTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    [Fact]
    public void EveryAdminEndpointRequiresTheCuratorPolicy()
    {
        var admin = Endpoints().Where(e => e.Action.RouteValues.TryGetValue("area", out var area) && area == "Admin").ToList();

        Assert.NotEmpty(admin);
        Assert.All(admin, e =>
        {
            Assert.Contains(e.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == CatalogueRoles.CuratorPolicy);
            Assert.Empty(e.Metadata.GetOrderedMetadata<IAllowAnonymous>());
        });
    }

    [Fact]
    public void EveryAdminRouteStartsWithAdmin()
    {
        var admin = Endpoints().Where(e => e.Action.RouteValues.TryGetValue("area", out var area) && area == "Admin");

        Assert.All(admin, e => Assert.StartsWith("admin", e.Route, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryPostIsCheckedForItsAntiforgeryToken()
    {
        var options = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MvcOptions>>().Value;

        Assert.Contains(options.Filters, f => f is AutoValidateAntiforgeryTokenAttribute);
        Assert.DoesNotContain(Endpoints(), e => e.Metadata.GetMetadata<IgnoreAntiforgeryTokenAttribute>() is not null);
    }

    private IEnumerable<(RouteEndpoint Endpoint, ControllerActionDescriptor Action, EndpointMetadataCollection Metadata, string Route)> Endpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (e, e.Metadata.GetMetadata<ControllerActionDescriptor>(), e.Metadata))
            .Where(e => e.Item2 is not null)
            .Select(e => (e.e, e.Item2!, e.Metadata, e.e.RoutePattern.RawText ?? ""));
}

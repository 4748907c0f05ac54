using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FilmCatalogue.Tests.Web;

public sealed class ErrorPageTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    [Fact]
    public async Task AFailingPageGivesAFriendlyErrorWithoutAStackTrace()
    {
        using var failing = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<MvcOptions>(options => options.Filters.Add(new FailingFilter()))));
        var client = failing.CreateClient();

        using var response = await client.GetAsync("/films");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.DoesNotContain(FailingFilter.Message, html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownAddressIsANotFoundPageInTheSiteLayout()
    {
        var page = await factory.CreateClient().GetPageAsync("/no/such/page", HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
        Assert.NotNull(page.QuerySelector("nav[aria-label='Main']"));
    }

    private sealed class FailingFilter : IActionFilter
    {
        public const string Message = "secret detail of a failure";

        public void OnActionExecuting(ActionExecutingContext context)
        {
            if (context.Controller is not FilmCatalogue.Web.Controllers.ErrorController)
            {
                throw new InvalidOperationException(Message);
            }
        }

        public void OnActionExecuted(ActionExecutedContext context)
        {
        }
    }
}

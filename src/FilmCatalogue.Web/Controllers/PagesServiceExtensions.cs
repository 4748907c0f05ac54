using FilmCatalogue.Web.Benchmarking;
using FilmCatalogue.Web.Caching;
using FilmCatalogue.Web.Rendering;
using Serilog;

namespace FilmCatalogue.Web.Controllers;

public static class PagesServiceExtensions
{
    public static IServiceCollection AddCataloguePages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCataloguePageCache(configuration);
        services.AddControllersWithViews();
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddSingleton<MarkdownRenderer>();
        return services;
    }

    /// <summary>
    /// The public site's pipeline. Errors always end on the friendly error page (also in Development: visitors and
    /// tests must never see a stack trace; the log line has it), and every error status gets a real page.
    /// </summary>
    public static WebApplication UseCataloguePages(this WebApplication app)
    {
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSerilogRequestLogging();
        app.UseStaticFiles();
        app.UseBenchmarkReferences();
        app.UseRouting();
        app.UseCataloguePageCache();
        return app;
    }
}

using FilmCatalogue.Web.Benchmarking;
using FilmCatalogue.Web.Caching;
using FilmCatalogue.Web.Images;
using FilmCatalogue.Web.Localization;
using FilmCatalogue.Web.Logging;
using FilmCatalogue.Web.Rendering;
using Microsoft.AspNetCore.Mvc;

namespace FilmCatalogue.Web.Controllers;

public static class PagesServiceExtensions
{
    public static IServiceCollection AddCataloguePages(this IServiceCollection services, IConfiguration configuration)
    {
        // Every unsafe request (POST and the like) must carry the antiforgery token of a form the site rendered.
        services.AddControllersWithViews(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()))
            .AddCatalogueLocalization();
        services.AddCataloguePageCache(configuration);
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddSingleton<MarkdownRenderer>();
        services.AddOptions<SitemapOptions>().BindConfiguration("Sitemap");
        return services;
    }

    /// <summary>
    /// The public site's pipeline. Errors always end on the friendly error page (also in Development: visitors and
    /// tests must never see a stack trace; the log line has it), and every error status gets a real page. Public
    /// pages carry validators and are answered 304 when unchanged (Caching/); authentication, added after this,
    /// runs inside the conditional-GET middleware, which must see the signed-in user to keep their pages private.
    /// </summary>
    public static WebApplication UseCataloguePages(this WebApplication app)
    {
        // First: an error page is re-executed under its own path, without the query that may have chosen the language,
        // and it must speak the language of the page that failed. Before the page cache too, which keeps a page per language.
        app.UseCatalogueLocalization();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseCatalogueRequestLogging();
        app.UseCatalogueStaticFiles();
        app.UseCatalogueImages();
        app.UseBenchmarkReferences();
        app.UseHeadAsGet();
        app.UseRouting();
        app.UseHeadRestored();
        // The page cache keeps a page with the ETag it was given when rendered, and answers a conditional request for
        // it (304) itself: a page served from the cache is neither buffered nor hashed again.
        app.UseCataloguePageCache();
        app.UseConditionalGets();
        return app;
    }
}

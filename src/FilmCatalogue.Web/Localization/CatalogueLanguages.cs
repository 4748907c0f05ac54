using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;
using Microsoft.Net.Http.Headers;

namespace FilmCatalogue.Web.Localization;

/// <summary>
/// The interface in English (the default), French and Russian. A request's language is, in this order: the
/// <c>lang</c> query parameter (so that each language version of a page has an address of its own, for hreflang),
/// the visitor's remembered choice (the <c>FilmCatalogue.Language</c> cookie the header's switch sets), then
/// Accept-Language. Only the interface changes: the records' own text (titles, names, synopses, bibliography) is
/// shown as written, and machine-readable outputs (JSON-LD, feeds, sitemaps, citations, downloads) are the same
/// bytes in every language.
/// </summary>
public static class CatalogueLanguages
{
    /// <summary>The query parameter that fixes a page's language: <c>?lang=fr</c>.</summary>
    public const string QueryParameter = "lang";

    /// <summary>The cookie that remembers the visitor's choice, in ASP.NET Core's <c>c=fr|uic=fr</c> form.</summary>
    public const string CookieName = "FilmCatalogue.Language";

    /// <summary>The interface's languages, each named in itself as the switch offers it; the first is the default.</summary>
    public static readonly IReadOnlyList<InterfaceLanguage> All =
    [
        // The catalogue writes British English; its dates are British too.
        new("en", "English", "en-GB"),
        new("fr", "Français", "fr"),
        new("ru", "Русский", "ru"),
    ];

    public static InterfaceLanguage Default => All[0];

    /// <summary>The language of the response being written.</summary>
    public static InterfaceLanguage Current => Find(CultureInfo.CurrentUICulture.Name) ?? Default;

    public static InterfaceLanguage? Find(string? code) =>
        All.FirstOrDefault(language => string.Equals(language.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Request localization with the three providers in their order, view and data-annotation localization from
    /// <see cref="InterfaceText"/>, and validation messages that have a translation.
    /// </summary>
    public static IMvcBuilder AddCatalogueLocalization(this IMvcBuilder mvc)
    {
        var services = mvc.Services;
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = Default.RequestCulture;
            options.SupportedCultures = [.. All.Select(language => language.Culture)];
            options.SupportedUICultures = [.. All.Select(language => language.UICulture)];
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = QueryParameter, UIQueryStringKey = QueryParameter },
                new CookieRequestCultureProvider { CookieName = CookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        // French and Russian pages are mostly letters outside ASCII: they are written as UTF-8, not as &#x…; references.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        mvc.AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(InterfaceText)));
        services.AddOptions<MvcOptions>().Configure<IStringLocalizer<InterfaceText>>(FormText.AddTo);
        return mvc;
    }

    /// <summary>
    /// Before the page cache, which keeps one copy of a page per language. HTML responses say their language
    /// (Content-Language) and, when it was negotiated rather than fixed by the address, that it depends on the
    /// Accept-Language and Cookie headers (Vary), so that no shared cache hands a French page to an English reader.
    /// </summary>
    public static WebApplication UseCatalogueLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                DescribeLanguage(context);
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    /// <summary>Whether the response's language came from the request's headers rather than from its address.</summary>
    public static bool IsNegotiated(HttpContext context) =>
        context.Features.Get<IRequestCultureFeature>()?.Provider is not QueryStringRequestCultureProvider;

    private static void DescribeLanguage(HttpContext context)
    {
        var response = context.Response;
        var html = response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
        // The page cache answers a conditional request for a page it keeps with a bare 304, which must still say what
        // the page varies by.
        var cachedPageNotModified = response.StatusCode == StatusCodes.Status304NotModified && response.ContentType is null;
        if (!html && !cachedPageNotModified)
        {
            return;
        }

        if (html)
        {
            response.Headers.ContentLanguage = Current.Code;
        }

        if (IsNegotiated(context))
        {
            response.Headers.Append(HeaderNames.Vary, $"{HeaderNames.AcceptLanguage}, {HeaderNames.Cookie}");
        }
    }
}

/// <param name="Code">The language's tag, as in <c>?lang=</c>, <c>lang=""</c> and <c>hreflang=""</c>: the interface's words.</param>
/// <param name="Name">The language's name in itself: "Français".</param>
/// <param name="Formats">The culture whose dates and numbers the language writes.</param>
public sealed record InterfaceLanguage(string Code, string Name, string Formats)
{
    public CultureInfo UICulture => CultureInfo.GetCultureInfo(Code);

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Formats);

    public RequestCulture RequestCulture => new(Culture, UICulture);
}

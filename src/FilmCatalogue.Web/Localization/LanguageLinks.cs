using Microsoft.AspNetCore.Diagnostics;

namespace FilmCatalogue.Web.Localization;

/// <summary>
/// The addresses of a page in each language: its own address with <c>?lang=</c> for hreflang, and the header
/// switch's link that remembers a choice and comes back to the page.
/// </summary>
public static class LanguageLinks
{
    /// <summary>The switch's address: it remembers the choice, then sends the visitor back to the page they came from.</summary>
    public const string SwitchPath = "/language";

    /// <summary>
    /// The page the visitor asked for, as a site path and query without the language parameter: what the page is
    /// whatever its language, so that a page cached in one language links exactly as it does in another. An error
    /// page stands for the address that failed.
    /// </summary>
    public static string CurrentPage(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is { } status)
        {
            return status.OriginalPath + WithoutLanguage(status.OriginalQueryString);
        }

        if (context.Features.Get<IExceptionHandlerPathFeature>() is { } failure)
        {
            return failure.Path;
        }

        return context.Request.Path + WithoutLanguage(context.Request.QueryString.Value);
    }

    /// <summary>A query string ("?letter=S&amp;lang=fr") without the language parameter, the rest as it was written.</summary>
    public static string WithoutLanguage(string? query)
    {
        if (string.IsNullOrEmpty(query) || query == "?")
        {
            return "";
        }

        var kept = query.TrimStart('?').Split('&').Where(part => !IsLanguageParameter(part)).ToList();
        return kept.Count == 0 ? "" : "?" + string.Join('&', kept);
    }

    /// <summary>The address of <paramref name="url"/> in <paramref name="language"/>.</summary>
    public static string In(string url, InterfaceLanguage language)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(language);
        return $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{CatalogueLanguages.QueryParameter}={language.Code}";
    }

    public static string Switch(InterfaceLanguage language, string returnUrl)
    {
        ArgumentNullException.ThrowIfNull(language);
        return $"{SwitchPath}?{CatalogueLanguages.QueryParameter}={language.Code}&returnUrl={Uri.EscapeDataString(returnUrl)}";
    }

    private static bool IsLanguageParameter(string part)
    {
        var name = part.Split('=', 2)[0];
        return string.Equals(Uri.UnescapeDataString(name.Replace('+', ' ')), CatalogueLanguages.QueryParameter, StringComparison.OrdinalIgnoreCase);
    }
}

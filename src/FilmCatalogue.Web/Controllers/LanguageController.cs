using FilmCatalogue.Web.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace FilmCatalogue.Web.Controllers;

/// <summary>
/// The header's language switch: remembers the visitor's choice for a year and sends them back to the page they
/// were reading. The switch is a set of plain links rather than a form: public pages are served from the page
/// cache to every visitor alike, so they cannot carry a visitor's antiforgery token, and a choice of language
/// is nothing an attacker gains by forging. The return address must be on this site.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class LanguageController(IWebHostEnvironment environment) : Controller
{
    private static readonly TimeSpan Remembered = TimeSpan.FromDays(365);

    [HttpGet(LanguageLinks.SwitchPath)]
    public IActionResult Choose([FromQuery(Name = CatalogueLanguages.QueryParameter)] string? code, string? returnUrl)
    {
        if (CatalogueLanguages.Find(code) is not { } language || (!string.IsNullOrEmpty(returnUrl) && !Url.IsLocalUrl(returnUrl)))
        {
            return BadRequest();
        }

        var cookie = new CookieBuilder
        {
            Name = CatalogueLanguages.CookieName,
            SameSite = SameSiteMode.Lax,
            // Like the accounts' cookies: plain http only where `dotnet run` serves it.
            SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always,
            HttpOnly = true,
            IsEssential = true,
            MaxAge = Remembered,
        };
        Response.Cookies.Append(cookie.Name, CookieRequestCultureProvider.MakeCookieValue(language.RequestCulture), cookie.Build(HttpContext));
        return LocalRedirect(string.IsNullOrEmpty(returnUrl) ? "/" : returnUrl);
    }
}

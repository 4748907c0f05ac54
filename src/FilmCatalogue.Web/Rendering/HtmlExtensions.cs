using System.Globalization;
using System.Security.Claims;
using FilmCatalogue.Web.Accounts;
using FilmCatalogue.Web.Models;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace FilmCatalogue.Web.Rendering;

public static class Markup
{
    /// <summary>Text in another language than the page's, marked with lang="" so that screen readers and fonts follow it.</summary>
    public static IHtmlContent Foreign(ForeignText? text)
    {
        if (text is null)
        {
            return HtmlString.Empty;
        }

        if (text.Language is null)
        {
            return new HtmlContentBuilder().Append(text.Text);
        }

        var span = new TagBuilder("span");
        span.Attributes["lang"] = text.Language;
        span.InnerHtml.Append(text.Text);
        return span;
    }

    /// <summary>A curator reading a public page can go straight to its editor at <paramref name="href"/>; visitors see nothing.</summary>
    public static IHtmlContent EditLink(ClaimsPrincipal user, IStringLocalizer text, string href)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(text);
        if (!(user.IsInRole(CatalogueRoles.Curator) || user.IsInRole(CatalogueRoles.Administrator)))
        {
            return HtmlString.Empty;
        }

        var link = new TagBuilder("a");
        link.Attributes["href"] = href;
        link.InnerHtml.Append(text["Edit"]);
        var paragraph = new TagBuilder("p");
        paragraph.AddCssClass("edit-link");
        paragraph.InnerHtml.AppendHtml(link);
        return paragraph;
    }

    /// <summary>"52 min", "2 h 7 min", in the interface's language.</summary>
    public static string Minutes(IStringLocalizer text, int minutes)
    {
        ArgumentNullException.ThrowIfNull(text);
        return minutes >= 60 ? text["{0} h {1} min", minutes / 60, minutes % 60] : text["{0} min", minutes];
    }

    /// <summary>A count as the interface's language writes numbers: "12,345", "12 345".</summary>
    public static string Count(int count) => count.ToString("N0", CultureInfo.CurrentCulture);
}

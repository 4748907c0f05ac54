using System.Globalization;
using FilmCatalogue.Web.Models;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

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

    /// <summary>"52 min", "2 h 7 min".</summary>
    public static string Minutes(int minutes) =>
        minutes >= 60
            ? string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} h {minutes % 60} min")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes} min");
}

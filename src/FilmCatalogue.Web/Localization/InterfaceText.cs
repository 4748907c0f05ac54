using System.Globalization;
using FilmCatalogue.Web.Records;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace FilmCatalogue.Web.Localization;

/// <summary>
/// The interface's words: InterfaceText.resx in English (also what any other language falls back to),
/// InterfaceText.fr.resx and InterfaceText.ru.resx. A key is the English text itself, placeholders and all
/// ("Results for “{0}”"), so that a view reads as the page does; the three files hold the same keys.
/// </summary>
public sealed class InterfaceText;

public static class InterfaceTextExtensions
{
    /// <summary>
    /// A count with its noun in the visitor's language. <paramref name="forms"/> is the key: the English forms for
    /// one and for more, split by "|" ("{0} film|{0} films"); each language's value holds its own forms in the order
    /// of its plural rule (Russian has three: "{0} фильм|{0} фильма|{0} фильмов"). {0} is the count, written as the
    /// language groups digits; <paramref name="arguments"/> fill {1} and on.
    /// </summary>
    public static string Plural(this IStringLocalizer text, int count, string forms, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(text);
        var culture = CultureInfo.CurrentUICulture;
        var values = text[forms].Value.Split('|');
        var form = values[Math.Min(PluralForm(culture, count), values.Length - 1)];
        return string.Format(culture, form, [count.ToString("N0", culture), .. arguments]);
    }

    /// <summary>Which of a language's plural forms a count takes (CLDR's rules for whole numbers).</summary>
    public static int PluralForm(CultureInfo culture, int count)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName switch
        {
            "ru" => (count % 10, count % 100) switch
            {
                (1, not 11) => 0,
                (>= 2 and <= 4, not (>= 12 and <= 14)) => 1,
                _ => 2,
            },
            "fr" => count is 0 or 1 ? 0 : 1,
            _ => count == 1 ? 0 : 1,
        };
    }

    /// <summary>
    /// A credit's role as the interface says it. The record format's own labels ("Directed by", "Cast") are the
    /// catalogue's vocabulary rather than a record's prose, and are said in the visitor's language; any other label
    /// is shown as the record wrote it.
    /// </summary>
    public static string Role(this IStringLocalizer text, string role)
    {
        ArgumentNullException.ThrowIfNull(text);
        return RecordSyntax.KnownRole(role) is { } known ? text[known] : role;
    }

    /// <summary>A film's colour as the interface says it: the format's colour terms translated, anything else as written.</summary>
    public static string Colour(this IStringLocalizer text, string colour)
    {
        ArgumentNullException.ThrowIfNull(text);
        return RecordSyntax.ColourTerm(colour) is { } term ? text[term] : colour;
    }

    /// <summary>
    /// Text whose translation carries markup (a link inside a sentence): the resource's HTML is written as it is,
    /// the arguments are encoded.
    /// </summary>
    public static IHtmlContent Markup(this IStringLocalizer text, string key, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(arguments);
        var html = text[key].Value;
        return arguments.Length == 0 ? new HtmlString(html) : new HtmlFormattableString(CultureInfo.CurrentCulture, html, arguments);
    }
}

using System.Globalization;
using System.Security;
using System.Text;
using FilmCatalogue.Web.Models;
using FilmCatalogue.Web.Localization;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace FilmCatalogue.Web.Rendering;

/// <summary>
/// Small charts drawn on the server as inline SVG: no script, styled by site.css, scaled to their column through
/// their viewBox. Each is an image with a short text alternative; the lists beside them give the same data in full.
/// </summary>
public static class TimelineSvg
{
    // The widths in user units are about the charts' widths in CSS pixels (site.css), so their text reads at its size.
    private const int Width = 640;
    private const int WorkWidth = 480;
    private const int Padding = 28;
    private const int MarkStep = 14;
    private const int LabelGap = 34;

    /// <summary>
    /// A film's festival circuit: years along a horizontal axis, one mark per selection stacked above its year,
    /// years with an award banded and their marks at the awarding festival filled in the accent colour.
    /// Nothing when no selection or award has a year.
    /// </summary>
    public static IHtmlContent FestivalCircuit(IStringLocalizer text, IReadOnlyList<SelectionYear> selections, IEnumerable<int> awardYears)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(selections);
        var marks = selections.Where(s => s.Year is not null).ToDictionary(s => s.Year!.Value, s => s.Festivals);
        var awarded = awardYears.Concat(marks.Where(m => m.Value.Any(f => f.Awarded)).Select(m => m.Key)).ToHashSet();
        var years = marks.Keys.Concat(awarded).ToList();
        if (years.Count == 0)
        {
            return HtmlString.Empty;
        }

        var (first, last) = (years.Min(), years.Max());
        var stack = Math.Max(1, marks.Values.Max(f => (int?)f.Count) ?? 1);
        var axisY = 10 + stack * MarkStep + 4;
        var height = axisY + 24;
        var count = marks.Values.Sum(f => f.Count);
        var summary = new List<string>
        {
            text["Festival circuit, {0}: {1} {2}", Span(text, first, last), text.Plural(count, "{0} selection|{0} selections"), text.Plural(marks.Count, "in {0} year|in {0} years")],
        };
        if (awarded.Count > 0)
        {
            summary.Add(text.Plural(awarded.Count, "award in {1}|awards in {1}", string.Join(", ", awarded.Order())));
        }

        var label = $"{string.Join("; ", summary)}. {text["The list below names each festival."]}";

        var svg = Open("timeline-chart", Width, height, label);
        Line(svg, "axis", Padding, axisY, Width - Padding, axisY);
        var step = (Width - 2.0 * Padding) / Math.Max(1, last - first);
        double X(int year) => first == last ? Width / 2.0 : Padding + (year - first) * step;
        var tickEvery = step >= 6 ? 1 : 5;
        for (var year = first; year <= last; year++)
        {
            if (year % tickEvery == 0 || year == first || year == last)
            {
                Line(svg, "tick", X(year), axisY, X(year), axisY + 4);
            }
        }

        var labelled = LabelledYears(years.Distinct().Order().ToList(), X);
        foreach (var year in years.Distinct().Order())
        {
            var isAwarded = awarded.Contains(year);
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"year{(isAwarded ? " awarded" : "")}\" data-year=\"{year}\">");
            if (isAwarded)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"award-band\" x=\"{N(X(year) - 9)}\" y=\"2\" width=\"18\" height=\"{axisY - 2}\" rx=\"3\"><title>").Append(Escape(text["{0}: award", year])).Append("</title></rect>");
            }

            var festivals = marks.GetValueOrDefault(year) ?? [];
            for (var i = 0; i < festivals.Count; i++)
            {
                var festival = festivals[i];
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"mark{(festival.Awarded ? " award" : "")}\" cx=\"{N(X(year))}\" cy=\"{axisY - 9 - i * MarkStep}\" r=\"5\">")
                    .Append("<title>").Append(Escape(festival.Awarded ? text["{0}, {1} (award)", festival.Name, year] : $"{festival.Name}, {year}")).Append("</title></circle>");
            }

            if (labelled.Contains(year))
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(X(year))}\" y=\"{axisY + 17}\" text-anchor=\"middle\">{year}</text>");
            }

            svg.Append("</g>");
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }

    /// <summary>
    /// The years of a person's work: a bar per year from their first film to their last, as tall as the number of
    /// their films that year. Nothing when none of their films has a year.
    /// </summary>
    /// <param name="years">The year of each film (a film once), whether or not its page lists it.</param>
    public static IHtmlContent FilmsPerYear(IStringLocalizer text, IEnumerable<int> years)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(years);
        var perYear = years.GroupBy(y => y).ToDictionary(g => g.Key, g => g.Count());
        if (perYear.Count == 0)
        {
            return HtmlString.Empty;
        }

        const int height = 64;
        const int barTop = 6;
        const int axisY = 44;
        var (first, last) = (perYear.Keys.Min(), perYear.Keys.Max());
        var most = perYear.Values.Max();
        var label = text["Films per year, {0}: {1}.", Span(text, first, last), perYear.Count <= 8
            ? string.Join(", ", perYear.OrderBy(p => p.Key).Select(p => text["{0} in {1}", p.Value, p.Key]))
            : text["{0} {1}, most in {2} ({3})", text.Plural(perYear.Values.Sum(), "{0} film|{0} films"), text.Plural(perYear.Count, "in {0} year|in {0} years"), perYear.Where(p => p.Value == most).Min(p => p.Key), most]];

        var svg = Open("work-chart", WorkWidth, height, label);
        var slot = (WorkWidth - 2.0 * Padding) / (last - first + 1);
        var barWidth = Math.Max(2, Math.Min(28, slot * 0.7));
        double Centre(int year) => Padding + (year - first + 0.5) * slot;
        Line(svg, "axis", Padding, axisY, WorkWidth - Padding, axisY);
        foreach (var (year, count) in perYear.OrderBy(p => p.Key))
        {
            var barHeight = (axisY - barTop) * count / (double)most;
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" data-year=\"{year}\" data-count=\"{count}\" x=\"{N(Centre(year) - barWidth / 2)}\" y=\"{N(axisY - barHeight)}\" width=\"{N(barWidth)}\" height=\"{N(barHeight)}\">")
                .Append("<title>").Append(Escape(text["{0}: {1}", year, text.Plural(count, "{0} film|{0} films")])).Append("</title></rect>");
        }

        foreach (var year in LabelledYears(perYear.Keys.Order().ToList(), Centre))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(Centre(year))}\" y=\"{axisY + 15}\" text-anchor=\"middle\">{year}</text>");
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }

    private static StringBuilder Open(string cssClass, int width, int height, string label) =>
        new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"{cssClass}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Escape(label)}\">")
            .Append("<title>").Append(Escape(label)).Append("</title>");

    private static void Line(StringBuilder svg, string cssClass, double x1, double y1, double x2, double y2) =>
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"{cssClass}\" x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\"/>");

    /// <summary>The years to write under the axis, left to right, none too close to the last written; the last year always.</summary>
    private static HashSet<int> LabelledYears(IReadOnlyList<int> years, Func<int, double> x)
    {
        var labelled = new List<int>();
        foreach (var year in years)
        {
            if (labelled.Count > 0 && x(year) - x(labelled[^1]) < LabelGap)
            {
                if (year != years[^1])
                {
                    continue;
                }

                labelled.RemoveAt(labelled.Count - 1);
            }

            labelled.Add(year);
        }

        return [.. labelled];
    }

    private static string Span(IStringLocalizer text, int first, int last) =>
        first == last ? first.ToString(CultureInfo.InvariantCulture) : text["{0} to {1}", first, last];

    private static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);

    private static string Escape(string text) => SecurityElement.Escape(text);
}

using System.Xml.Linq;
using FilmCatalogue.Tests.Localization;
using FilmCatalogue.Web.Models;
using FilmCatalogue.Web.Rendering;

namespace FilmCatalogue.Tests.Rendering;

public sealed class TimelineSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public TimelineSvgTests() => InterfaceTexts.Speak("en");

    [Fact]
    public void TheCircuitHasAMarkPerSelectionAboveItsYearAndBandsAwardYears()
    {
        var svg = Parse(TimelineSvg.FestivalCircuit(
            InterfaceTexts.Localizer,
            [
                Year(2012, ("Trieste", false)),
                Year(2010, ("IDFA", false), ("Toulouse", false), ("Paris", false)),
                Year(2005, ("Guild award", true)),
                new SelectionYear(null, [new SelectionView("Undated", "/festivals/undated", null, false)]),
            ],
            [2005]));

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("Festival circuit, 2005 to 2012: 5 selections in 3 years; award in 2005. The list below names each festival.", (string?)svg.Attribute("aria-label"));
        var years = svg.Elements(Svg + "g").ToDictionary(g => (int)g.Attribute("data-year")!);
        Assert.Equal([2005, 2010, 2012], years.Keys.Order());
        Assert.Equal(3, years[2010].Elements(Svg + "circle").Count());
        Assert.Equal("awarded", ((string?)years[2005].Attribute("class"))!.Split(' ')[1]);
        Assert.NotNull(years[2005].Element(Svg + "rect"));
        Assert.Null(years[2010].Element(Svg + "rect"));
        Assert.Equal("mark award", (string?)years[2005].Element(Svg + "circle")!.Attribute("class"));
        Assert.Equal("Guild award, 2005 (award)", years[2005].Element(Svg + "circle")!.Element(Svg + "title")!.Value);
        Assert.Equal(["2005", "2010", "2012"], svg.Descendants(Svg + "text").Select(t => t.Value));
    }

    [Fact]
    public void AYearWithAnAwardButNoSelectionIsStillOnTheAxis()
    {
        var svg = Parse(TimelineSvg.FestivalCircuit(InterfaceTexts.Localizer, [Year(2010, ("IDFA", false))], [2008]));

        var years = svg.Elements(Svg + "g").ToDictionary(g => (int)g.Attribute("data-year")!);
        Assert.Equal([2008, 2010], years.Keys.Order());
        Assert.Empty(years[2008].Elements(Svg + "circle"));
        Assert.NotNull(years[2008].Element(Svg + "rect"));
    }

    [Fact]
    public void FestivalNamesAreEscaped()
    {
        var html = Render(TimelineSvg.FestivalCircuit(InterfaceTexts.Localizer, [Year(2001, ("<script>alert(1)</script> & \"quotes\"", false))], []));

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Equal("<script>alert(1)</script> & \"quotes\", 2001", XElement.Parse(html).Descendants(Svg + "circle").Single().Element(Svg + "title")!.Value);
    }

    [Fact]
    public void CloseYearsAreNotAllLabelledButTheFirstAndLastAre()
    {
        var svg = Parse(TimelineSvg.FestivalCircuit(InterfaceTexts.Localizer, [.. Enumerable.Range(1950, 71).Select(y => Year(y, ("F", false)))], []));

        var labels = svg.Descendants(Svg + "text").Select(t => int.Parse(t.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(1950, labels[0]);
        Assert.Equal(2020, labels[^1]);
        Assert.True(labels.Count < 30);
    }

    [Fact]
    public void NoDatedSelectionDrawsNothing()
    {
        Assert.Equal("", Render(TimelineSvg.FestivalCircuit(InterfaceTexts.Localizer, [new SelectionYear(null, [new SelectionView("F", "/f", null, false)])], [])));
        Assert.Equal("", Render(TimelineSvg.FilmsPerYear(InterfaceTexts.Localizer, [])));
    }

    [Fact]
    public void AWorkChartHasABarPerYearAsTallAsItsFilms()
    {
        var svg = Parse(TimelineSvg.FilmsPerYear(InterfaceTexts.Localizer, [2005, 2015, 2015, 2010]));

        var bars = svg.Elements(Svg + "rect").ToDictionary(r => (int)r.Attribute("data-year")!, r => r);
        Assert.Equal([2005, 2010, 2015], bars.Keys.Order());
        Assert.Equal(2, (int)bars[2015].Attribute("data-count")!);
        Assert.Equal(2 * (double)bars[2005].Attribute("height")!, (double)bars[2015].Attribute("height")!, 1);
        Assert.Equal("2015: 2 films", bars[2015].Element(Svg + "title")!.Value);
        Assert.Equal("Films per year, 2005 to 2015: 1 in 2005, 1 in 2010, 2 in 2015.", (string?)svg.Attribute("aria-label"));
    }

    private static SelectionYear Year(int year, params (string Name, bool Awarded)[] festivals) =>
        new(year, [.. festivals.Select(f => new SelectionView(f.Name, "/festivals/x", null, f.Awarded))]);

    private static string Render(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    /// <summary>Parsing as XML also proves the markup well-formed.</summary>
    private static XElement Parse(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        var svg = XElement.Parse(Render(content));
        Assert.Equal(Svg + "svg", svg.Name);
        Assert.NotNull(svg.Attribute("viewBox"));
        Assert.NotNull(svg.Element(Svg + "title"));
        return svg;
    }
}

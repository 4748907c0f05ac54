using FilmCatalogue.Tests.Web;

namespace FilmCatalogue.Tests.OpenData;

public sealed class ChartPageTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task AFilmPageDrawsItsFestivalCircuitYearByYearWithItsAwardYear()
    {
        var page = await client.GetPageAsync("/films/the-siege-2005");

        var chart = page.QuerySelector("#festivals ~ svg.timeline-chart")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.StartsWith("Festival circuit, 2005 to 2023: 22 selections in 9 years; award in 2005.", chart.GetAttribute("aria-label"), StringComparison.Ordinal);
        var years = chart.QuerySelectorAll("g.year").ToDictionary(g => g.GetAttribute("data-year")!);
        var listed = page.QuerySelectorAll(".timeline > li").ToDictionary(li => li.QuerySelector(".year")!.Text(), li => li.QuerySelectorAll("li").Length);
        Assert.Equal(listed.Keys.Order(StringComparer.Ordinal), years.Keys.Order(StringComparer.Ordinal));
        Assert.All(listed, year => Assert.Equal(year.Value, years[year.Key].QuerySelectorAll("circle.mark").Length));
        Assert.Equal(["2005"], years.Where(y => y.Value.ClassList.Contains("awarded")).Select(y => y.Key));
        Assert.Single(chart.QuerySelectorAll("circle.award"));
    }

    [Fact]
    public async Task APersonPageDrawsTheYearsOfTheirWork()
    {
        var page = await client.GetPageAsync("/people/sergei-loznitsa");

        var chart = page.QuerySelector("svg.work-chart")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Equal("Films per year, 2005 to 2015: 1 in 2005, 1 in 2015.", chart.GetAttribute("aria-label"));
        Assert.Equal(["2005", "2015"], chart.QuerySelectorAll("rect.bar").Select(r => r.GetAttribute("data-year")));
    }
}

using System.Net;

namespace FilmCatalogue.Tests.Web;

public sealed class PersonAndFestivalPageTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task OnePersonUnderTwoLatinSpellingsHasOnePageWithBothSpellings()
    {
        // The Event is imported first: its spelling names the page.
        var page = await client.GetPageAsync("/people/sergei-loznitsa");

        Assert.Equal("Sergei Loznitsa", page.QuerySelector("h1")!.Text());
        var spellings = page.QuerySelectorAll("#names + ul li").Select(li => li.Text()).ToList();
        Assert.Equal(["Sergei LOZNITSA", "Сергей Лозница", "Sergey LOZNITSA"], spellings);
        Assert.NotNull(page.QuerySelector("#names + ul [lang='ru']"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/people/sergey-loznitsa")).StatusCode);
    }

    [Fact]
    public async Task APersonsFilmographyIsGroupedByRoleThenYear()
    {
        var page = await client.GetPageAsync("/people/sergei-loznitsa");

        var roles = page.QuerySelectorAll("section h2").Select(h => h.FirstChild!.TextContent.Trim()).ToList();
        Assert.Equal(["Directed by", "Writing credits", "Editing"], roles.Where(r => r != "Names and spellings"));
        var directed = page.QuerySelectorAll("section[aria-label='Directed by'] .results a").Select(a => a.Text()).ToList();
        Assert.Equal(["The Event", "The Siege"], directed);
        Assert.Contains("2005–2015", page.QuerySelector(".meta")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Person", page.JsonLd().GetProperty("@type").GetString());
    }

    [Fact]
    public async Task AFestivalPageShowsEachYearWithItsFilmsAndAwards()
    {
        var festivals = await client.GetPageAsync("/festivals");
        var idfa = festivals.QuerySelectorAll("a").Single(a => a.Text() == "Amsterdam International Documentary Film Festival : IDFA");

        var page = await client.GetPageAsync(idfa.GetAttribute("href")!);

        Assert.Equal("Amsterdam International Documentary Film Festival : IDFA", page.QuerySelector("h1")!.Text());
        Assert.Contains("Amsterdam", page.QuerySelector("[aria-label='Place']")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Netherlands", page.QuerySelector("[aria-label='Place']")!.Text(), StringComparison.Ordinal);
        var years = page.QuerySelectorAll(".timeline > li").ToList();
        Assert.Equal(["2015", "2010"], years.Select(y => y.QuerySelector(".year")!.Text()));
        Assert.Contains("Special mention: The Event", years[0].Text(), StringComparison.Ordinal);
        Assert.Contains("The Siege", years[1].Text(), StringComparison.Ordinal);
        // Two editions fit on one page: no navigation between them.
        Assert.Null(page.QuerySelector("nav[aria-label='Editions by year']"));
        Assert.Null(page.QuerySelector(".pager"));
        var festival = page.JsonLd();
        Assert.Equal("Festival", festival.GetProperty("@type").GetString());
        Assert.Equal("Amsterdam", festival.GetProperty("location").GetProperty("address").GetProperty("addressLocality").GetString());
    }

    [Fact]
    public async Task TheFestivalIndexGroupsFestivalsByCountry()
    {
        var page = await client.GetPageAsync("/festivals");

        var countries = page.QuerySelectorAll("main section h2").Select(h => h.Text()).ToList();
        Assert.Contains("France", countries);
        Assert.Contains("Italy", countries);
        var france = page.QuerySelectorAll("main section").Single(s => s.QuerySelector("h2")!.Text() == "France");
        Assert.Contains(france.QuerySelectorAll("a.title"), a => a.Text() == "War in contemporary Russian cinema");
        // "Brazil " with a stray space in the record is the same country as any other Brazil.
        Assert.Single(countries, c => c.StartsWith("Brazil", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThePeopleIndexHasLatinAndCyrillicLetters()
    {
        var latin = await client.GetPageAsync("/people?letter=L");
        Assert.Contains(latin.QuerySelectorAll(".results a"), a => a.Text() == "Sergei Loznitsa");

        var cyrillic = await client.GetPageAsync("/people?letter=" + Uri.EscapeDataString("Л"));
        Assert.Contains(cyrillic.QuerySelectorAll(".results a"), a => a.Text() == "Sergei Loznitsa");
        Assert.DoesNotContain(cyrillic.QuerySelectorAll(".results a"), a => a.Text() == "Pavel Kostomarov");
    }

    [Fact]
    public async Task ThePeopleIndexGivesEachPersonTheirRolesInCreditOrderAndTheFilmsTheyWorkedOnOnce()
    {
        var page = await client.GetPageAsync("/people?letter=L");

        var loznitsa = page.QuerySelectorAll(".results li").Single(li => li.QuerySelector("a")!.Text() == "Sergei Loznitsa");
        // Two films; in The Siege he is credited three times, first as director.
        Assert.Equal("· Directed by, Writing credits, Editing · 2 films", loznitsa.QuerySelector(".meta")!.Text());
    }
}

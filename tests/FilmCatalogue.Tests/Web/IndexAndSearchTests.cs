using System.Net;

namespace FilmCatalogue.Tests.Web;

public sealed class IndexAndSearchTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task TheHomePageSaysWhatTheCatalogueHoldsAndShowsRecentFilms()
    {
        var page = await client.GetPageAsync("/");

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Contains("3 films", page.QuerySelector(".stats")!.Text(), StringComparison.Ordinal);
        var recent = page.QuerySelectorAll("#recent + ul a.title").Select(a => a.Text()).ToList();
        Assert.Equal(3, recent.Count);
        Assert.Contains("The Siege", recent);
        Assert.NotNull(page.QuerySelector("main"));
        Assert.NotNull(page.QuerySelector("nav[aria-label='Main']"));
    }

    [Fact]
    public async Task TheFilmIndexListsFilmsFromAToZ()
    {
        var page = await client.GetPageAsync("/films");

        var titles = page.QuerySelectorAll(".results a.title").Select(a => a.Text()).ToList();
        Assert.Equal(["Hedgehog in the Fog", "The Event", "The Siege"], titles);
    }

    [Theory]
    [InlineData("/films?letter=h", new[] { "Hedgehog in the Fog" })]
    [InlineData("/films?decade=2010", new[] { "The Event" })]
    [InlineData("/films?year=2005", new[] { "The Siege" })]
    [InlineData("/films?country=ussr", new[] { "Hedgehog in the Fog" })]
    [InlineData("/films?genre=documentary", new[] { "The Event", "The Siege" })]
    [InlineData("/films?genre=documentary&country=russia", new[] { "The Siege" })]
    public async Task TheFilmIndexFiltersByLetterDecadeYearCountryAndGenre(string url, string[] expected)
    {
        var page = await client.GetPageAsync(url);

        Assert.Equal(expected, page.QuerySelectorAll(".results a.title").Select(a => a.Text()));
    }

    [Theory]
    [InlineData("Лозница")]
    [InlineData("loznitsa")]
    [InlineData("LOZNITSA sergei")]
    [InlineData("Sergueï Loznitsa")]
    [InlineData("loznisa")]
    public async Task SearchFindsAPersonInAnyScriptSpellingOrCase(string query)
    {
        var page = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));

        var people = page.QuerySelectorAll("#found-people + ul a.title").Select(a => a.Text()).ToList();
        Assert.Equal(["Sergei Loznitsa"], people);
    }

    [Theory]
    [InlineData("Le Siège", "The Siege")]
    [InlineData("le siege", "The Siege")]
    [InlineData("Блокада", "The Siege")]
    [InlineData("blokada", "The Siege")]
    [InlineData("ежик в тумане", "Hedgehog in the Fog")]
    [InlineData("Ёжик", "Hedgehog in the Fog")]
    [InlineData("hedgehgo", "Hedgehog in the Fog")]
    public async Task SearchFindsAFilmByAnyOfItsTitles(string query, string title)
    {
        var page = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal([title], page.QuerySelectorAll("#found-films + ul a.title").Select(a => a.Text()));
    }

    [Fact]
    public async Task SearchFindsFestivalsAndStudiosOnTheSamePage()
    {
        var page = await client.GetPageAsync("/search?q=idfa");
        Assert.Contains(page.QuerySelectorAll("#found-festivals + ul a.title"), a => a.Text().EndsWith("IDFA", StringComparison.Ordinal));

        var studios = await client.GetPageAsync("/search?q=soyuzmultfilm");
        Assert.Equal(["Soyuzmultfilm"], studios.QuerySelectorAll("#found-organisations + ul a.title").Select(a => a.Text()));
    }

    [Theory]
    [InlineData("lozmitsa", "#found-people", "Sergei Loznitsa")] // a letter replaced
    [InlineData("loznitsaa", "#found-people", "Sergei Loznitsa")] // a letter added
    [InlineData("lozitsa", "#found-people", "Sergei Loznitsa")] // a letter left out
    [InlineData("lozintsa", "#found-people", "Sergei Loznitsa")] // two letters swapped
    [InlineData("blokadda siege", "#found-films", "The Siege")]
    [InlineData("soyuzmultflm", "#found-organisations", "Soyuzmultfilm")]
    [InlineData("venise", "#found-festivals", "Venice International Film Festival")]
    public async Task SearchFindsEveryKindThroughAOneLetterMisspelling(string query, string list, string expected)
    {
        var page = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Contains(page.QuerySelectorAll($"{list} + ul a.title"), a => a.Text().StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("zzzzqqq")]
    [InlineData("\" OR NOT * NEAR(")]
    [InlineData("<script>alert(1)</script>")]
    public async Task SearchWithNothingToFindSaysSoWithoutFailing(string query)
    {
        using var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString(query));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }
}

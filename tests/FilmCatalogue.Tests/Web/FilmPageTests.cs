using System.Net;

namespace FilmCatalogue.Tests.Web;

public sealed class FilmPageTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task TheSeedFilmsPageShowsItsTitlesAndFacts()
    {
        var page = await client.GetPageAsync("/films/the-siege-2005");

        Assert.Equal("The Siege", page.QuerySelector("h1")!.Text());
        Assert.Single(page.QuerySelectorAll("h1"));
        var otherTitles = page.QuerySelectorAll(".other-titles li").Select(li => li.Text()).ToList();
        Assert.Equal(["Blockade", "Le Siège"], otherTitles);
        var facts = page.QuerySelector("[aria-label='Facts']")!.Text();
        Assert.Contains("2005", facts, StringComparison.Ordinal);
        Assert.Contains("Russia", facts, StringComparison.Ordinal);
        Assert.Contains("52 min", facts, StringComparison.Ordinal);
        Assert.Contains("Black and white", facts, StringComparison.Ordinal);
        Assert.Contains("Documentary", facts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreditsAreGroupedByRoleAndLinkToTheirPeopleAndStudios()
    {
        var page = await client.GetPageAsync("/films/the-siege-2005");

        var roles = page.QuerySelectorAll(".credits dt").Select(dt => dt.Text()).ToList();
        Assert.Equal(["Directed by", "Writing credits", "Cinematography", "Sound", "Editing", "Produced by", "Production"], roles);
        var director = page.QuerySelector(".credits dd a")!;
        Assert.Equal("Sergey Loznitsa", director.Text());
        Assert.Equal("/people/sergei-loznitsa", director.GetAttribute("href"));
        var original = page.QuerySelector(".credits dd [lang='ru']")!;
        Assert.Equal("Сергей ЛОЗНИЦА", original.Text());
        var studio = page.QuerySelectorAll(".credits dd a")[^1];
        Assert.Equal("St Petersburg Documentary Film Studio", studio.Text());
        Assert.StartsWith("/organisations/", studio.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(studio.GetAttribute("href"))).StatusCode);
    }

    [Fact]
    public async Task AwardsFestivalsBibliographyEditionAndSynopsisAreAllShown()
    {
        var page = await client.GetPageAsync("/films/the-siege-2005");

        var award = page.QuerySelector("#awards + ul li")!;
        Assert.Equal("Best documentary", award.QuerySelector("strong")!.Text());
        Assert.Contains("Annual award of the Guild of Historians of Cinema and Film Critics", award.Text(), StringComparison.Ordinal);
        Assert.Contains("2005", award.Text(), StringComparison.Ordinal);

        var years = page.QuerySelectorAll(".timeline > li").Select(li => li.QuerySelector(".year")!.Text()).ToList();
        Assert.Equal(["2023", "2020", "2016", "2012", "2011", "2010", "2008", "2006", "2005"], years);
        var festivalLinks = page.QuerySelectorAll(".timeline a").ToList();
        Assert.Equal(22, festivalLinks.Count);
        Assert.Contains(festivalLinks, a => a.Text() == "Moscow, St-Petersburg, two capitals, one country");
        Assert.All(festivalLinks, a => Assert.StartsWith("/festivals/", a.GetAttribute("href"), StringComparison.Ordinal));
        var awarded = page.QuerySelectorAll(".timeline li li").Single(li => li.QuerySelector(".award-mark") is not null);
        Assert.Contains("Annual award of the Guild", awarded.Text(), StringComparison.Ordinal);

        var bibliography = page.QuerySelectorAll("#bibliography + ul li .reference").Select(li => li.Text()).ToList();
        Assert.Equal(4, bibliography.Count);
        Assert.Contains("Sergei Loznitsa : The Siege (Blokada, 2006), Polina Barskova, 2009", bibliography);

        var edition = page.QuerySelector(".edition")!.Text();
        Assert.Contains("DVD with subtitles", edition, StringComparison.Ordinal);
        Assert.Contains("Juste Doc", edition, StringComparison.Ordinal);
        Assert.Contains("2017", edition, StringComparison.Ordinal);
        Assert.Contains("masterclass", edition, StringComparison.Ordinal);

        Assert.StartsWith("The film consists entirely of archival material", page.QuerySelector(".synopsis p")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFilmPageDescribesTheMovieForMachines()
    {
        var page = await client.GetPageAsync("/films/the-siege-2005");

        var movie = page.JsonLd();
        Assert.Equal("Movie", movie.GetProperty("@type").GetString());
        Assert.Equal("The Siege", movie.GetProperty("name").GetString());
        Assert.Equal(["Blockade", "Le Siège"], movie.GetProperty("alternateName").Strings());
        Assert.Equal("PT52M", movie.GetProperty("duration").GetString());
        Assert.Equal(["Russia"], movie.GetProperty("countryOfOrigin").Strings());
        Assert.Equal(["Documentary"], movie.GetProperty("genre").Strings());
        Assert.Equal(["Sergey Loznitsa"], movie.GetProperty("director").Strings());
        Assert.Equal(["Sergey Loznitsa"], movie.GetProperty("author").Strings());
        Assert.Equal(["St Petersburg Documentary Film Studio"], movie.GetProperty("productionCompany").Strings());
        Assert.Single(movie.GetProperty("award").Strings());

        Assert.Equal("http://localhost/films/the-siege-2005", page.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
        Assert.Equal("The Siege (2005)", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("video.movie", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task ActorsAreCreditedWithTheirCharactersAndMusicWithItsComposer()
    {
        var page = await client.GetPageAsync("/films/hedgehog-in-the-fog-1975");

        var cast = page.QuerySelectorAll(".credits dt").Single(dt => dt.Text() == "Cast").NextElementSibling!;
        Assert.Contains("Mariya Vinogradova", cast.Text(), StringComparison.Ordinal);
        Assert.Contains("as the Hedgehog", cast.Text(), StringComparison.Ordinal);
        var movie = page.JsonLd();
        Assert.Equal(["Mariya Vinogradova", "Vyacheslav Nevinny"], movie.GetProperty("actor").Strings());
        Assert.Equal(["Mikhail Meerovich"], movie.GetProperty("musicBy").Strings());
        Assert.Equal("Ёжик в тумане", page.QuerySelector(".other-titles [lang='ru']")!.Text());
    }

    [Fact]
    public async Task AnUnknownFilmIsARealNotFoundPage()
    {
        var page = await client.GetPageAsync("/films/no-such-film", HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
        Assert.NotNull(page.QuerySelector("form[action='/search']"));
    }
}

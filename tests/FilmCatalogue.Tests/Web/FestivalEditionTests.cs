using System.Globalization;
using System.Net;

namespace FilmCatalogue.Tests.Web;

/// <summary>150 films selected by one festival over 30 editions, five a year: more than its page shows at once.</summary>
public sealed class ManyEditionsCatalogue() : WrittenCatalogue(FilmCount, i => $"""
    Estonia, 1999, 90mn
    Colour, drama
    Movie {i:000}

    Selected in the following festivals or events :
    - Black Nights Film Festival, Tallinn (Estonia), {FirstYear + (i % Editions)}

    """)
{
    public const int FilmCount = 150;
    public const int FirstYear = 2000;
    public const int Editions = 30;
}

public sealed class FestivalEditionTests(ManyEditionsCatalogue catalogue) : IClassFixture<ManyEditionsCatalogue>
{
    private const int Newest = ManyEditionsCatalogue.FirstYear + ManyEditionsCatalogue.Editions - 1;
    private readonly HttpClient client = catalogue.Factory.CreateClient();

    [Fact]
    public async Task TheFestivalPageShowsItsNewestEditionsInFullAndLinksToEveryEdition()
    {
        var page = await client.GetPageAsync(await FestivalHrefAsync());

        // Five films a year: the page holds the newest 24 editions (120 lines) and not one more.
        var shown = page.QuerySelectorAll(".timeline .year").Select(y => int.Parse(y.Text(), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(0, 24).Select(i => Newest - i), shown);
        var editions = page.QuerySelectorAll("nav[aria-label='Editions by year'] a").Select(a => a.Text()).ToList();
        Assert.Equal(Enumerable.Range(0, ManyEditionsCatalogue.Editions).Select(i => (Newest - i).ToString(CultureInfo.InvariantCulture)), editions);
        Assert.EndsWith($"/{Newest - 24}", page.QuerySelector("a[rel='next']")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("a[rel='prev']"));
    }

    [Fact]
    public async Task FollowingNextFromTheFestivalPageShowsEverySelectedFilmOnce()
    {
        var pages = await client.GetPagesAsync(await FestivalHrefAsync());

        var seen = pages.SelectMany(page => page.QuerySelectorAll(".timeline a")).Select(a => a.Text());
        Assert.Equal(Enumerable.Range(1, ManyEditionsCatalogue.FilmCount).Select(i => $"Movie {i:000}"), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AnEditionHasItsOwnPageWithItsFilmsAndTheEditionsBeforeAndAfter()
    {
        var festival = await FestivalHrefAsync();

        var page = await client.GetPageAsync($"{festival}/2010");

        Assert.Equal("Black Nights Film Festival 2010", page.QuerySelector("h1")!.Text());
        Assert.Equal(festival, page.QuerySelector(".kicker a")!.GetAttribute("href"));
        Assert.Equal(["2010"], page.QuerySelectorAll(".timeline .year").Select(y => y.Text()));
        // Films 10, 40, 70, 100 and 130 were selected in 2010.
        Assert.Equal(["Movie 010", "Movie 040", "Movie 070", "Movie 100", "Movie 130"], page.QuerySelectorAll(".timeline a").Select(a => a.Text()));
        Assert.Equal("2010", page.QuerySelector("nav[aria-label='Editions by year'] a[aria-current='page']")!.Text());
        Assert.EndsWith("/2011", page.QuerySelector("a[rel='prev']")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.EndsWith("/2009", page.QuerySelector("a[rel='next']")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.EndsWith($"{festival}/2010", page.QuerySelector("link[rel='canonical']")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AYearTheFestivalHadNoEditionIsNotFound()
    {
        var festival = await FestivalHrefAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{festival}/1990")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{festival}/undated")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/festivals/no-such-festival/2010")).StatusCode);
    }

    [Fact]
    public async Task TheLinkedDataNamesEveryEditionWithItsPage()
    {
        var festival = await FestivalHrefAsync();

        var document = await client.GetPageAsync(festival);
        var editions = document.JsonLd().GetProperty("subEvent").EnumerateArray().ToList();

        Assert.Equal(ManyEditionsCatalogue.Editions, editions.Count);
        Assert.Equal($"Black Nights Film Festival {Newest}", editions[0].GetProperty("name").GetString());
        Assert.EndsWith($"{festival}/{Newest}", editions[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(editions[^1].GetProperty("url").GetString()!).PathAndQuery)).StatusCode);
    }

    private async Task<string> FestivalHrefAsync()
    {
        var festivals = await client.GetPageAsync("/festivals");
        return festivals.QuerySelectorAll("a").Single(a => a.Text() == "Black Nights Film Festival").GetAttribute("href")!;
    }
}

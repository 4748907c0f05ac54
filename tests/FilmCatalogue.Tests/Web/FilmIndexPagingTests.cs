namespace FilmCatalogue.Tests.Web;

/// <summary>A catalogue of 120 small films, enough for three pages of the A–Z index.</summary>
public sealed class ManyFilmsCatalogue() : WrittenCatalogue(FilmCount, i => $"France, {1950 + (i % 50)}, 90mn\nColour, drama\nMovie {i:000}\n")
{
    public const int FilmCount = 120;
}

public sealed class FilmIndexPagingTests(ManyFilmsCatalogue catalogue) : IClassFixture<ManyFilmsCatalogue>
{
    private readonly HttpClient client = catalogue.Factory.CreateClient();

    [Theory]
    [InlineData("/films", ManyFilmsCatalogue.FilmCount)]
    [InlineData("/films?letter=M", ManyFilmsCatalogue.FilmCount)]
    [InlineData("/films?letter=m", ManyFilmsCatalogue.FilmCount)]
    [InlineData("/films?letter=Q", 0)]
    // Film i is from 1950 + i % 50: i = 1–9, 50–59 and 100–109 are from the 1950s.
    [InlineData("/films?decade=1950", 29)]
    public async Task TheIndexSaysHowManyFilmsItLists(string url, int films)
    {
        var page = await client.GetPageAsync(url);

        Assert.StartsWith($"{films} film", page.QuerySelector(".lede")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowingNextWalksEveryFilmOnceInTitleOrder()
    {
        var pages = await client.GetPagesAsync("/films");

        Assert.Equal(3, pages.Count);
        Assert.Equal(
            Enumerable.Range(1, ManyFilmsCatalogue.FilmCount).Select(i => $"Movie {i:000}"),
            pages.SelectMany(page => page.QuerySelectorAll(".results a.title")).Select(a => a.Text()));
    }

    [Fact]
    public async Task PreviousFromTheLastPageGivesBackTheMiddlePage()
    {
        var first = await client.GetPageAsync("/films");
        var second = await client.GetPageAsync(first.QuerySelector("a[rel='next']")!.GetAttribute("href")!);
        var third = await client.GetPageAsync(second.QuerySelector("a[rel='next']")!.GetAttribute("href")!);

        var back = await client.GetPageAsync(third.QuerySelector("a[rel='prev']")!.GetAttribute("href")!);

        Assert.Null(third.QuerySelector("a[rel='next']"));
        Assert.Equal(
            second.QuerySelectorAll(".results a.title").Select(a => a.Text()),
            back.QuerySelectorAll(".results a.title").Select(a => a.Text()));
        Assert.Equal("Movie 051", back.QuerySelector(".results a.title")!.Text());
    }

    [Fact]
    public async Task PagingKeepsTheFilter()
    {
        var page = await client.GetPageAsync("/films?genre=drama&country=france");

        var next = page.QuerySelector("a[rel='next']")!.GetAttribute("href")!;

        Assert.Contains("genre=drama", next, StringComparison.Ordinal);
        Assert.Contains("country=france", next, StringComparison.Ordinal);
        Assert.Contains("120 films", page.QuerySelector(".lede")!.Text(), StringComparison.Ordinal);
    }
}

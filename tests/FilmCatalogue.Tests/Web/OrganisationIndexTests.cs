using System.Globalization;

namespace FilmCatalogue.Tests.Web;

/// <summary>
/// 70 films, each produced by a studio of its own (Aurora Studio 01, Borealis Studio 02, …, alternately under A and
/// B) and distributed by one that handles them all: 71 organisations, two pages of the index.
/// </summary>
public sealed class ManyStudiosCatalogue() : WrittenCatalogue(FilmCount, i =>
    $"France, 1990, 90mn\nColour, drama\nPicture {i:00}\n\nProduction : {Studio(i)}\nDistribution : Cinema Everywhere\n")
{
    public const int FilmCount = 70;

    public static string Studio(int i) => string.Create(CultureInfo.InvariantCulture, $"{(i % 2 == 1 ? "Aurora" : "Borealis")} Studio {i:00}");
}

public sealed class OrganisationIndexTests(ManyStudiosCatalogue catalogue) : IClassFixture<ManyStudiosCatalogue>
{
    private readonly HttpClient client = catalogue.Factory.CreateClient();

    [Fact]
    public async Task FollowingNextWalksEveryOrganisationOnceByName()
    {
        var pages = await client.GetPagesAsync("/organisations");

        Assert.Equal(2, pages.Count);
        var studios = Enumerable.Range(1, ManyStudiosCatalogue.FilmCount).Select(ManyStudiosCatalogue.Studio);
        Assert.Equal(
            studios.Append("Cinema Everywhere").Order(StringComparer.OrdinalIgnoreCase),
            pages.SelectMany(page => page.QuerySelectorAll(".results a.title")).Select(a => a.Text()));
    }

    [Fact]
    public async Task TheIndexCountsTheOrganisationsAndTheirFilms()
    {
        var page = await client.GetPageAsync("/organisations?letter=c");

        Assert.Equal("Studios and distributors under C", page.QuerySelector("h1")!.Text());
        Assert.StartsWith("1 studio or distributor", page.QuerySelector(".lede")!.Text(), StringComparison.Ordinal);
        var everywhere = Assert.Single(page.QuerySelectorAll(".results li"));
        Assert.Contains($"{ManyStudiosCatalogue.FilmCount} films", everywhere.Text(), StringComparison.Ordinal);
        Assert.StartsWith("71 studios and distributors", (await client.GetPageAsync("/organisations")).QuerySelector(".lede")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALetterListsOnlyItsOrganisationsAndTheLettersLinkEachOther()
    {
        var page = await client.GetPageAsync("/organisations?letter=B");

        var names = page.QuerySelectorAll(".results a.title").Select(a => a.Text()).ToList();
        Assert.Equal(ManyStudiosCatalogue.FilmCount / 2, names.Count);
        Assert.All(names, name => Assert.StartsWith("Borealis Studio", name, StringComparison.Ordinal));
        Assert.Null(page.QuerySelector(".pager"));
        var letters = page.QuerySelectorAll("ul.letters a");
        Assert.Equal(["All", "A", "B", "C"], letters.Select(a => a.Text()));
        Assert.Equal("B", Assert.Single(letters, a => a.GetAttribute("aria-current") == "page").Text());
    }

    [Fact]
    public async Task TheSecondPageLeadsBackToTheFirst()
    {
        var first = await client.GetPageAsync("/organisations");

        var next = first.QuerySelector(".pager a[rel='next']")!.GetAttribute("href")!;

        Assert.StartsWith("/organisations?after=", next, StringComparison.Ordinal);
        var second = await client.GetPageAsync(next);
        Assert.Equal("/organisations", second.QuerySelector(".pager a:not([rel])")!.GetAttribute("href"));
    }
}

using FilmCatalogue.Tests.Importing;
using FilmCatalogue.Tests.Web;
using FilmCatalogue.Web.Search;
using Microsoft.Extensions.DependencyInjection;

namespace FilmCatalogue.Tests.Search;

public sealed class CatalogueSearchTests : IDisposable
{
    private readonly ImportTestHost host = new();

    [Fact]
    public async Task OnlyTheFirstMatchesAreRanked()
    {
        await host.ImportFilesAsync(TestPaths.Data("Catalogue"));
        await using var scope = host.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<CatalogueSearch>();

        var all = await search.FindAsync("the", 20, CancellationToken.None);
        var firstTwo = await search.FindAsync("the", 20, CancellationToken.None, rankedMatches: 2);

        // "the" is in three titles and nothing else.
        Assert.Equal(3, all[SearchKind.Film].Count);
        Assert.Equal(2, firstTwo[SearchKind.Film].Count);
        Assert.Subset(all[SearchKind.Film].ToHashSet(), firstTwo[SearchKind.Film].ToHashSet());
    }

    public void Dispose() => host.Dispose();
}

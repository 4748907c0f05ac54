using FilmCatalogue.Web.Search;

namespace FilmCatalogue.Tests.Search;

public sealed class LikelyDuplicatesTests
{
    [Theory]
    [InlineData("Sergei LOZNITSA", "Sergey LOZNITSA")]
    [InlineData("Sergey LOZNITSA", "Сергей ЛОЗНИЦА")]
    [InlineData("LOZNITSA Sergey", "Sergey Loznitsa")]
    [InlineData("Aleksandr SOKUROV", "Aleksandr SOKUROW")]
    [InlineData("Aleksandr SOKUROV", "Aleksandr SOKURV")]
    [InlineData("Aleksandr SOKUROV", "Aleksnadr SOKUROV")]
    [InlineData("Iván", "Ivan")]
    public void NamesWithTheSameSkeletonOrOneEditApartArePaired(string first, string second) =>
        Assert.Equal([(1, 2)], LikelyDuplicates.Find([(1, [first]), (2, [second])]));

    [Theory]
    [InlineData("Anna KARPOVA", "Olga KARPOVA")]
    [InlineData("Li", "Le")]
    [InlineData("Ivan PETROV", "Ivan SIDOROV")]
    public void DifferentNamesAreNotPaired(string first, string second) =>
        Assert.Empty(LikelyDuplicates.Find([(1, [first]), (2, [second])]));

    [Fact]
    public void AnyOfAnEntrysNamesCanMatchAndEachPairIsListedOnce()
    {
        var pairs = LikelyDuplicates.Find([
            (7, ["Sergey LOZNITSA", "Sergei LOZNITSA"]),
            (3, ["S. LOZNITSA", "Sergej LOZNITSA"]),
            (5, ["Viktor KOSSAKOVSKY"]),
        ]);

        Assert.Equal([(3, 7)], pairs);
    }

    [Fact]
    public void TwentyThousandNamesAreComparedWithoutComparingEveryPair()
    {
        var random = new Random(42);
        string Word() => new([.. Enumerable.Range(0, 7).Select(_ => (char)('a' + random.Next(26)))]);
        var entries = Enumerable.Range(0, 20_000).Select(i => (Id: i, Name: $"{Word()} {Word()}")).ToList();
        var typo = entries[123].Name.ToCharArray();
        typo[3] = typo[3] == 'q' ? 'w' : 'q';
        entries.Add((20_000, new string(typo)));

        var pairs = LikelyDuplicates.Find(entries.Select(e => (e.Id, (IEnumerable<string>)[e.Name])), out var comparisons);

        Assert.Contains((123, 20_000), pairs);
        // Every pair would be 200 million comparisons; the deletion index compares only names that share a variant.
        Assert.True(comparisons < entries.Count, $"{comparisons} comparisons for {entries.Count} names");
    }
}

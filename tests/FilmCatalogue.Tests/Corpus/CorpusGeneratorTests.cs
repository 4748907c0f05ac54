using FilmCatalogue.Tests.Records;
using FilmCatalogue.Web.Corpus;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Search;

namespace FilmCatalogue.Tests.Corpus;

public class CorpusGeneratorTests
{
    private static List<FilmRecord> Generate(int films, int seed = 1) => [.. new CorpusGenerator(films, seed).Films()];

    [Fact]
    public void TheSameSeedGivesTheSameRecordsByteForByte()
    {
        var first = Generate(300).Select(RecordWriter.Write);
        var second = Generate(300).Select(RecordWriter.Write);

        Assert.Equal(first, second);
    }

    [Fact]
    public void AnotherSeedGivesAnotherCorpus()
    {
        Assert.NotEqual(Generate(50, seed: 1).Select(RecordWriter.Write), Generate(50, seed: 2).Select(RecordWriter.Write));
    }

    [Fact]
    public void EveryRecordReadsBackWithoutADiagnosticAsTheSameRecord()
    {
        foreach (var record in Generate(500))
        {
            var written = RecordWriter.Write(record);

            var read = RecordReader.Read(written, "generated.txt");

            Assert.True(read.Succeeded && read.Diagnostics.Count == 0, written + "\n" + string.Join("\n", read.Diagnostics));
            TestRecords.AssertSameRecord(record, read.Record!);
            Assert.Equal(written, RecordWriter.Write(read.Record!));
        }
    }

    [Fact]
    public void EveryFilmIsAFilmOfItsOwn()
    {
        var keys = Generate(3000).Select(r => (TextFolding.IdentityKey(r.MainTitle), r.Year)).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void PeopleAreSharedAcrossFilmsWithALongTail()
    {
        var records = Generate(2000);
        var filmsPerPerson = records
            .SelectMany(r => r.Credits.Where(c => !c.IsOrganisation).Select(c => c.Name).Distinct())
            .GroupBy(name => name, StringComparer.Ordinal)
            .Select(g => g.Count())
            .Order()
            .ToList();

        // A few people in a great many films, most in a few.
        Assert.True(filmsPerPerson[^1] >= 100, $"the most credited person is in {filmsPerPerson[^1]} films");
        Assert.True(filmsPerPerson[filmsPerPerson.Count / 2] <= 3, $"the median person is in {filmsPerPerson[filmsPerPerson.Count / 2]} films");
        Assert.True(filmsPerPerson.Count >= 500, $"only {filmsPerPerson.Count} people");
    }

    [Fact]
    public void TheCorpusHasTheArchivesShapes()
    {
        var records = Generate(2000);
        var credits = records.SelectMany(r => r.Credits).ToList();

        Assert.InRange(records.SelectMany(r => r.Selections).Select(s => s.Event).Distinct().Count(), 200, 400);
        Assert.All(records, r => Assert.InRange(r.Selections.Count, 0, 25));
        Assert.Contains(records, r => r.Selections.Count == 0);
        Assert.Contains(records, r => r.Selections.Count >= 15);
        Assert.InRange(credits.Count(c => c.OriginalName is not null) / (double)credits.Count(c => !c.IsOrganisation), 0.4, 0.8);
        Assert.Contains(credits, c => c.OriginalName is null && !c.IsOrganisation);
        Assert.Contains(records, r => r.Awards.Count > 0);
        Assert.Contains(records, r => r.Bibliography.Count > 0);
        Assert.Contains(records, r => r.Editions.Count > 1);
        Assert.Contains(records, r => r.Synopsis is not null);
        Assert.Contains(records, r => r.AlternativeTitles.Any(t => !ScriptDetector.IsLatin(t)));
    }

    [Fact]
    public void DistinctPeopleHaveDistinctNames()
    {
        var names = Enumerable.Range(0, 60_000).Select(i => CorpusGenerator.Person(i)).ToList();

        Assert.Equal(names.Count, names.Select(n => TextFolding.IdentityKey(n.OriginalName ?? n.Name)).Distinct().Count());
    }
}

using FilmCatalogue.Web.Records;

namespace FilmCatalogue.Tests.Records;

public class RecordRoundTripTests
{
    public static TheoryData<string> RecordFiles()
    {
        var data = new TheoryData<string> { TestRecords.SeedFileName };
        foreach (var name in TestRecords.DataFileNames)
        {
            data.Add(name);
        }

        return data;
    }

    private static FilmRecord ReadFile(string name)
    {
        var result = name == TestRecords.SeedFileName ? TestRecords.ReadSeed() : TestRecords.ReadData(name);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Record!;
    }

    private static FilmRecord ReadBack(string written, IReadOnlyCollection<string>? knownEvents = null)
    {
        var result = RecordReader.Read(written, "written.txt", knownEvents);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Record!;
    }

    [Theory]
    [MemberData(nameof(RecordFiles))]
    public void ReadsWhatItWroteAsTheSameRecord(string name)
    {
        var record = ReadFile(name);

        var again = ReadBack(RecordWriter.Write(record));

        TestRecords.AssertSameRecord(record, again);
    }

    [Theory]
    [MemberData(nameof(RecordFiles))]
    public void WritesTheSameTextForARecordItReadBack(string name)
    {
        var written = RecordWriter.Write(ReadFile(name));

        Assert.Equal(written, RecordWriter.Write(ReadBack(written)));
    }

    [Theory]
    [MemberData(nameof(RecordFiles))]
    public void WritesLfLinesWithoutBomEndingWithOneNewline(string name)
    {
        var written = RecordWriter.Write(ReadFile(name));

        Assert.DoesNotContain('\r', written);
        Assert.False(written.StartsWith('\uFEFF'));
        Assert.EndsWith("\n", written, StringComparison.Ordinal);
        Assert.False(written.EndsWith("\n\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\uFEFFRussia, 2005, 52 min\r\nBlack and white and color, documentary, history\r\nThe Siege\r\n")]
    [InlineData("1998, 113 mn\nCOLOR\nFilm\n\u00A0Alt one - Alt two\nАльт\n")]
    [InlineData("Film\n\nCast : Ivan PETROV [the doctor], Anna (Анна) [x]\nDirected by: A B\n")]
    [InlineData("2010\nMoscow : two faces of Russia\n\nDirected by : A B\n")]
    [InlineData("The Siege\nBlockade\n\nDVD zone 2\nBooklet.\n")]
    [InlineData("Film\n\nAwards :\nBest Filmfest, Berlin (Germany)\n\nTrivia\nx\n")]
    public void RoundTripsTheInlineVariations(string text)
    {
        var record = TestRecords.ReadOk(text);

        var written = RecordWriter.Write(record);

        TestRecords.AssertSameRecord(record, ReadBack(written));
        Assert.Equal(written, RecordWriter.Write(ReadBack(written)));
    }

    [Fact]
    public void WritesTheSameTextEveryTime()
    {
        var record = ReadFile(TestRecords.SeedFileName);

        Assert.Equal(RecordWriter.Write(record), RecordWriter.Write(ReadFile(TestRecords.SeedFileName)));
    }

    [Fact]
    public void RoundTripsARecordFullOfAbsentPieces()
    {
        var record = new FilmRecord
        {
            Countries = ["France", "Russia"],
            DurationMinutes = 127,
            Colour = "Color",
            MainTitle = "In the Fog",
            AlternativeTitles = ["В тумане"],
            Credits =
            [
                new CreditRecord("Cast", "Ivan PETROV", null, "the doctor"),
                new CreditRecord("Music", "Ennio MORRICONE"),
                new CreditRecord("Cast", "Anna PETROVA", "Анна ПЕТРОВА", "the nurse"),
            ],
            Awards =
            [
                new AwardRecord("Best film", "Trieste Film Festival", "Trieste", "Italy", 2011),
                new AwardRecord(null, "Some Unknown Prize", null, "France", null),
                new AwardRecord(null, "Trieste Film Festival", "Trieste", null, 2012),
            ],
            Editions =
            [
                new EditionRecord("DVD", "Potemkine", null, null, null),
                new EditionRecord("DVD zone 2", null, 2019, "In the Fog.", "Booklet."),
                new EditionRecord("DVD bonus", null, null, null, "Only extras.\nOn two lines."),
            ],
            SynopsisSource = "Press kit",
            Bibliography =
            [
                new BibliographyRecord("A title, with a comma", null, null, null),
                new BibliographyRecord("Another", "Jean DUPONT", null, 2020),
                new BibliographyRecord("Third", null, "Positif", 2021),
            ],
            Selections =
            [
                new SelectionRecord("Trieste Film Festival", "Trieste", "Italy", 2011),
                new SelectionRecord("Rétrospective", "Paris", null, 2015),
                new SelectionRecord("Somewhere, sometime", null, null, 2016),
            ],
            Media = [new MediaRecord("poster.jpg", null), new MediaRecord("https://example.org/t.mp4", "Trailer")],
            Notes = [new NoteRecord("Trivia", "One.\nTwo."), new NoteRecord("Empty note", "")],
        };

        var written = RecordWriter.Write(record);
        var again = ReadBack(written);

        TestRecords.AssertSameRecord(record, again);
        Assert.Equal(written, RecordWriter.Write(again));
    }

    [Fact]
    public void RoundTripsAnAwardSplitAtAnEventOnlyTheCatalogueKnows()
    {
        var record = new FilmRecord
        {
            MainTitle = "Film",
            Awards = [new AwardRecord("Grand prix", "Golden Lamp Film Days", "Riga", "Latvia", 2006)],
        };

        var again = ReadBack(RecordWriter.Write(record), ["Golden Lamp Film Days"]);

        TestRecords.AssertSameRecord(record, again);
    }

    [Fact]
    public void WritesASynopsisWithItsParagraphsAndSource()
    {
        var record = new FilmRecord { MainTitle = "Film", Synopsis = "One,\nstill one.\n\nTwo.", SynopsisSource = "Catalogue" };

        Assert.Equal("Film\n\nPlot synopsis\nOne,\nstill one.\n\nTwo.\nSource : Catalogue\n", RecordWriter.Write(record));
    }

    [Fact]
    public void GroupsOnlyConsecutiveCreditsOfTheSameRole()
    {
        var record = new FilmRecord
        {
            MainTitle = "Film",
            Credits =
            [
                new CreditRecord("Cast", "A B", "А Б", "x"),
                new CreditRecord("Cast", "C D"),
                new CreditRecord("Music", "E F"),
                new CreditRecord("Cast", "G H"),
            ],
        };

        Assert.Equal("Film\n\nCast : A B (А Б) [x], C D\nMusic : E F\nCast : G H\n", RecordWriter.Write(record));
    }

    [Fact]
    public void TheRecordComparisonNoticesADifferenceInsideALists()
    {
        var record = ReadFile(TestRecords.SeedFileName);
        var changed = record with
        {
            Selections = [.. record.Selections.Take(21), record.Selections[21] with { Year = 2004 }],
        };

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => TestRecords.AssertSameRecord(record, changed));
        TestRecords.AssertSameRecord(record, record with { Selections = [.. record.Selections] });
    }
}

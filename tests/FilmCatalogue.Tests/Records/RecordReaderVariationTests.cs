using System.Text;
using FilmCatalogue.Web.Records;

namespace FilmCatalogue.Tests.Records;

public class RecordReaderVariationTests
{
    private static FilmRecord ReadDataOk(string name, IReadOnlyCollection<string>? knownEvents = null)
    {
        var result = TestRecords.ReadData(name, knownEvents);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Record!;
    }

    [Fact]
    public void ReadsAFileStartingWithAByteOrderMark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Russia, 2005, 52mn\nThe Siege\n")];

        var result = RecordReader.Read(bytes, "bom.txt");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("The Siege", result.Record!.MainTitle);
        Assert.Equal(["Russia"], result.Record.Countries);
    }

    [Fact]
    public void ReadsATextStartingWithAByteOrderMarkCharacter()
    {
        var record = TestRecords.ReadOk("\uFEFFRussia, 2005, 52mn\nThe Siege\n");

        Assert.Equal(["Russia"], record.Countries);
        Assert.Equal("The Siege", record.MainTitle);
    }

    [Fact]
    public void ReadsCrlfLineEndsLikeLf()
    {
        var seedText = File.ReadAllText(TestRecords.SeedPath);
        var lf = TestRecords.ReadOk(seedText);

        var crlf = TestRecords.ReadOk(seedText.ReplaceLineEndings("\r\n"));

        TestRecords.AssertSameRecord(lf, crlf);
        Assert.Equal("The Siege", crlf.MainTitle);
        Assert.Equal(22, crlf.Selections.Count);
    }

    [Fact]
    public void CountsCrlfLinesInDiagnostics()
    {
        var result = RecordReader.Read("The Siege\r\n\r\nDirected by : A\r\nnot a credit\r\n", "crlf.txt");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(4, error.Line);
    }

    [Theory]
    [InlineData("Russia, 2005, 52mn")]
    [InlineData("Russia, 2005, 52 mn")]
    [InlineData("Russia, 2005, 52 min")]
    [InlineData("Russia, 2005, 52\u00A0mn")]
    public void ReadsEveryWayOfWritingTheDuration(string facts)
    {
        var record = TestRecords.ReadOk($"{facts}\nThe Siege\n");

        Assert.Equal(52, record.DurationMinutes);
        Assert.Equal(2005, record.Year);
        Assert.Equal(["Russia"], record.Countries);
    }

    [Fact]
    public void ReadsSeveralCountriesSeparatedByADash()
    {
        var record = ReadDataOk("two-countries-cast-and-music.txt");

        Assert.Equal(["France", "Russia"], record.Countries);
        Assert.Equal(2014, record.Year);
        Assert.Equal(127, record.DurationMinutes);
    }

    [Fact]
    public void ReadsSeveralCountriesSeparatedByCommas()
    {
        var record = TestRecords.ReadOk("Germany, Netherlands, Latvia, 2018, 121 mn\nDonbass\n");

        Assert.Equal(["Germany", "Netherlands", "Latvia"], record.Countries);
        Assert.Equal(2018, record.Year);
    }

    [Fact]
    public void ReadsAFactsLineWithNoCountry()
    {
        var record = ReadDataOk("several-dvd-editions.txt");

        Assert.Empty(record.Countries);
        Assert.Equal(1998, record.Year);
        Assert.Equal(113, record.DurationMinutes);
        Assert.Equal("Some Film", record.MainTitle);
    }

    [Theory]
    [InlineData("Colour")]
    [InlineData("Color")]
    [InlineData("colour")]
    [InlineData("COLOR")]
    [InlineData("Black and white")]
    [InlineData("Black and white and colour")]
    [InlineData("Black and white and color")]
    public void ReadsEveryColourTermAsWritten(string colour)
    {
        var record = TestRecords.ReadOk($"2005\n{colour}, documentary\nThe Siege\n");

        Assert.Equal(colour, record.Colour);
        Assert.Equal(["documentary"], record.Genres);
        Assert.Equal("The Siege", record.MainTitle);
    }

    [Fact]
    public void ReadsSeveralGenres()
    {
        var record = ReadDataOk("two-countries-cast-and-music.txt");

        Assert.Equal("Colour", record.Colour);
        Assert.Equal(["drama", "war"], record.Genres);
    }

    [Fact]
    public void ReadsAlternativeTitlesFromSeveralLinesIncludingCyrillic()
    {
        var record = ReadDataOk("two-countries-cast-and-music.txt");

        Assert.Equal("In the Fog", record.MainTitle);
        Assert.Equal(["В тумане", "Dans la brume", "Im Nebel"], record.AlternativeTitles);
        Assert.Equal("Cyrl", ScriptDetector.Detect(record.AlternativeTitles[0]));
    }

    [Fact]
    public void ReadsCastWithCharactersMusicWithoutOriginalNameAndDistributors()
    {
        var record = ReadDataOk("two-countries-cast-and-music.txt");

        Assert.Equal(
            [
                new CreditRecord("Directed by", "Sergey LOZNITSA", "Сергей ЛОЗНИЦА"),
                new CreditRecord("Cast", "Vladimir SVIRSKI", "Владимир СВИРСКИЙ", "Sushenya"),
                new CreditRecord("Cast", "Vlad ABASHIN", "Влад АБАШИН", "Burov"),
                new CreditRecord("Music", "Ennio MORRICONE"),
                new CreditRecord("Distribution", "Films Boutique"),
                new CreditRecord("Distribution", "ARP Sélection"),
            ],
            record.Credits);
        Assert.True(record.Credits[^1].IsOrganisation);
        Assert.False(record.Credits[1].IsOrganisation);
    }

    [Fact]
    public void ReadsACastMemberWithACharacterButNoOriginalName()
    {
        var record = TestRecords.ReadOk("Film\n\nCast : Ivan PETROV [the doctor]\n");

        Assert.Equal([new CreditRecord("Cast", "Ivan PETROV", null, "the doctor")], record.Credits);
    }

    [Fact]
    public void ReadsSeveralDvdEditionsEachWithItsOwnExtras()
    {
        var record = ReadDataOk("several-dvd-editions.txt");

        Assert.Equal(
            [
                new EditionRecord("DVD with subtitles", "Potemkine", 2010, "Some Film", "Interview with the director (20 mn).\nBooklet, 16 pages."),
                new EditionRecord("DVD zone 1", "Criterion Collection", 2012, "Some Film - Director's cut", null),
            ],
            record.Editions);
    }

    [Fact]
    public void KeepsAnUnknownSectionAsANoteAndWarns()
    {
        var result = TestRecords.ReadData("unknown-heading.txt");

        Assert.True(result.Succeeded);
        var note = Assert.Single(result.Record!.Notes);
        Assert.Equal(new NoteRecord("Trivia", "Shot entirely from archive footage.\nNo commentary was recorded."), note);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(7, warning.Line);
        Assert.Equal("unknown-heading.txt", warning.Source);
        Assert.Contains("Trivia", warning.Message, StringComparison.Ordinal);
        // The section after the note is still read.
        Assert.Equal("Leningrad under siege.", result.Record.Synopsis);
        Assert.Equal("Festival catalogue", result.Record.SynopsisSource);
    }

    [Fact]
    public void KeepsAnAwardWithAnUnknownEventWholeAndWarns()
    {
        var result = TestRecords.ReadData("award-unknown-event.txt");

        Assert.True(result.Succeeded);
        var award = Assert.Single(result.Record!.Awards);
        Assert.Equal(new AwardRecord(null, "Special mention Golden Lamp Film Days", "Riga", "Latvia", 2006), award);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(6, warning.Line);
        Assert.Contains("Special mention Golden Lamp Film Days", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SplitsAnAwardAtAnEventTheCatalogueAlreadyKnowsComparedFolded()
    {
        var result = TestRecords.ReadData("award-unknown-event.txt", ["  golden   LAMP film days "]);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new AwardRecord("Special mention", "Golden Lamp Film Days", "Riga", "Latvia", 2006), Assert.Single(result.Record!.Awards));
    }

    [Fact]
    public void SplitsAnAwardAtTheLongestKnownEvent()
    {
        var record = TestRecords.ReadOk(
            "Film\n\nAwards :\nBest film International Film Festival, Berlin (Germany), 2010\n",
            ["Film Festival", "International Film Festival"]);

        Assert.Equal(new AwardRecord("Best film", "International Film Festival", "Berlin", "Germany", 2010), Assert.Single(record.Awards));
    }

    [Theory]
    [InlineData("Film Festival", "International Film Festival", "International Film Festival")]
    [InlineData("International Film Festival", "Film Festival", "International Film Festival")]
    public void SplitsAnAwardAtTheLongestEventOfTheRecordOrTheCatalogue(string selected, string known, string expected)
    {
        var record = TestRecords.ReadOk(
            $"Film\n\nAwards :\nBest film International Film Festival, Berlin (Germany), 2010\n\n" +
            $"Selected in the following festivals or events :\n- {selected}, Berlin (Germany), 2010\n",
            [known]);

        Assert.Equal(expected, Assert.Single(record.Awards).Event);
    }

    [Theory]
    [InlineData("Ivan Petrov (Иван Петров) [Ivan]", "Ivan Petrov", "Иван Петров", "Ivan")]
    [InlineData("Ivan Petrov(Иван Петров)[Ivan]", "Ivan Petrov", "Иван Петров", "Ivan")]
    [InlineData("Ivan Petrov ( Иван Петров ) [ Ivan ]", "Ivan Petrov", "Иван Петров", "Ivan")]
    [InlineData("Ivan Petrov () []", "Ivan Petrov", null, null)]
    [InlineData("Ivan Petrov (Иван Петров) [Ivan (the elder)]", "Ivan Petrov", "Иван Петров", "Ivan (the elder)")]
    public void ReadsACreditsOriginalNameAndCharacter(string credit, string name, string? original, string? character)
    {
        var result = RecordReader.Read($"Film\n\nCast : {credit}\n", "credit.txt");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new CreditRecord("Cast", name, original, character), Assert.Single(result.Record!.Credits));
    }

    [Theory]
    [InlineData("Ivan Petrov (Иван Петров")]
    [InlineData("Ivan Petrov [Ivan] (Иван Петров)")]
    [InlineData("Ivan Petrov (Иван) Петров")]
    [InlineData("(Иван Петров) [Ivan]")]
    [InlineData("Ivan ]Petrov")]
    public void KeepsACreditThatIsNotNameOriginalCharacterWholeAsTheName(string credit)
    {
        var result = RecordReader.Read($"Film\n\nCast : {credit}\n", "credit.txt");

        Assert.Equal(new CreditRecord("Cast", credit), Assert.Single(result.Record!.Credits));
        Assert.Contains("kept whole as the name", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DoesNotSplitAnAwardInsideAWord()
    {
        var result = RecordReader.Read("Film\n\nAwards :\nBest Filmfest, Berlin (Germany), 2010\n", "award.txt", ["Fest"]);

        Assert.Equal(new AwardRecord(null, "Best Filmfest", "Berlin", "Germany", 2010), Assert.Single(result.Record!.Awards));
        Assert.Single(result.Warnings);
    }

    [Fact]
    public void ReadsMediaWithAndWithoutCaption()
    {
        var record = ReadDataOk("media-with-caption.txt");

        Assert.Equal(
            [new MediaRecord("siege-poster.jpg", "The French poster"), new MediaRecord("https://example.org/trailer.mp4", null)],
            record.Media);
    }

    [Fact]
    public void ReadsHeadingsInAnyCaseWithOrWithoutTheirColon()
    {
        var result = TestRecords.ReadData("lowercase-headings.txt");

        Assert.Empty(result.Diagnostics);
        var record = result.Record!;
        Assert.Equal("black and white", record.Colour);
        Assert.Equal(52, record.DurationMinutes);
        Assert.Equal(new AwardRecord("Best documentary", "Trieste Film Festival", "Trieste", "Italy", 2011), Assert.Single(record.Awards));
        Assert.Equal("Leningrad under siege.\n\nThe city holds.", record.Synopsis);
        Assert.Equal("Catalogue", record.SynopsisSource);
        Assert.Equal(new BibliographyRecord("Blocus", "Aurélien VERNHES-LERMUSIAUX", "Positif", 2006), Assert.Single(record.Bibliography));
        Assert.Equal(new SelectionRecord("Trieste Film Festival", "Trieste", "Italy", 2011), Assert.Single(record.Selections));
        Assert.Equal(new MediaRecord("poster.jpg", "Poster"), Assert.Single(record.Media));
    }

    [Fact]
    public void ReadsARecordThatIsOnlyATitle()
    {
        var result = TestRecords.ReadData("title-only.txt");

        Assert.Empty(result.Diagnostics);
        var record = result.Record!;
        Assert.Equal("An Untitled Film", record.MainTitle);
        Assert.Empty(record.Countries);
        Assert.Null(record.Year);
        Assert.Null(record.DurationMinutes);
        Assert.Null(record.Colour);
        Assert.Empty(record.Genres);
        Assert.Empty(record.AlternativeTitles);
        Assert.Empty(record.Credits);
        Assert.Empty(record.Awards);
        Assert.Empty(record.Editions);
        Assert.Null(record.Synopsis);
        Assert.Null(record.SynopsisSource);
        Assert.Empty(record.Bibliography);
        Assert.Empty(record.Selections);
        Assert.Empty(record.Media);
        Assert.Empty(record.Notes);
    }

    [Fact]
    public void ReadsARecordWithMissingPartsAndAMultiParagraphSynopsis()
    {
        var result = TestRecords.ReadData("missing-parts.txt");

        Assert.Empty(result.Diagnostics);
        var record = result.Record!;
        Assert.Equal(["Russia"], record.Countries);
        Assert.Equal(2005, record.Year);
        Assert.Null(record.DurationMinutes);
        Assert.Equal("Colour", record.Colour);
        Assert.Empty(record.Genres);
        Assert.Empty(record.Credits);
        Assert.Equal("First paragraph, first line.\nFirst paragraph, second line.\n\nSecond paragraph.", record.Synopsis);
        Assert.Equal("Catalogue of the festival", record.SynopsisSource);
    }

    [Fact]
    public void ReadsAFactsLineWithOnlyADuration()
    {
        var record = TestRecords.ReadOk("90 min\nFilm\n");

        Assert.Equal(90, record.DurationMinutes);
        Assert.Null(record.Year);
        Assert.Equal("Film", record.MainTitle);
    }

    [Fact]
    public void KeepsATitleThatLooksLikeAYearOnceTheFactsLineIsRead()
    {
        var record = TestRecords.ReadOk("Hong Kong, 2004, 129mn\nColour, drama\n2046\n");

        Assert.Equal("2046", record.MainTitle);
        Assert.Equal(2004, record.Year);
    }

    [Fact]
    public void KeepsAMainTitleContainingAColon()
    {
        var record = TestRecords.ReadOk("2010\nMoscow : two faces of Russia\n\nDirected by : A B\n");

        Assert.Equal("Moscow : two faces of Russia", record.MainTitle);
        Assert.Equal([new CreditRecord("Directed by", "A B")], record.Credits);
    }

    [Fact]
    public void TurnsEveryUnicodeSpaceIntoOneOrdinarySpace()
    {
        var record = TestRecords.ReadOk("\u00A0The\u2003\u00A0Siege\t\n\u00A0Blockade\u202F-\u00A0Le Siège\u00A0\n");

        Assert.Equal("The Siege", record.MainTitle);
        Assert.Equal(["Blockade", "Le Siège"], record.AlternativeTitles);
    }

    [Fact]
    public void ReadsCreditsSplitByABlankLineBeforeAnySection()
    {
        var record = TestRecords.ReadOk("Film\n\nDirected by : A B\n\nMusic : C D\n\nPlot synopsis\nText.\nSource :\n");

        Assert.Equal([new CreditRecord("Directed by", "A B"), new CreditRecord("Music", "C D")], record.Credits);
        Assert.Equal("Text.", record.Synopsis);
    }

    [Fact]
    public void AcceptsACreditLabelWithoutASpaceBeforeTheColon()
    {
        var record = TestRecords.ReadOk("Film\n\nDirected by: A B\nMusic: C D\n");

        Assert.Equal([new CreditRecord("Directed by", "A B"), new CreditRecord("Music", "C D")], record.Credits);
    }

    [Fact]
    public void WarnsAndLeavesTheYearEmptyWhenTheFactsYearIsNotFourDigits()
    {
        var result = RecordReader.Read("Russia, 205, 52mn\nThe Siege\n", "year.txt");

        Assert.True(result.Succeeded);
        Assert.Null(result.Record!.Year);
        Assert.Equal(["Russia"], result.Record.Countries);
        Assert.Equal(52, result.Record.DurationMinutes);
        Assert.Equal("The Siege", result.Record.MainTitle);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("year.txt:1: warning: expected a 4-digit year in the facts line, found \"205\": the year is left empty", warning.ToString());
    }

    [Fact]
    public void WarnsAndKeepsTheSelectionWhenItHasNoYear()
    {
        var result = RecordReader.Read("Film\n\nSelected in the following festivals or events :\n- Trieste Film Festival, Trieste (Italy)\n", "sel.txt");

        Assert.True(result.Succeeded);
        Assert.Equal(new SelectionRecord("Trieste Film Festival", "Trieste", "Italy", null), Assert.Single(result.Record!.Selections));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(4, warning.Line);
        Assert.Contains("expected \", Year\"", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsASynopsisParagraphStartingWithDvdAsText()
    {
        var record = TestRecords.ReadOk("Film\n\nPlot synopsis\nDVD sales made the film known.\nSource : Press kit\n");

        Assert.Equal("DVD sales made the film known.", record.Synopsis);
        Assert.Empty(record.Editions);
    }

    [Fact]
    public void EndsASectionAtTheNextHeadingEvenWithoutABlankLine()
    {
        var record = TestRecords.ReadOk(
            "Film\n\nSelected in the following festivals or events :\n- Trieste Film Festival, Trieste (Italy), 2011\nPhotos and videos\nposter.jpg\n");

        Assert.Single(record.Selections);
        Assert.Equal([new MediaRecord("poster.jpg", null)], record.Media);
    }

    [Fact]
    public void OpensAnEditionRightAfterTheHeaderWhenARecordHasNoCredits()
    {
        var record = TestRecords.ReadOk("The Siege\nBlockade\n\nDVD zone 2\nBooklet.\n");

        Assert.Equal(["Blockade"], record.AlternativeTitles);
        Assert.Equal([new EditionRecord("DVD zone 2", null, null, null, "Booklet.")], record.Editions);
    }

    [Fact]
    public void FindsTheDvdTitleMarkerOnlyAsAWord()
    {
        var record = TestRecords.ReadOk("Film\n\nDVD\nEditor : Les Titres Rares. 2011. Titre : Film : la suite.\n");

        Assert.Equal([new EditionRecord("DVD", "Les Titres Rares", 2011, "Film : la suite", null)], record.Editions);
    }

    [Fact]
    public void ReportsWarningsInLineOrder()
    {
        var result = RecordReader.Read(
            "Film\n\nAwards :\nPrize Nowhere, 2001\n\nTrivia\nx\n",
            "order.txt");

        Assert.Equal([4, 6], result.Warnings.Select(w => w.Line));
    }
}

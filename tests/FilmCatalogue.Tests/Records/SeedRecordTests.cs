using FilmCatalogue.Web.Records;

namespace FilmCatalogue.Tests.Records;

public class SeedRecordTests
{
    private const string GuildAward = "Annual award of the Guild of Historians of Cinema and Film Critics";
    private const string Loznitsa = "Сергей ЛОЗНИЦА";

    private static FilmRecord Seed()
    {
        var result = TestRecords.ReadSeed();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Record!;
    }

    [Fact]
    public void ReadsTheSeedWithoutAnyDiagnostic()
    {
        var result = TestRecords.ReadSeed();

        Assert.NotNull(result.Record);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void ReadsTheSeedRecordsFactsAndFormat()
    {
        var record = Seed();

        Assert.Equal(["Russia"], record.Countries);
        Assert.Equal(2005, record.Year);
        Assert.Equal(52, record.DurationMinutes);
        Assert.Equal("Black and white", record.Colour);
        Assert.Equal(["documentary"], record.Genres);
    }

    [Fact]
    public void ReadsTheSeedRecordsTitlesSkippingTheRatingLine()
    {
        var record = Seed();

        Assert.Equal("The Siege", record.MainTitle);
        Assert.Equal(["Blockade", "Le Siège"], record.AlternativeTitles);
    }

    [Fact]
    public void ReadsTheSeedRecordsSevenCreditsWithTheirCyrillicForms()
    {
        var record = Seed();

        Assert.Equal(
            [
                new CreditRecord("Directed by", "Sergey LOZNITSA", Loznitsa),
                new CreditRecord("Writing credits", "Sergey LOZNITSA", Loznitsa),
                new CreditRecord("Cinematography", "Pavel KOSTOMAROV", "Павел КОСТОМАРОВ"),
                new CreditRecord("Sound", "Vladimir GOLOVNITSKY", "Владимир ГОЛОВНИЦКИЙ"),
                new CreditRecord("Editing", "Sergey LOZNITSA", Loznitsa),
                new CreditRecord("Produced by", "Vyacheslav TELNOV", "Вячеслав ТЕЛЬНОВ"),
                new CreditRecord("Production", "St Petersburg Documentary Film Studio"),
            ],
            record.Credits);
        Assert.True(record.Credits[^1].IsOrganisation);
    }

    [Fact]
    public void SplitsTheSeedRecordsAwardAtTheFestivalItWasSelectedIn()
    {
        var record = Seed();

        var award = Assert.Single(record.Awards);
        Assert.Equal(new AwardRecord("Best documentary", GuildAward, "Moscow", "Russia", 2005), award);
    }

    [Fact]
    public void ReadsTheSeedRecordsDvdEditionWithATitleHoldingDashes()
    {
        var record = Seed();

        var edition = Assert.Single(record.Editions);
        Assert.Equal("DVD with subtitles", edition.Heading);
        Assert.Equal("Juste Doc", edition.Publisher);
        Assert.Equal(2017, edition.Year);
        Assert.Equal("Loznitsa - Le Siège - L'Usine - Artel", edition.Title);
        Assert.Equal(
            "Extrait (29 mn) de la masterclass du réalisateur organisée par le festival Planete+DOC (Pologne, 2013). "
            + "Sergueï Loznitsa révèle les arcanes de son art documentaire et analyse la mise en scène du film Le Siège.",
            edition.Extras);
    }

    [Fact]
    public void ReadsTheSeedRecordsSynopsisWithAnEmptySource()
    {
        var record = Seed();

        Assert.Equal(
            "The film consists entirely of archival material and has been possible only thanks to those directors and cameramen, "
            + "who filmed the Leningrad chronicle during the terrible days of the blockade. "
            + "This film explores how time stops and life is compressed, conceding its place to death.",
            record.Synopsis);
        Assert.Null(record.SynopsisSource);
    }

    [Fact]
    public void ReadsTheSeedRecordsBibliographyFromTheRight()
    {
        var record = Seed();

        Assert.Equal(
            [
                new BibliographyRecord("Back in the USSR : les documentaires d’archives de Sergei Loznitsa", "Carlos SOLANO", null, 2021),
                new BibliographyRecord("Le re-montage dans le cinéma soviétique", "François ALBERA", "Décadrages", 2017),
                new BibliographyRecord("Sergei Loznitsa : The Siege (Blokada, 2006)", "Polina BARSKOVA", null, 2009),
                new BibliographyRecord("Blocus (Le Siège) [Blocade de Sergueï Loznitsa]", "Aurélien VERNHES-LERMUSIAUX", null, 2006),
            ],
            record.Bibliography);
    }

    [Fact]
    public void ReadsTheSeedRecordsFestivalSelections()
    {
        var record = Seed();

        Assert.Equal(22, record.Selections.Count);
        Assert.Equal(new SelectionRecord("War in contemporary Russian cinema", null, "France", 2023), record.Selections[0]);
        Assert.Equal(new SelectionRecord("Sao Paulo International Film Festival", "Sao Paulo", "Brazil", 2012), record.Selections[4]);
        Assert.Equal(new SelectionRecord("Festival of Central and Eastern Film", "Wiesbaden", "Germany", 2012), record.Selections[5]);
        Assert.Equal(new SelectionRecord("Moscow, St-Petersburg, two capitals, one country", "Toulouse", "France", 2010), record.Selections[8]);
        Assert.Equal(new SelectionRecord("Moscow, St-Petersburg : two faces of Russia", "Paris", "France", 2010), record.Selections[9]);
        Assert.Equal(new SelectionRecord("Russian documentaries - musée du quai Branly (Paris)", "Paris", "France", 2008), record.Selections[14]);
        Assert.Equal(new SelectionRecord("Documentary and feature film festival ''Kinoteatr.doc''", "Moscow", "Russia", 2008), record.Selections[15]);
        Assert.Equal(new SelectionRecord("International Film Festival Bratislava", "Brastislava", "Slovakia", 2006), record.Selections[20]);
        Assert.Equal(new SelectionRecord(GuildAward, "Moscow", "Russia", 2005), record.Selections[21]);
    }

    [Fact]
    public void ReadsTheSeedRecordsEmptyPhotosSectionAsNoMediaAndNoNotes()
    {
        var record = Seed();

        Assert.Empty(record.Media);
        Assert.Empty(record.Notes);
    }

    [Fact]
    public void KeepsNoNoBreakSpaceFromTheSeed()
    {
        var json = TestRecords.ToJson(Seed());

        Assert.DoesNotContain('\u00A0', json);
    }

    [Fact]
    public void WritesTheSeedAsTheCanonicalRecord()
    {
        // Written by hand from the format rules: alternative titles one a line, no rating line,
        // headings in their canonical spelling, ",, year" for an empty publication, "Source :" when empty,
        // no "Photos and videos" section because the seed has no media.
        const string expected = """
            Russia, 2005, 52mn
            Black and white, documentary
            The Siege
            Blockade
            Le Siège

            Directed by : Sergey LOZNITSA (Сергей ЛОЗНИЦА)
            Writing credits : Sergey LOZNITSA (Сергей ЛОЗНИЦА)
            Cinematography : Pavel KOSTOMAROV (Павел КОСТОМАРОВ)
            Sound : Vladimir GOLOVNITSKY (Владимир ГОЛОВНИЦКИЙ)
            Editing : Sergey LOZNITSA (Сергей ЛОЗНИЦА)
            Produced by : Vyacheslav TELNOV (Вячеслав ТЕЛЬНОВ)
            Production : St Petersburg Documentary Film Studio

            Awards :
            Best documentary Annual award of the Guild of Historians of Cinema and Film Critics, Moscow (Russia), 2005

            DVD with subtitles
            Editor : Juste Doc. 2017. Titre : Loznitsa - Le Siège - L'Usine - Artel.
            Extrait (29 mn) de la masterclass du réalisateur organisée par le festival Planete+DOC (Pologne, 2013). Sergueï Loznitsa révèle les arcanes de son art documentaire et analyse la mise en scène du film Le Siège.

            Plot synopsis
            The film consists entirely of archival material and has been possible only thanks to those directors and cameramen, who filmed the Leningrad chronicle during the terrible days of the blockade. This film explores how time stops and life is compressed, conceding its place to death.
            Source :

            Commentaries and bibliography
            Back in the USSR : les documentaires d’archives de Sergei Loznitsa, Carlos SOLANO,, 2021
            Le re-montage dans le cinéma soviétique, François ALBERA, Décadrages, 2017
            Sergei Loznitsa : The Siege (Blokada, 2006), Polina BARSKOVA,, 2009
            Blocus (Le Siège) [Blocade de Sergueï Loznitsa], Aurélien VERNHES-LERMUSIAUX,, 2006

            Selected in the following festivals or events :
            - War in contemporary Russian cinema, (France), 2023
            - Stalin in contemporary Russian cinema, (France), 2023
            - Intégrale Sergueï Loznitsa au Centre Pompidou et carte blanche au réalisateur, Paris (France), 2020
            - Honfleur Russian Film Festival, Honfleur (France), 2016
            - Sao Paulo International Film Festival, Sao Paulo (Brazil), 2012
            - Festival of Central and Eastern Film, Wiesbaden (Germany), 2012
            - Trieste Film Festival, Trieste (Italy), 2011
            - Mostra Internazionale del Nuovo Cinema, Pesaro (Italy), 2011
            - Moscow, St-Petersburg, two capitals, one country, Toulouse (France), 2010
            - Moscow, St-Petersburg : two faces of Russia, Paris (France), 2010
            - Année croisée France-Russia, Different cities (France), 2010
            - Amsterdam International Documentary Film Festival : IDFA, Amsterdam (Netherlands), 2010
            - Saint Petersburg International Cine-Forum, St Petersburg (Russia), 2010
            - San Sebastian International Film Festival, San Sebastian (Spain), 2010
            - Russian documentaries - musée du quai Branly (Paris), Paris (France), 2008
            - Documentary and feature film festival ''Kinoteatr.doc'', Moscow (Russia), 2008
            - Karlovy Vary International Film Festival, Karlovy Vary (Czech Republic), 2006
            - FEMA / La Rochelle International Film Festival, La Rochelle (France), 2006
            - États généraux du film documentaire, Lussas (France), 2006
            - International Leipzig Festival for documentary and animated film, Leipzig (Germany), 2006
            - International Film Festival Bratislava, Brastislava (Slovakia), 2006
            - Annual award of the Guild of Historians of Cinema and Film Critics, Moscow (Russia), 2005

            """;

        var written = RecordWriter.Write(Seed());

        Assert.Equal(expected.ReplaceLineEndings("\n"), written);
    }

    [Fact]
    public void ReadsTheWrittenSeedBackAsTheSameRecord()
    {
        var seed = Seed();

        var written = RecordWriter.Write(seed);
        var again = RecordReader.Read(written, "written.txt");

        Assert.Empty(again.Diagnostics);
        TestRecords.AssertSameRecord(seed, again.Record!);
        Assert.Equal(written, RecordWriter.Write(again.Record!));
    }
}

using System.Security.Cryptography;
using System.Text;
using FilmCatalogue.Tests.Web;
using FilmCatalogue.Web.Corpus;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Importing;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Tests.Importing;

public sealed class RecordImporterTests : IDisposable
{
    private static readonly string Siege = File.ReadAllText(Path.Combine(TestPaths.Data("Catalogue"), "the-siege.txt"));
    private readonly ImportTestHost host = new();

    // A folder of records for a test to write and import.
    private readonly string folder = Directory.CreateTempSubdirectory("filmcatalogue-batch-").FullName;

    public void Dispose()
    {
        host.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task ImportingARecordStoresEverythingItHolds()
    {
        var outcome = await host.ImportAsync("the-siege.txt", Siege);

        Assert.Equal(ImportStatus.Imported, outcome.Status);
        Assert.Equal("the-siege-2005", outcome.FilmSlug);
        var counts = await CountsAsync();
        Assert.Equal((1, 4, 1, 22, 1, 4, 1), counts);
    }

    [Fact]
    public async Task ImportingTheSameRecordTwiceChangesNothing()
    {
        await host.ImportAsync("the-siege.txt", Siege);
        var before = await CountsAsync();

        var again = await host.ImportAsync("the-siege.txt", Siege);
        var withOtherLineEnds = await host.ImportAsync("copy.txt", "\uFEFF" + Siege.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(ImportStatus.Unchanged, again.Status);
        Assert.Equal(ImportStatus.Unchanged, withOtherLineEnds.Status);
        Assert.Equal("the-siege-2005", again.FilmSlug);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task AFileImportedBeforeIsKnownByTheHashOfItsBytes()
    {
        await host.ImportAsync("the-siege.txt", Siege);

        var fileHash = await host.WithDatabaseAsync(db => db.ImportedRecords.Select(r => r.FileHash).SingleAsync());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Siege))), fileHash);
        var again = await host.ImportAsync("renamed.txt", Siege);
        Assert.Equal((ImportStatus.Unchanged, "the-siege-2005"), (again.Status, again.FilmSlug));
    }

    [Fact]
    public async Task AChangedRecordUpdatesItsFilmInPlace()
    {
        await host.ImportAsync("the-siege.txt", Siege);

        var outcome = await host.ImportAsync("the-siege.txt", Siege.Replace("52mn", "54mn", StringComparison.Ordinal));

        Assert.Equal(ImportStatus.Updated, outcome.Status);
        var films = await host.WithDatabaseAsync(db => db.Films.Select(f => new { f.Slug, f.DurationMinutes }).ToListAsync());
        Assert.Equal("the-siege-2005", Assert.Single(films).Slug);
        Assert.Equal(54, films[0].DurationMinutes);
        // Both versions of the record are remembered as seen; nothing else is duplicated.
        Assert.Equal((1, 4, 1, 22, 1, 4, 2), await CountsAsync());
    }

    [Fact]
    public async Task ACuratorsEditIsNeverOverwrittenByAReimport()
    {
        await host.ImportAsync("the-siege.txt", Siege);
        await host.WithDatabaseAsync(async db =>
        {
            var film = await db.Films.SingleAsync();
            film.SynopsisMarkdown = "The curator's synopsis.";
            film.CuratorEditedAt = DateTime.UtcNow;
            return await db.SaveChangesAsync();
        });

        var outcome = await host.ImportAsync("the-siege.txt", Siege.Replace("52mn", "54mn", StringComparison.Ordinal));

        Assert.Equal(ImportStatus.KeptCuratorEdits, outcome.Status);
        var film = await host.WithDatabaseAsync(db => db.Films.Select(f => new { f.SynopsisMarkdown, f.DurationMinutes }).SingleAsync());
        Assert.Equal("The curator's synopsis.", film.SynopsisMarkdown);
        Assert.Equal(52, film.DurationMinutes);
    }

    [Fact]
    public async Task ABadRecordInABatchNeverCostsTheGoodOnes()
    {
        var outcomes = await host.ImportFilesAsync(TestPaths.Data("Batch"));

        Assert.Equal([ImportStatus.Imported, ImportStatus.Rejected, ImportStatus.Imported], outcomes.Select(o => o.Status));
        var error = Assert.Single(outcomes[1].Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.EndsWith("2-untitled.txt", error.Source, StringComparison.Ordinal);
        Assert.True(error.Line > 0, $"the error names no line: {error}");
        var titles = await host.WithDatabaseAsync(db => db.Films.OrderBy(f => f.Title).Select(f => f.Title).ToListAsync());
        Assert.Equal(["Hedgehog in the Fog", "The Event"], titles);
    }

    [Fact]
    public async Task AFailedSaveLeavesNothingOfTheRecordHalfStored()
    {
        // The database refuses one bibliography entry, after the film, its people and festivals were written.
        await RefuseSolanosBibliographyEntryAsync();

        var outcome = await host.ImportAsync("the-siege.txt", Siege);

        Assert.Equal(ImportStatus.Rejected, outcome.Status);
        Assert.Contains(outcome.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Message.Contains("nothing of it was kept", StringComparison.Ordinal));
        Assert.Equal((0, 0, 0, 0, 0, 0, 0), await CountsAsync());
        var searchRows = await host.WithDatabaseAsync(db => db.Database.SqlQueryRaw<int>("""SELECT CAST(count(*) AS integer) AS "Value" FROM SearchIndex""").SingleAsync());
        Assert.Equal(0, searchRows);

        var next = await host.ImportAsync("hedgehog.txt", File.ReadAllText(Path.Combine(TestPaths.Data("Catalogue"), "hedgehog.txt")));
        Assert.Equal(ImportStatus.Imported, next.Status);
    }

    [Fact]
    public async Task ARowTheDatabaseRefusesAtABatchsEndCostsOnlyItsRecord()
    {
        // A batch's bibliography goes in at its end, with the other records' rows: the refusal comes after all three
        // records were written, and only The Siege's may be lost to it.
        await RefuseSolanosBibliographyEntryAsync();

        var outcomes = await host.ImportFilesAsync(TestPaths.Data("Catalogue"));

        Assert.Equal(
            [("hedgehog.txt", ImportStatus.Imported), ("the-event.txt", ImportStatus.Imported), ("the-siege.txt", ImportStatus.Rejected)],
            outcomes.Select(o => (Path.GetFileName(o.SourceName), o.Status)));
        var films = await host.WithDatabaseAsync(db => db.Films.OrderBy(f => f.Title)
            .Select(f => new { f.Title, Credits = f.Credits.Count, Titles = f.Titles.Count }).ToListAsync());
        Assert.Equal(["Hedgehog in the Fog", "The Event"], films.Select(f => f.Title));
        Assert.All(films, f => Assert.True(f.Credits > 0 && f.Titles > 0, $"{f.Title} lost its rows"));
        var kept = await host.WithDatabaseAsync(db => db.ImportedRecords.OrderBy(r => r.SourceName).Select(r => r.SourceName).ToListAsync());
        Assert.Equal(["hedgehog.txt", "the-event.txt"], kept);
        Assert.False(await host.WithDatabaseAsync(db => db.Bibliography.AnyAsync(b => b.Author == "Carlos SOLANO")));
    }

    [Fact]
    public async Task APersonIsOnePersonAcrossLatinSpellingsOfOneOriginalName()
    {
        await host.ImportFilesAsync(TestPaths.Data("Catalogue"));

        var loznitsa = await host.WithDatabaseAsync(db => db.People.Include(p => p.Names)
            .Where(p => p.OriginalNameKey == "сергей лозница").ToListAsync());

        var person = Assert.Single(loznitsa);
        // The Event comes first in the folder: its spelling is the one the catalogue met first.
        Assert.Equal("Sergei LOZNITSA", person.Name);
        Assert.Equal(["Sergei LOZNITSA", "Сергей Лозница", "Sergey LOZNITSA"], person.Names.OrderBy(n => n.Id).Select(n => n.Name));
    }

    [Fact]
    public async Task TheSameFestivalInTwoRecordsIsOneFestival()
    {
        await host.ImportFilesAsync(TestPaths.Data("Catalogue"));

        var idfa = await host.WithDatabaseAsync(db => db.Festivals
            .Where(f => f.Name == "Amsterdam International Documentary Film Festival : IDFA")
            .Select(f => new { Selections = f.Selections.Count, Awards = f.Awards.Count }).ToListAsync());

        Assert.Equal((2, 1), (Assert.Single(idfa).Selections, idfa[0].Awards));
    }

    [Fact]
    public async Task AnAwardMayNameAFestivalThatALaterRecordOfTheBatchSelects()
    {
        File.WriteAllText(Path.Combine(folder, "1-awarded.txt"), "Russia, 2001, 90mn\nColour, drama\nAwarded\n\nAwards :\nGrand prize Kinotavr, Sochi (Russia), 2001\n");
        File.WriteAllText(Path.Combine(folder, "2-selected.txt"), "Russia, 2001, 80mn\nColour, drama\nSelected\n\nSelected in the following festivals or events :\n- Kinotavr, Sochi (Russia), 2001\n");

        var outcomes = await host.ImportFilesAsync(folder);

        Assert.All(outcomes, o => Assert.Equal(ImportStatus.Imported, o.Status));
        Assert.Empty(outcomes[0].Diagnostics);
        var award = await host.WithDatabaseAsync(db => db.Awards.Select(a => new { a.Category, a.EventName, Festival = a.Festival!.Name }).SingleAsync());
        Assert.Equal(("Grand prize", "Kinotavr", "Kinotavr"), (award.Category, award.EventName, award.Festival));
    }

    [Fact]
    public async Task AFilmTwiceInOneBatchIsWrittenOnceAsItsLaterRecordHasIt()
    {
        File.WriteAllText(Path.Combine(folder, "1-siege.txt"), Siege);
        File.WriteAllText(Path.Combine(folder, "2-siege-corrected.txt"), Siege.Replace("52mn", "54mn", StringComparison.Ordinal));

        var outcomes = await host.ImportFilesAsync(folder);

        Assert.Equal([ImportStatus.Imported, ImportStatus.Updated], outcomes.Select(o => o.Status));
        Assert.Equal(54, await host.WithDatabaseAsync(db => db.Films.Select(f => f.DurationMinutes).SingleAsync()));
        // The film's credits, awards and bibliography once, not once a record.
        Assert.Equal((1, 4, 1, 22, 1, 4, 2), await CountsAsync());
        Assert.Equal(
            await host.WithDatabaseAsync(db => db.Credits.Select(c => c.Position).Distinct().CountAsync()),
            await host.WithDatabaseAsync(db => db.Credits.CountAsync()));
    }

    [Fact]
    public async Task WhenABatchIsRefusedTheBatchPlannedAfterItIsPlannedAgainOnWhatItKept()
    {
        // The second batch is planned while the first is written, with the ids the first would give. The database
        // refuses one of the first batch's films, so the first is stored again record by record without it: its
        // people after that film take other ids, and the second batch must credit the people it means all the same.
        new CorpusGenerator(RecordImporter.BatchSize + 1, seed: 7).WriteTo(folder);
        var files = RecordSource.ExpandPaths([folder]).ToList();
        var record = RecordReader.Read(File.ReadAllBytes(files[1]), files[1]).Record!;
        var refused = $"NEW.Title = '{record.MainTitle.Replace("'", "''", StringComparison.Ordinal)}' AND NEW.Year = {record.Year}";
        await host.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(TestDatabase.IsPostgreSql
            ? $"""
              CREATE FUNCTION RefuseOneFilm() RETURNS trigger LANGUAGE plpgsql AS $$
              BEGIN IF {refused} THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$;
              CREATE TRIGGER RefuseOneFilm BEFORE INSERT ON Films FOR EACH ROW EXECUTE FUNCTION RefuseOneFilm();
              """
            : $"CREATE TRIGGER RefuseOneFilm BEFORE INSERT ON Films WHEN {refused} BEGIN SELECT RAISE(ABORT, 'refused'); END;"));

        var outcomes = await host.ImportFilesAsync(folder);

        Assert.Equal(files[1], Assert.Single(outcomes, o => o.Status == ImportStatus.Rejected).SourceName);
        Assert.Equal(RecordImporter.BatchSize, outcomes.Count(o => o.Status is ImportStatus.Imported or ImportStatus.Updated));
        var credits = await host.WithDatabaseAsync(db => db.Credits.Where(c => c.PersonId != null)
            .Select(c => new { c.CreditedAs, c.PersonId, c.Film.Slug }).ToListAsync());
        var spellings = (await host.WithDatabaseAsync(db => db.PersonNames.Select(n => new { n.PersonId, n.Key }).ToListAsync()))
            .ToLookup(n => n.PersonId, n => n.Key);
        Assert.Contains(credits, c => c.Slug == outcomes[^1].FilmSlug);
        Assert.All(credits, c => Assert.True(
            spellings[c.PersonId!.Value].Contains(TextFolding.IdentityKey(c.CreditedAs)),
            $"{c.Slug} credits {c.CreditedAs} to person {c.PersonId}, who has no such name"));
    }

    [Fact]
    public async Task NoIdAnImportGaveIsGivenAgainByACuratorOrByTheNextImport()
    {
        // The import gives the ids of the films and people it creates itself: what a curator adds after it takes new
        // ones, and so does the next import, even once the entries with the largest ids are deleted.
        await host.ImportAsync("the-siege.txt", Siege);
        var imported = await host.WithDatabaseAsync(async db => (Film: await db.Films.MaxAsync(f => f.Id), Person: await db.People.MaxAsync(p => p.Id)));
        var now = DateTime.UtcNow;
        var added = await host.WithDatabaseAsync(async db =>
        {
            var person = new Person { Slug = "anna-karpova", Name = "Anna KARPOVA", IndexLetter = "K", SortKey = "karpova anna", CreatedAt = now, UpdatedAt = now };
            var film = new Film { Slug = "a-curators-film", Title = "A Curator's Film", TitleKey = "a curator s film", IndexLetter = "A", CreatedAt = now, UpdatedAt = now };
            db.AddRange(person, film);
            await db.SaveChangesAsync();
            return (Film: film.Id, Person: person.Id);
        });
        Assert.True(added.Film > imported.Film && added.Person > imported.Person, $"the curator's entries took ids {added}, the import's went up to {imported}");
        await host.WithDatabaseAsync(async db =>
            await db.Films.Where(f => f.Id == added.Film).ExecuteDeleteAsync() + await db.People.Where(p => p.Id == added.Person).ExecuteDeleteAsync());

        await host.ImportAsync("hedgehog.txt", File.ReadAllText(Path.Combine(TestPaths.Data("Catalogue"), "hedgehog.txt")));

        var hedgehog = await host.WithDatabaseAsync(db => db.Films.Where(f => f.Slug.StartsWith("hedgehog")).Select(f => new
        {
            f.Id,
            People = f.Credits.Where(c => c.PersonId != null && c.PersonId > imported.Person).Select(c => c.PersonId!.Value).ToList(),
        }).SingleAsync());
        Assert.True(hedgehog.Id > added.Film, $"the next import gave its film the id {hedgehog.Id}, at most the deleted {added.Film}");
        Assert.NotEmpty(hedgehog.People);
        Assert.All(hedgehog.People, id => Assert.True(id > added.Person, $"the next import gave a person the id {id}, at most the deleted {added.Person}"));
    }

    private Task<int> RefuseSolanosBibliographyEntryAsync() =>
        host.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(TestDatabase.IsPostgreSql
            ? """
              CREATE FUNCTION RefuseOneEntry() RETURNS trigger LANGUAGE plpgsql AS $$
              BEGIN IF NEW.Author = 'Carlos SOLANO' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$;
              CREATE TRIGGER RefuseOneEntry BEFORE INSERT ON Bibliography FOR EACH ROW EXECUTE FUNCTION RefuseOneEntry();
              """
            : "CREATE TRIGGER RefuseOneEntry BEFORE INSERT ON Bibliography WHEN NEW.Author = 'Carlos SOLANO' BEGIN SELECT RAISE(ABORT, 'refused'); END;"));

    private Task<(int Films, int People, int Organisations, int Festivals, int Awards, int Bibliography, int ImportedRecords)> CountsAsync() =>
        host.WithDatabaseAsync(async db => (
            await db.Films.CountAsync(), await db.People.CountAsync(), await db.Organisations.CountAsync(),
            await db.Festivals.CountAsync(), await db.Awards.CountAsync(), await db.Bibliography.CountAsync(),
            await db.ImportedRecords.CountAsync()));
}

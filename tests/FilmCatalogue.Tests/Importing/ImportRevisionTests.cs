using FilmCatalogue.Tests.Web;
using FilmCatalogue.Web.Corpus;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.History;
using FilmCatalogue.Web.Importing;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Tests.Importing;

/// <summary>
/// The importer gives each entry it writes as it wrote it, rather than reading it back: its revisions must be exactly
/// what the database shows, or the next edit's history would list changes nobody made.
/// </summary>
public sealed class ImportRevisionTests : IDisposable
{
    private readonly ImportTestHost host = new();
    private readonly string corpus = Directory.CreateTempSubdirectory("filmcatalogue-revisions-").FullName;

    public void Dispose()
    {
        host.Dispose();
        Directory.Delete(corpus, recursive: true);
    }

    [Fact]
    public async Task EveryImportedEntrysRevisionHoldsItAsTheDatabaseShowsIt()
    {
        new CorpusGenerator(80, seed: 7).WriteTo(corpus);

        await host.ImportFilesAsync(TestPaths.Data("Catalogue"), TestPaths.Data("Records"), corpus);

        var revisions = await host.WithDatabaseAsync(LatestRevisionsAsync);
        Assert.Equal(
            await host.WithDatabaseAsync(db => db.Films.CountAsync()) + await host.WithDatabaseAsync(db => db.People.CountAsync())
                + await host.WithDatabaseAsync(db => db.Organisations.CountAsync()) + await host.WithDatabaseAsync(db => db.Festivals.CountAsync()),
            revisions.Count);
        await AssertRevisionsShowTheDatabaseAsync(revisions);
    }

    [Fact]
    public async Task AnUpdatedFilmsRevisionHoldsItAsTheDatabaseShowsItAndListsOnlyWhatChanged()
    {
        var siege = await File.ReadAllTextAsync(Path.Combine(TestPaths.Data("Catalogue"), "the-siege.txt"));
        await host.ImportAsync("the-siege.txt", siege);
        var changed = siege.Replace("Sergey LOZNITSA", "Sergei LOZNITSA", StringComparison.Ordinal).Replace("52mn", "53mn", StringComparison.Ordinal);

        var outcome = await host.ImportAsync("the-siege.txt", changed);

        Assert.Equal(ImportStatus.Updated, outcome.Status);
        var revisions = await host.WithDatabaseAsync(LatestRevisionsAsync);
        await AssertRevisionsShowTheDatabaseAsync(revisions);
        var film = revisions.Single(r => r.EntryKind == EntryKind.Film);
        Assert.Equal(RevisionAction.Updated, film.Action);
        Assert.Contains(new FieldChange("Running time (minutes)", "52", "53"), Snapshots.ChangesFromJson(film.ChangesJson));
        Assert.DoesNotContain(Snapshots.ChangesFromJson(film.ChangesJson), c => c.Field is "Title" or "Countries" or "Festival selections");
        Assert.Contains(revisions, r => r.EntryKind == EntryKind.Person && r.Action == RevisionAction.Updated && r.EntryName.Contains("LOZNITSA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACreatedEntrysRevisionListsEveryFieldFromItsSnapshotWithoutKeepingThemTwice()
    {
        await host.ImportAsync("the-siege.txt", await File.ReadAllTextAsync(Path.Combine(TestPaths.Data("Catalogue"), "the-siege.txt")));

        var film = (await host.WithDatabaseAsync(LatestRevisionsAsync)).Single(r => r.EntryKind == EntryKind.Film);

        Assert.Equal(RevisionAction.Created, film.Action);
        Assert.Equal("[]", film.ChangesJson);
        var changes = Snapshots.ChangesOf(film);
        Assert.Contains(new FieldChange("Title", null, "The Siege"), changes);
        Assert.Contains(new FieldChange("Running time (minutes)", null, "52"), changes);
        Assert.Contains(changes, c => c.Field == "Credits" && c.To == "Directed by: Sergey LOZNITSA (Сергей ЛОЗНИЦА)");
    }

    [Fact]
    public void ASnapshotKeptAsPlainJsonBeforeSnapshotsWereCompressedStillReads()
    {
        var person = new PersonSnapshot { Slug = "sergei-loznitsa", Name = "Sergei LOZNITSA", Spellings = ["Sergei LOZNITSA", "Сергей Лозница"] };
        var json = """{"name":"Sergei LOZNITSA","spellings":["Sergei LOZNITSA","Сергей Лозница"],"displayName":"Sergei LOZNITSA","slug":"sergei-loznitsa"}"""u8;

        Assert.Equal(Snapshots.Pack(person), Snapshots.Pack(Snapshots.Unpack(EntryKind.Person, json.ToArray())));
        Assert.NotEqual((byte)'{', Snapshots.Pack(person)[0]);
    }

    private async Task AssertRevisionsShowTheDatabaseAsync(List<Revision> revisions)
    {
        foreach (var revision in revisions)
        {
            var stored = await host.WithDatabaseAsync(db => Snapshots.LoadAsync(db, revision.EntryKind, revision.EntryId, CancellationToken.None));
            Assert.Equal(Snapshots.Pack(stored!), revision.Snapshot);
        }
    }

    private static Task<List<Revision>> LatestRevisionsAsync(CatalogueDbContext db) =>
        db.Revisions.AsNoTracking()
            .Where(r => r.Id == db.Revisions.Where(o => o.EntryKind == r.EntryKind && o.EntryId == r.EntryId).Max(o => o.Id))
            .ToListAsync();
}

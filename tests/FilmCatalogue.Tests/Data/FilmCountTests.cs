using FilmCatalogue.Tests.Importing;
using FilmCatalogue.Web.Corpus;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Importing;
using FilmCatalogue.Web.Records;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Tests.Data;

/// <summary>
/// The counts of films of people, organisations and festivals are kept by the database, whatever writes their credits
/// and selections: each test changes them the way one of the app's writers does and compares every kept count with a
/// count of the films they name.
/// </summary>
public sealed class FilmCountTests : IDisposable
{
    private readonly ImportTestHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task AnImportCountsEachOnesFilmsOnceWhateverTheirRoles()
    {
        await ImportCorpusAsync();

        Assert.Empty(await MiscountedAsync());
        var (kept, credits) = await host.WithDatabaseAsync(async db =>
        {
            var busiest = await db.People.OrderByDescending(p => p.Credits.Count).Select(p => new { p.FilmCount, Credits = p.Credits.Count }).FirstAsync();
            return (busiest.FilmCount, busiest.Credits);
        });
        Assert.True(kept > 1, $"the busiest person has {kept} films");
        Assert.True(credits >= kept);
    }

    [Fact]
    public async Task ASecondRoleOnTheSameFilmIsNotASecondFilm()
    {
        await ImportCorpusAsync();
        var credit = await host.WithDatabaseAsync(db => db.Credits.Where(c => c.PersonId != null).OrderBy(c => c.Id).FirstAsync());
        var before = await FilmCountOfAsync(credit.PersonId!.Value);

        await host.WithDatabaseAsync(async db =>
        {
            db.Credits.Add(new Credit { FilmId = credit.FilmId, PersonId = credit.PersonId, Role = "Edited by", Position = 99, CreditedAs = credit.CreditedAs });
            return await db.SaveChangesAsync();
        });

        Assert.Equal(before, await FilmCountOfAsync(credit.PersonId.Value));
        Assert.Empty(await MiscountedAsync());
    }

    [Fact]
    public async Task MovingEveryCreditToAnotherPersonMovesTheirFilms()
    {
        await ImportCorpusAsync();
        var (from, to) = await FirstTwoAsync(db => db.People.Where(p => p.FilmCount > 1).OrderBy(p => p.Id).Select(p => p.Id));

        // As a merge does: one statement for all of them.
        await host.WithDatabaseAsync(db => db.Credits.Where(c => c.PersonId == from).ExecuteUpdateAsync(s => s.SetProperty(c => c.PersonId, to)));

        Assert.Equal(0, await FilmCountOfAsync(from));
        Assert.Empty(await MiscountedAsync());
    }

    [Fact]
    public async Task AnOrganisationsCreditsMovedOneByOneMoveItsFilms()
    {
        await ImportCorpusAsync();
        var (from, to) = await FirstTwoAsync(db => db.Organisations.Where(o => o.FilmCount > 1).OrderByDescending(o => o.FilmCount).Select(o => o.Id));

        // As the editor does: each tracked credit updated by a statement of its own.
        await host.WithDatabaseAsync(async db =>
        {
            foreach (var credit in await db.Credits.Where(c => c.OrganisationId == from).ToListAsync())
            {
                credit.OrganisationId = to;
            }

            return await db.SaveChangesAsync();
        });

        Assert.Equal(0, await host.WithDatabaseAsync(db => db.Organisations.Where(o => o.Id == from).Select(o => o.FilmCount).SingleAsync()));
        Assert.Empty(await MiscountedAsync());
    }

    [Fact]
    public async Task MergingTwoFestivalsCountsTheFilmsBothSelectedOnce()
    {
        await ImportCorpusAsync();
        var (from, to) = await FirstTwoAsync(db => db.Festivals.OrderByDescending(f => f.FilmCount).Select(f => f.Id));
        var films = await host.WithDatabaseAsync(db => db.Selections.Where(s => s.FestivalId == from || s.FestivalId == to).Select(s => s.FilmId).Distinct().CountAsync());

        await host.WithDatabaseAsync(db => db.Selections.Where(s => s.FestivalId == from).ExecuteUpdateAsync(s => s.SetProperty(c => c.FestivalId, to)));

        Assert.Equal(films, await host.WithDatabaseAsync(db => db.Festivals.Where(f => f.Id == to).Select(f => f.FilmCount).SingleAsync()));
        Assert.Empty(await MiscountedAsync());
    }

    [Fact]
    public async Task DeletingAFilmOrACreditTakesItFromItsPeople()
    {
        await ImportCorpusAsync();
        var (film, credit) = await host.WithDatabaseAsync(async db =>
        {
            var films = await db.Films.OrderBy(f => f.Id).Select(f => f.Id).Take(2).ToListAsync();
            return (films[0], await db.Credits.Where(c => c.FilmId == films[1] && c.PersonId != null).Select(c => c.Id).FirstAsync());
        });

        // The film's credits go by the database's cascade, one by one as the editor removes a credit.
        await host.WithDatabaseAsync(db => db.Films.Where(f => f.Id == film).ExecuteDeleteAsync());
        await host.WithDatabaseAsync(async db =>
        {
            db.Credits.Remove(await db.Credits.SingleAsync(c => c.Id == credit));
            return await db.SaveChangesAsync();
        });

        Assert.Empty(await MiscountedAsync());
    }

    [Fact]
    public async Task ReimportingAChangedCorpusKeepsTheCounts()
    {
        var records = new CorpusGenerator(120, seed: 3).Films().ToList();
        await ImportAsync(records);
        // The same films with their credits shuffled among the people: each changed film's credits are written anew.
        var shuffled = records.Select((record, i) => record with { Credits = [.. records[(i + 1) % records.Count].Credits] }).ToList();

        await ImportAsync(shuffled);

        Assert.Empty(await MiscountedAsync());
    }

    private Task ImportCorpusAsync() => ImportAsync([.. new CorpusGenerator(120, seed: 3).Films()]);

    private async Task ImportAsync(List<FilmRecord> records)
    {
        var folder = Directory.CreateTempSubdirectory("filmcatalogue-counts-").FullName;
        try
        {
            for (var i = 0; i < records.Count; i++)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, $"{i:D4}.txt"), RecordWriter.Write(records[i]));
            }

            var outcomes = await host.ImportFilesAsync(folder);
            Assert.All(outcomes, o => Assert.NotEqual(ImportStatus.Rejected, o.Status));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private Task<(int First, int Second)> FirstTwoAsync(Func<CatalogueDbContext, IQueryable<int>> ids) => host.WithDatabaseAsync(async db =>
    {
        var two = await ids(db).Take(2).ToListAsync();
        return (two[0], two[1]);
    });

    private Task<int> FilmCountOfAsync(int personId) =>
        host.WithDatabaseAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.FilmCount).SingleAsync());

    /// <summary>Every person, organisation and festival whose kept count differs from the films their credits name, as "name: kept, counted".</summary>
    private Task<List<string>> MiscountedAsync() => host.WithDatabaseAsync<List<string>>(async db =>
    {
        var people = await db.People
            .Select(p => new { p.Name, p.FilmCount, Counted = p.Credits.Select(c => c.FilmId).Distinct().Count() })
            .Where(p => p.FilmCount != p.Counted)
            .Select(p => p.Name + ": " + p.FilmCount + ", " + p.Counted)
            .ToListAsync();
        var organisations = await db.Organisations
            .Select(o => new { o.Name, o.FilmCount, Counted = o.Credits.Select(c => c.FilmId).Distinct().Count() })
            .Where(o => o.FilmCount != o.Counted)
            .Select(o => o.Name + ": " + o.FilmCount + ", " + o.Counted)
            .ToListAsync();
        var festivals = await db.Festivals
            .Select(f => new { f.Name, f.FilmCount, Counted = f.Selections.Select(s => s.FilmId).Distinct().Count() })
            .Where(f => f.FilmCount != f.Counted)
            .Select(f => f.Name + ": " + f.FilmCount + ", " + f.Counted)
            .ToListAsync();
        return [.. people, .. organisations, .. festivals];
    });
}

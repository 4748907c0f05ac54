using CsCheck;
using FilmCatalogue.Tests.Importing;
using FilmCatalogue.Tests.Web;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace FilmCatalogue.Tests.Search;

public class DeletionNeighbourhoodTests
{
    [Fact]
    public void ATokenIsItsOwnNeighbourAndEachOfItsOneLetterDeletionsOnce()
    {
        Assert.Equal(["abca", "bca", "aca", "aba", "abc"], TextFolding.DeletionNeighbourhood("abca"));
        Assert.Equal(["loza", "oza", "lza", "loa", "loz"], TextFolding.DeletionNeighbourhood("loza"));
        Assert.Equal(["ssa", "sa", "ss"], TextFolding.DeletionNeighbourhood("ssa"));
        Assert.Equal(["a", ""], TextFolding.DeletionNeighbourhood("a"));
    }

    [Fact]
    public void ALetterOutsideTheBasicPlaneIsDeletedWhole()
    {
        Assert.Equal(["a𝔄b", "𝔄b", "ab", "a𝔄"], TextFolding.DeletionNeighbourhood("a𝔄b"));
    }

    [Fact]
    public void TokensOneEditApartAlwaysShareANeighbour()
    {
        var word = Gen.Char["abcdefgh"].Array[1, 10].Select(c => new string(c));
        var edit = Gen.Int[0, 3];
        Gen.Select(word, edit, Gen.Int[0, 100], Gen.Char["abcdefgh"]).Sample((token, kind, at, letter) =>
        {
            var i = at % token.Length;
            var edited = kind switch
            {
                0 => token.Remove(i, 1),
                1 => token.Insert(i, letter.ToString()),
                2 => string.Concat(token.AsSpan(0, i), letter.ToString(), token.AsSpan(i + 1)),
                _ when i + 1 < token.Length => string.Concat(token.AsSpan(0, i), token[i + 1].ToString(), token[i].ToString(), token.AsSpan(i + 2)),
                _ => token,
            };

            Assert.True(TextFolding.WithinOneEdit(token, edited));
            Assert.NotEmpty(TextFolding.DeletionNeighbourhood(token).Intersect(TextFolding.DeletionNeighbourhood(edited)));
        });
    }
}

/// <summary>SearchSpellings holds exactly the deletion neighbourhoods of the tokens the full-text index holds, whoever writes it.</summary>
public sealed class SpellingIndexTests : IDisposable
{
    private readonly ImportTestHost host = new();

    [Fact]
    public async Task AnImportSpellsOutEveryTokenItIndexes()
    {
        await host.ImportFilesAsync(TestPaths.Data("Catalogue"));

        var (expected, actual) = await host.WithDatabaseAsync(SpellingsAsync);
        Assert.Contains(("lozntsa", "loznitsa"), actual);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task RenamingAndRemovingEntriesDropsTheSpellingsOfTokensNoEntryHoldsAnyMore()
    {
        await host.ImportFilesAsync(TestPaths.Data("Catalogue"));
        var (before, _) = await host.WithDatabaseAsync(SpellingsAsync);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            var indexer = scope.ServiceProvider.GetRequiredService<SearchIndexer>();
            var loznitsa = await db.People.Include(p => p.Names).SingleAsync(p => p.Slug == "sergei-loznitsa");
            loznitsa.Name = "Sergei Zabludovsky";
            loznitsa.OriginalName = null;
            loznitsa.Names.Clear();
            var studio = await db.Organisations.SingleAsync(o => o.Slug == "soyuzmultfilm");
            studio.Name = "Studio Ekran";
            await indexer.IndexAsync([loznitsa], [studio], [], CancellationToken.None);
            var film = await db.Films.SingleAsync(f => f.Slug == "hedgehog-in-the-fog-1975");
            await indexer.RemoveAsync(SearchKind.Film, film.Id, CancellationToken.None);
        }

        var (expected, actual) = await host.WithDatabaseAsync(SpellingsAsync);
        Assert.Equal(expected, actual);
        var zabludovsky = TextFolding.SearchText("Zabludovsky");
        Assert.Contains((zabludovsky, zabludovsky), actual);
        Assert.Contains(("soiuzmultfilm", "soiuzmultfilm"), before);
        Assert.DoesNotContain(("soiuzmultfilm", "soiuzmultfilm"), actual);
        var hedgehog = TextFolding.SearchText("Hedgehog");
        Assert.Contains((hedgehog, hedgehog), before);
        Assert.DoesNotContain((hedgehog, hedgehog), actual);
        // A token other entries still hold keeps its spellings: a festival's name says Loznitsa, titles say "the".
        Assert.Contains(("loznitsa", "loznitsa"), actual);
        Assert.Contains(("the", "the"), actual);
    }

    [SqliteFact("it migrates an existing SQLite index")]
    public async Task TheMigrationSpellsOutTheTokensAnExistingIndexHolds()
    {
        var file = Path.Combine(Path.GetTempPath(), $"filmcatalogue-spellings-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<CatalogueDbContext>().UseSqlite($"Data Source={file}").Options;
            await using var db = new CatalogueDbContext(options);
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("EditingHistory");
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO SearchIndex (rowid, Text) VALUES (10, 'loznitsa sergei 2005'), (17, 'blokada loznitsa'), (26, 'éte')");

            await migrator.MigrateAsync();

            var (expected, actual) = await SpellingsAsync(db);
            Assert.Contains(("lznitsa", "loznitsa"), actual);
            Assert.Contains(("te", "éte"), actual);
            Assert.Equal(expected, actual);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    public void Dispose() => host.Dispose();

    /// <summary>The neighbourhoods of every token in the full-text index, and what SearchSpellings holds, both in order.</summary>
    private static async Task<(List<(string, string)> Expected, List<(string, string)> Actual)> SpellingsAsync(CatalogueDbContext db)
    {
        var texts = await db.Database.SqlQuery<string>($"SELECT Text AS Value FROM SearchIndex").ToListAsync();
        var expected = texts.SelectMany(t => t.Split(' ')).Distinct(StringComparer.Ordinal)
            .SelectMany(token => TextFolding.DeletionNeighbourhood(token).Select(variant => (variant, token)))
            .ToList();
        var rows = await db.Database.SqlQueryRaw<SpellingRow>("SELECT Variant, Term FROM SearchSpellings").ToListAsync();
        return (Ordered(expected), Ordered(rows.Select(r => (r.Variant, r.Term))));
    }

    private static List<(string, string)> Ordered(IEnumerable<(string Variant, string Term)> pairs) =>
        [.. pairs.OrderBy(p => p.Variant, StringComparer.Ordinal).ThenBy(p => p.Term, StringComparer.Ordinal)];

    private sealed class SpellingRow
    {
        public required string Variant { get; init; }
        public required string Term { get; init; }
    }
}

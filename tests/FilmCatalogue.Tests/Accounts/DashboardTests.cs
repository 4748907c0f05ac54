using FilmCatalogue.Tests.Web;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FilmCatalogue.Tests.Accounts;

public sealed class DashboardTests(AccountsFactory factory) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task TheDashboardCountsWhatTheCatalogueHolds()
    {
        var (browser, _) = await factory.SignedInAsync();
        using (browser)
        {
            var page = await browser.GetPageAsync("/admin");

            var expected = await factory.WithDatabaseAsync(async db => new Dictionary<string, int>
            {
                ["films"] = await db.Films.CountAsync(),
                ["people"] = await db.People.CountAsync(),
                ["organisations"] = await db.Organisations.CountAsync(),
                ["festivals"] = await db.Festivals.CountAsync(),
            });
            Assert.Equal(3, expected["films"]);
            foreach (var (name, count) in expected)
            {
                Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector($"[data-count='{name}'] strong")!.Text());
            }

            Assert.Equal(3, page.QuerySelectorAll("#recent-imports tbody tr").Length);
        }
    }

    [Fact]
    public async Task ARecordImportedWithWarningsIsListedWithALinkToItsFilm()
    {
        ImportOutcome outcome;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<RecordImporter>();
            outcome = await importer.ImportAsync(await RecordSource.FromFileAsync(Path.Combine(TestPaths.Data("Records"), "unknown-heading.txt"), CancellationToken.None));
        }

        Assert.NotEmpty(outcome.Diagnostics);
        var (browser, _) = await factory.SignedInAsync();
        using (browser)
        {
            var page = await browser.GetPageAsync("/admin");

            var section = page.QuerySelector("#import-warnings")!;
            var item = section.QuerySelectorAll("li").First(li => li.QuerySelector($"a[href='/films/{outcome.FilmSlug}']") is not null);
            Assert.Contains(outcome.Diagnostics[0].Message, item.Text(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task LikelyDuplicatePeopleAndFestivalsAreListed()
    {
        await factory.WithDatabaseAsync(async db =>
        {
            var now = DateTime.UtcNow;
            db.People.AddRange(
                new Person { Slug = "vasily-zhdanovich", Name = "Vasily ZHDANOVICH", IndexLetter = "Z", SortKey = "zhdanovich vasily", CreatedAt = now, UpdatedAt = now },
                new Person { Slug = "vasiliy-zhdanovich", Name = "Vasiliy ZHDANOVICH", IndexLetter = "Z", SortKey = "zhdanovich vasiliy", CreatedAt = now, UpdatedAt = now },
                new Person { Slug = "anna-karpova", Name = "Anna KARPOVA", IndexLetter = "K", SortKey = "karpova anna", CreatedAt = now, UpdatedAt = now });
            db.Festivals.AddRange(
                new Festival { Slug = "festival-of-nyon", Name = "Festival of Nyonn", Key = "festival of nyonn", CreatedAt = now, UpdatedAt = now },
                new Festival { Slug = "festival-of-nyon-2", Name = "Festival of Nyon", Key = "festival of nyon", CreatedAt = now, UpdatedAt = now });
            return await db.SaveChangesAsync();
        });
        var (browser, _) = await factory.SignedInAsync();
        using (browser)
        {
            var page = await browser.GetPageAsync("/admin");

            var pairs = page.QuerySelectorAll("#likely-duplicates li").Select(li => li.Text()).ToList();
            Assert.Contains("Vasily ZHDANOVICH and Vasiliy ZHDANOVICH", pairs);
            Assert.Contains("Festival of Nyonn and Festival of Nyon", pairs);
            Assert.DoesNotContain(pairs, p => p.Contains("KARPOVA", StringComparison.Ordinal));
            Assert.NotNull(page.QuerySelector("#likely-duplicates a[href='/people/vasiliy-zhdanovich']"));
        }
    }
}

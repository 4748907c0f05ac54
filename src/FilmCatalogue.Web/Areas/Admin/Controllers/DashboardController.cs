using FilmCatalogue.Web.Areas.Admin.Models;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Areas.Admin.Controllers;

/// <summary>The admin home: what the catalogue holds, what came in lately, and what needs a curator's eye.</summary>
[Route("admin")]
public sealed class DashboardController(CatalogueDbContext db) : AdminController
{
    private const int ListLength = 20;
    private const int DuplicatesShown = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var withWarnings = db.ImportedRecords.Where(r => r.Warnings != null);
        return View(new DashboardPage
        {
            FilmCount = await db.Films.CountAsync(cancellationToken),
            PersonCount = await db.People.CountAsync(cancellationToken),
            OrganisationCount = await db.Organisations.CountAsync(cancellationToken),
            FestivalCount = await db.Festivals.CountAsync(cancellationToken),
            RecentImports = await ImportRows(db.ImportedRecords).Take(ListLength).ToListAsync(cancellationToken),
            RecordsWithWarningsCount = await withWarnings.CountAsync(cancellationToken),
            RecordsWithWarnings = await ImportRows(withWarnings).Take(ListLength).ToListAsync(cancellationToken),
            PersonDuplicates = await PersonDuplicatesAsync(cancellationToken),
            FestivalDuplicates = await FestivalDuplicatesAsync(cancellationToken),
        });
    }

    private IQueryable<ImportRow> ImportRows(IQueryable<ImportedRecord> records) =>
        from record in records
        join film in db.Films on record.FilmId equals film.Id into films
        from film in films.DefaultIfEmpty()
        orderby record.ImportedAt descending, record.Id descending
        select new ImportRow
        {
            SourceName = record.SourceName,
            ImportedAt = record.ImportedAt,
            FilmTitle = film == null ? null : film.Title,
            FilmSlug = film == null ? null : film.Slug,
            Warnings = record.Warnings,
        };

    /// <summary>Every spelling a person is credited under counts: two people sharing any of them are listed.</summary>
    private async Task<IReadOnlyList<DuplicatePair>> PersonDuplicatesAsync(CancellationToken cancellationToken)
    {
        var people = await db.People.AsNoTracking()
            .Select(p => new { p.Id, p.Name, p.OriginalName, p.Slug })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var spellings = (await db.PersonNames.AsNoTracking().Select(n => new { n.PersonId, n.Name }).ToListAsync(cancellationToken))
            .ToLookup(n => n.PersonId, n => n.Name);
        var pairs = LikelyDuplicates.Find(people.Values.Select(p =>
            (p.Id, spellings[p.Id].Append(p.Name).Concat(p.OriginalName is null ? [] : [p.OriginalName]))));
        return [.. pairs.Take(DuplicatesShown).Select(pair => new DuplicatePair(Link(pair.First), Link(pair.Second)))];

        EntryLink Link(int id) => new(id, people[id].Name, $"/people/{people[id].Slug}");
    }

    private async Task<IReadOnlyList<DuplicatePair>> FestivalDuplicatesAsync(CancellationToken cancellationToken)
    {
        var festivals = await db.Festivals.AsNoTracking()
            .Select(f => new { f.Id, f.Name, f.Slug, Country = f.Country == null ? null : f.Country.Name })
            .ToDictionaryAsync(f => f.Id, cancellationToken);
        var pairs = LikelyDuplicates.Find(festivals.Values.Select(f => (f.Id, (IEnumerable<string>)[f.Name])));
        return [.. pairs.Take(DuplicatesShown).Select(pair => new DuplicatePair(Link(pair.First), Link(pair.Second)))];

        EntryLink Link(int id)
        {
            var festival = festivals[id];
            return new(id, festival.Country is null ? festival.Name : $"{festival.Name} ({festival.Country})", $"/festivals/{festival.Slug}");
        }
    }
}

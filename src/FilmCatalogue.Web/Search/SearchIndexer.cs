using System.Globalization;
using FilmCatalogue.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Search;

public enum SearchKind
{
    Film = 1,
    Person = 2,
    Organisation = 3,
    Festival = 4,
}

/// <summary>
/// Keeps the full-text index (the SearchIndex table: FTS5 on SQLite, a tsvector column on PostgreSQL) in step with
/// the catalogue. Each entry's rowid encodes its kind and id, so replacing an entry is a lookup by rowid, not a scan.
/// </summary>
public sealed class SearchIndexer(CatalogueDbContext db)
{
    private const int KindBits = 3;

    public static long RowId(SearchKind kind, int id) => ((long)id << KindBits) | (long)kind;

    public static (SearchKind Kind, int Id) FromRowId(long rowId) =>
        ((SearchKind)(rowId & ((1 << KindBits) - 1)), checked((int)(rowId >> KindBits)));

    public Task IndexFilmAsync(Film film, CancellationToken cancellationToken) =>
        UpsertAsync(SearchKind.Film, film.Id,
            [.. film.Titles.Select(t => t.Text), film.Title, film.Year?.ToString(CultureInfo.InvariantCulture)], cancellationToken);

    public async Task IndexAsync(IEnumerable<Person> people, IEnumerable<Organisation> organisations, IEnumerable<Festival> festivals, CancellationToken cancellationToken)
    {
        foreach (var person in people)
        {
            await UpsertAsync(SearchKind.Person, person.Id, [person.Name, person.OriginalName, .. person.Names.Select(n => n.Name)], cancellationToken);
        }

        foreach (var organisation in organisations)
        {
            await UpsertAsync(SearchKind.Organisation, organisation.Id, [organisation.Name], cancellationToken);
        }

        foreach (var festival in festivals)
        {
            await UpsertAsync(SearchKind.Festival, festival.Id, [festival.Name, festival.City, festival.Country?.Name], cancellationToken);
        }
    }

    public async Task UpsertAsync(SearchKind kind, int id, IEnumerable<string?> texts, CancellationToken cancellationToken)
    {
        var rowId = RowId(kind, id);
        var tokens = texts.OfType<string>().SelectMany(TextFolding.SearchTokens).Distinct(StringComparer.Ordinal);
        var text = string.Join(' ', tokens);
        await RemoveAsync(rowId, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "SearchIndex" (rowid, "Text") VALUES ({rowId}, {text})""", cancellationToken);
    }

    public Task RemoveAsync(SearchKind kind, int id, CancellationToken cancellationToken) =>
        RemoveAsync(RowId(kind, id), cancellationToken);

    private Task<int> RemoveAsync(long rowId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""DELETE FROM "SearchIndex" WHERE rowid = {rowId}""", cancellationToken);
}

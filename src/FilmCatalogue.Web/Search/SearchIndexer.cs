using System.Globalization;
using FilmCatalogue.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace FilmCatalogue.Web.Search;

public enum SearchKind
{
    Film = 1,
    Person = 2,
    Organisation = 3,
    Festival = 4,
}

/// <summary>
/// Keeps the full-text index in step with what the admin saves, in the context's transaction (see
/// <see cref="SearchIndexWriter"/>). Each entry's rowid encodes its kind and id, so replacing an entry is a lookup by
/// rowid, not a scan.
/// </summary>
public sealed class SearchIndexer(CatalogueDbContext db)
{
    private const int KindBits = 3;

    public static long RowId(SearchKind kind, int id) => ((long)id << KindBits) | (long)kind;

    public static (SearchKind Kind, int Id) FromRowId(long rowId) =>
        ((SearchKind)(rowId & ((1 << KindBits) - 1)), checked((int)(rowId >> KindBits)));

    public Task IndexFilmAsync(Film film, CancellationToken cancellationToken) =>
        WriteAsync([SearchEntry.For(SearchKind.Film, film.Id, [.. film.Titles.Select(t => t.Text), film.Title, film.Year?.ToString(CultureInfo.InvariantCulture)])], cancellationToken);

    public Task IndexAsync(IEnumerable<Person> people, IEnumerable<Organisation> organisations, IEnumerable<Festival> festivals, CancellationToken cancellationToken) =>
        WriteAsync(
        [
            .. people.Select(p => SearchEntry.For(SearchKind.Person, p.Id, [p.Name, p.OriginalName, .. p.Names.Select(n => n.Name)])),
            .. organisations.Select(o => SearchEntry.For(SearchKind.Organisation, o.Id, [o.Name])),
            .. festivals.Select(f => SearchEntry.For(SearchKind.Festival, f.Id, [f.Name, f.City, f.Country?.Name])),
        ],
        cancellationToken);

    public Task RemoveAsync(SearchKind kind, int id, CancellationToken cancellationToken) =>
        WriteAsync([SearchEntry.Removal(kind, id)], cancellationToken);

    private async Task WriteAsync(IReadOnlyList<SearchEntry> entries, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            using var statements = new PreparedStatements(db.Database.GetDbConnection())
            {
                Transaction = db.Database.CurrentTransaction?.GetDbTransaction(),
            };
            new SearchIndexWriter(statements).Write(entries);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

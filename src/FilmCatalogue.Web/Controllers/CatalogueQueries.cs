using FilmCatalogue.Web.Caching;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Models;
using FilmCatalogue.Web.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FilmCatalogue.Web.Controllers;

/// <summary>Projections the public pages share, so that a film looks the same in every list.</summary>
internal static class CatalogueQueries
{
    public const int PageSize = 50;

    public static IQueryable<FilmSummary> ToSummaries(this IQueryable<Film> films) =>
        films.ToSummariesWithIds().Select(r => r.Summary);

    // The original title's text and language are two scalar subqueries, each reading the film's own titles along their
    // (FilmId, Position) index: asked for as one object, EF numbers every original title of the catalogue in a window
    // and joins them, which took 120 ms for a list of a hundred films in a catalogue of 100,000.
    public static IQueryable<FilmRow> ToSummariesWithIds(this IQueryable<Film> films) =>
        films.Select(f => new
        {
            f.Id,
            f.Slug,
            f.Title,
            f.Year,
            OriginalTitle = f.Titles.Where(t => t.Kind == TitleKind.OriginalScript).OrderBy(t => t.Position).Select(t => t.Text).FirstOrDefault(),
            OriginalLanguage = f.Titles.Where(t => t.Kind == TitleKind.OriginalScript).OrderBy(t => t.Position).Select(t => t.Language).FirstOrDefault(),
            Country = f.Countries.OrderBy(c => c.Position).Select(c => c.Country.Name).FirstOrDefault(),
        }).Select(f => new FilmRow
        {
            Id = f.Id,
            Summary = new FilmSummary(
                f.Slug,
                f.Title,
                f.Year,
                f.OriginalTitle == null ? null : new ForeignText(f.OriginalTitle, f.OriginalLanguage),
                f.Country),
        });

    /// <summary>A summary with its film's id, for pages that order or page by id.</summary>
    public sealed class FilmRow
    {
        public int Id { get; init; }
        public required FilmSummary Summary { get; init; }
    }

    /// <summary>Decades with their film counts, newest first, as /films filter links named in the interface's language ("1990s").</summary>
    public static IReadOnlyList<FacetLink> DecadeFacets(FilmFacets counts, FilmIndexQuery query, IStringLocalizer text) =>
        [.. counts.Decades.Select(d => new FacetLink(text["{0}s", d.Decade], query.Href(decade: d.Decade, keepFilters: false), d.Count, query.Decade == d.Decade))];

    /// <summary>The <paramref name="limit"/> countries with the most films.</summary>
    public static IReadOnlyList<FacetLink> CountryFacets(FilmFacets counts, FilmIndexQuery query, int limit) =>
        [.. counts.Countries.Take(limit).Select(c => new FacetLink(c.Name, query.Href(country: c.Slug, keepFilters: false), c.Count, query.Country == c.Slug))];

    /// <summary>The <paramref name="limit"/> genres with the most films.</summary>
    public static IReadOnlyList<FacetLink> GenreFacets(FilmFacets counts, FilmIndexQuery query, int limit) =>
        [.. counts.Genres.Take(limit).Select(g => new FacetLink(Capitalise(g.Name), query.Href(genre: g.Slug, keepFilters: false), g.Count, query.Genre == g.Slug))];

    /// <summary>People as lists show them, in the order of <paramref name="ids"/>: name, original name, film count and main roles.</summary>
    public static async Task<IReadOnlyList<PersonSummary>> PersonSummariesAsync(CatalogueDbContext db, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Slug, p.Name, p.OriginalName, p.FilmCount })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var roles = (await PersonRoles.OfAsync(db, ids, cancellationToken))
            .GroupBy(c => c.PersonId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.OrderBy(c => c.First).Select(c => c.Role).Distinct(StringComparer.OrdinalIgnoreCase).Take(3)]);
        return [.. ids.Where(people.ContainsKey).Select(id => people[id]).Select(p => new PersonSummary(
            p.Slug, PersonNameParts.Display(p.Name), ForeignText.Of(p.OriginalName), p.FilmCount, roles.GetValueOrDefault(p.Id, [])))];
    }

    /// <summary>Genres are written in lower case inside the format line; as labels they read better capitalised.</summary>
    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

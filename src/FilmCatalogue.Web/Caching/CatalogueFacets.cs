using System.Text.Json;
using FilmCatalogue.Web.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Caching;

/// <summary>
/// The catalogue-wide counts that the home page and the indexes show beside their lists: how many films, people and
/// organisations there are, the letters that have some, and the films of each decade, country and genre.
/// Counting them reads every film, tens of milliseconds at 100,000 films, on every index page that is not cached yet;
/// they change only when the catalogue does. So they are kept in the page cache's store under the list tags, which
/// every import and edit evicts (<see cref="CatalogueCacheInvalidation"/>). On PostgreSQL that store is the shared
/// database, so an edit through one instance is seen by all. With the output cache off they are counted every time,
/// a page counting only what it shows.
/// </summary>
public sealed class CatalogueFacets(CatalogueDbContext db, IOutputCacheStore? store = null)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(6);

    /// <summary>What the home page and the films index show: how many films, and by letter, decade, country and genre.</summary>
    public Task<FilmFacets> FilmsAsync(CancellationToken cancellationToken) =>
        GetAsync("catalogue-facets:films", async () => new FilmFacets(
            Films: await db.Films.CountAsync(cancellationToken),
            Letters: await db.Films.GroupBy(f => f.IndexLetter).OrderBy(g => g.Key)
                .Select(g => new LetterCount(g.Key, g.Count())).ToListAsync(cancellationToken),
            Decades: await db.Films.Where(f => f.Year != null).GroupBy(f => f.Year!.Value / 10 * 10).OrderByDescending(g => g.Key)
                .Select(g => new DecadeCount(g.Key, g.Count())).ToListAsync(cancellationToken),
            Countries: await db.FilmCountries.GroupBy(c => new { c.Country.Name, c.Country.Slug })
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Name)
                .Select(g => new NamedCount(g.Key.Name, g.Key.Slug, g.Count())).ToListAsync(cancellationToken),
            Genres: await db.FilmGenres.GroupBy(g => new { g.Genre.Name, g.Genre.Slug })
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Name)
                .Select(g => new NamedCount(g.Key.Name, g.Key.Slug, g.Count())).ToListAsync(cancellationToken)), cancellationToken);

    /// <summary>What the people index shows: how many people, and the letters of the Latin and the Cyrillic alphabet that have some.</summary>
    public Task<PersonFacets> PeopleAsync(CancellationToken cancellationToken) =>
        GetAsync("catalogue-facets:people", async () => new PersonFacets(
            People: await db.People.CountAsync(cancellationToken),
            LatinLetters: await db.People.Select(p => p.IndexLetter).Distinct().OrderBy(l => l).ToListAsync(cancellationToken),
            CyrillicLetters: await db.People.Where(p => p.OriginalIndexLetter != null).Select(p => p.OriginalIndexLetter!).Distinct()
                .OrderBy(l => l).ToListAsync(cancellationToken)), cancellationToken);

    /// <summary>What the organisations' index shows: how many organisations, and the first letters of their folded names.</summary>
    public Task<OrganisationFacets> OrganisationsAsync(CancellationToken cancellationToken) =>
        GetAsync("catalogue-facets:organisations", async () => new OrganisationFacets(
            Organisations: await db.Organisations.CountAsync(cancellationToken),
            Letters: [.. (await db.Organisations.Select(o => o.Key.Substring(0, 1)).Distinct().OrderBy(l => l).ToListAsync(cancellationToken))
                .Select(l => l.ToUpperInvariant())]), cancellationToken);

    private async Task<T> GetAsync<T>(string key, Func<Task<T>> count, CancellationToken cancellationToken)
    {
        if (store is not null && await store.GetAsync(key, cancellationToken) is { } stored)
        {
            return JsonSerializer.Deserialize<T>(stored)!;
        }

        var counts = await count();
        if (store is not null)
        {
            await store.SetAsync(key, JsonSerializer.SerializeToUtf8Bytes(counts), [.. CataloguePageCache.ListTags], Lifetime, cancellationToken);
        }

        return counts;
    }
}

/// <param name="Countries">Every country with films, the most filmed first.</param>
/// <param name="Genres">Every genre, the most filmed first.</param>
public sealed record FilmFacets(
    int Films,
    IReadOnlyList<LetterCount> Letters,
    IReadOnlyList<DecadeCount> Decades,
    IReadOnlyList<NamedCount> Countries,
    IReadOnlyList<NamedCount> Genres);

public sealed record PersonFacets(int People, IReadOnlyList<string> LatinLetters, IReadOnlyList<string> CyrillicLetters);

public sealed record OrganisationFacets(int Organisations, IReadOnlyList<string> Letters);

public sealed record LetterCount(string Letter, int Count);

public sealed record DecadeCount(int Decade, int Count);

public sealed record NamedCount(string Name, string Slug, int Count);

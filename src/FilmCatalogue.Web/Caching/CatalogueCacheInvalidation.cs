using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Importing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using static FilmCatalogue.Web.Caching.CataloguePageCache;

namespace FilmCatalogue.Web.Caching;

/// <summary>
/// Evicts the cached pages that show what an import or a curator's edit changed. After editing a film, call
/// <see cref="FilmChangedAsync"/> (before the save as well when the edit removes credits or selections, so that the
/// pages of the people and festivals it no longer names go too); after editing a person, festival or studio, the
/// matching method. Does nothing when output caching is off.
/// </summary>
public sealed class CatalogueCacheInvalidation(CatalogueDbContext db, IOutputCacheStore? store = null)
{
    /// <summary>The film's page, the pages of the people, studios and festivals it names, and every list.</summary>
    public async Task FilmChangedAsync(int filmId, CancellationToken cancellationToken = default)
    {
        if (store is null)
        {
            return;
        }

        var changes = new ImportChanges();
        changes.Films.Add(filmId);
        var credits = await db.Credits.AsNoTracking().Where(c => c.FilmId == filmId)
            .Select(c => new { c.PersonId, c.OrganisationId }).ToListAsync(cancellationToken);
        changes.People.UnionWith(credits.Select(c => c.PersonId).OfType<int>());
        changes.Organisations.UnionWith(credits.Select(c => c.OrganisationId).OfType<int>());
        changes.Festivals.UnionWith(await db.Selections.AsNoTracking().Where(s => s.FilmId == filmId).Select(s => s.FestivalId).ToListAsync(cancellationToken));
        changes.Festivals.UnionWith(await db.Awards.AsNoTracking().Where(a => a.FilmId == filmId && a.FestivalId != null).Select(a => a.FestivalId!.Value).ToListAsync(cancellationToken));
        await ImportedAsync(changes, cancellationToken);
    }

    /// <summary>A person's page and every list (lists show names, and films show their credits, so their pages go too).</summary>
    public async Task PersonChangedAsync(int personId, CancellationToken cancellationToken = default) =>
        await EvictAsync([PersonTag(personId), .. await FilmTagsAsync(db.Credits.Where(c => c.PersonId == personId).Select(c => c.FilmId), cancellationToken), .. ListTags], cancellationToken);

    public async Task OrganisationChangedAsync(int organisationId, CancellationToken cancellationToken = default) =>
        await EvictAsync([OrganisationTag(organisationId), .. await FilmTagsAsync(db.Credits.Where(c => c.OrganisationId == organisationId).Select(c => c.FilmId), cancellationToken), .. ListTags], cancellationToken);

    public async Task FestivalChangedAsync(int festivalId, CancellationToken cancellationToken = default) =>
        await EvictAsync([FestivalTag(festivalId), .. await FilmTagsAsync(db.Selections.Where(s => s.FestivalId == festivalId).Select(s => s.FilmId), cancellationToken), .. ListTags], cancellationToken);

    /// <summary>What an import batch stored: its films' pages, the pages of everyone and everything they name, and every list.</summary>
    public Task ImportedAsync(ImportChanges changes, CancellationToken cancellationToken = default) =>
        EvictAsync([
            .. changes.Films.Select(FilmTag), .. changes.People.Select(PersonTag), .. changes.Organisations.Select(OrganisationTag),
            .. changes.Festivals.Select(FestivalTag), .. ListTags], cancellationToken);

    private async Task<IEnumerable<string>> FilmTagsAsync(IQueryable<int> filmIds, CancellationToken cancellationToken) =>
        store is null ? [] : (await filmIds.Distinct().ToListAsync(cancellationToken)).Select(FilmTag);

    private async Task EvictAsync(IEnumerable<string> tags, CancellationToken cancellationToken)
    {
        if (store is null)
        {
            return;
        }

        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }
}

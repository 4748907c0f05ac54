using FilmCatalogue.Web.Areas.Admin.Models;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.History;
using FilmCatalogue.Web.Localization;
using FilmCatalogue.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FilmCatalogue.Web.Areas.Admin.Editing;

/// <summary>
/// Puts an entry back as a revision's snapshot has it, through the same code as its editor: a film with all its
/// rows, a person with their spellings. A deleted entry comes back under its old id, so its history, its old
/// addresses and the links to it carry on. The restore is itself a change, with its own revision.
/// </summary>
public sealed class EntryRestorer(CatalogueDbContext db, FilmEditor filmEditor, SearchIndexer searchIndexer, TimeProvider clock, IStringLocalizer<InterfaceText> text)
{
    /// <summary>Restores; returns why it could not, or null when it did. The caller owns the transaction.</summary>
    /// <param name="expectedVersion">The entry's version the curator saw; null for an entry that was deleted.</param>
    public async Task<string?> RestoreAsync(Revision revision, Guid? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(revision);
        var snapshot = Snapshots.Unpack(revision.EntryKind, revision.Snapshot);
        var now = clock.GetUtcNow().UtcDateTime;
        ICatalogueEntry? entry = revision.EntryKind switch
        {
            EntryKind.Film => await filmEditor.LoadAsync(revision.EntryId, cancellationToken),
            EntryKind.Person => await EntryEditing.LoadPersonAsync(db, revision.EntryId, cancellationToken),
            EntryKind.Organisation => await db.Organisations.FirstOrDefaultAsync(o => o.Id == revision.EntryId, cancellationToken),
            _ => await EntryEditing.LoadFestivalAsync(db, revision.EntryId, cancellationToken),
        };
        if (entry is not null && entry.Version != expectedVersion)
        {
            return text["It changed since you opened its history: look at the history again."];
        }

        var oldSlug = entry?.Slug;
        switch (snapshot)
        {
            case FilmSnapshot film:
                var target = (Film?)entry ?? Add(new Film { Id = revision.EntryId, Slug = "", Title = "", TitleKey = "", IndexLetter = "", CreatedAt = now });
                entry = target;
                var result = await filmEditor.ApplyAsync(target, FilmInput.From(film, Guid.Empty), now, cancellationToken);
                if (result.Problems.Count > 0)
                {
                    return text["Some of its credits name several people now: edit the film instead."];
                }

                target.CuratorEditedAt = now;
                break;
            case PersonSnapshot person:
                var restoredPerson = (Person?)entry ?? Add(new Person { Id = revision.EntryId, Slug = "", Name = "", IndexLetter = "", SortKey = "", CreatedAt = now });
                entry = restoredPerson;
                EntryEditing.ApplyPerson(restoredPerson, PersonInput.From(person, Guid.Empty));
                break;
            case OrganisationSnapshot organisation:
                if (await EntryEditing.NamesakeAsync(db, EntryKind.Organisation, revision.EntryId, EntryRules.OrganisationKey(organisation.Name), cancellationToken) is { } other)
                {
                    return text["“{0}” has this name now: merge into it instead.", other.Name];
                }

                var restoredOrganisation = (Organisation?)entry ?? Add(new Organisation { Id = revision.EntryId, Slug = "", Name = "", Key = "", CreatedAt = now });
                entry = restoredOrganisation;
                EntryEditing.ApplyOrganisation(restoredOrganisation, OrganisationInput.From(organisation, Guid.Empty));
                break;
            case FestivalSnapshot festival:
                if (await EntryEditing.NamesakeAsync(db, EntryKind.Festival, revision.EntryId, EntryRules.FestivalKey(festival.Name, festival.Country), cancellationToken) is { } namesake)
                {
                    return text["“{0}” has this name and country now: merge into it instead.", namesake.Name];
                }

                var restoredFestival = (Festival?)entry ?? Add(new Festival { Id = revision.EntryId, Slug = "", Name = "", Key = "", CreatedAt = now });
                entry = restoredFestival;
                await EntryEditing.ApplyFestivalAsync(db, restoredFestival, FestivalInput.From(festival, Guid.Empty), cancellationToken);
                break;
        }

        if (entry is null)
        {
            return text["The revision holds no entry."];
        }

        entry.Slug = await FreeSlugAsync(revision.EntryKind, snapshot.Slug, revision.EntryId, cancellationToken);
        entry.UpdatedAt = now;
        entry.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);

        await SlugRedirects.ForgetAsync(db, revision.EntryKind, entry.Slug, cancellationToken);
        if (oldSlug is not null && oldSlug != entry.Slug)
        {
            await SlugRedirects.AddAsync(db, revision.EntryKind, oldSlug, entry.Id, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        switch (entry)
        {
            case Film film:
                await filmEditor.IndexAsync(film, cancellationToken);
                break;
            case Person person:
                await searchIndexer.IndexAsync([person], [], [], cancellationToken);
                break;
            case Organisation organisation:
                await searchIndexer.IndexAsync([], [organisation], [], cancellationToken);
                break;
            case Festival festival:
                await searchIndexer.IndexAsync([], [], [festival], cancellationToken);
                break;
        }

        return null;
    }

    private T Add<T>(T entry)
        where T : class, ICatalogueEntry
    {
        entry.Version = Guid.NewGuid();
        db.Add(entry);
        return entry;
    }

    /// <summary>The snapshot's slug when no other entry took it meanwhile, else the first free variant of it.</summary>
    private Task<string> FreeSlugAsync(EntryKind kind, string slug, int id, CancellationToken cancellationToken) => kind switch
    {
        EntryKind.Film => EntryRules.UniqueSlugAsync(db.Films, slug, id, null, cancellationToken),
        EntryKind.Person => EntryRules.UniqueSlugAsync(db.People, slug, id, null, cancellationToken),
        EntryKind.Organisation => EntryRules.UniqueSlugAsync(db.Organisations, slug, id, null, cancellationToken),
        _ => EntryRules.UniqueSlugAsync(db.Festivals, slug, id, null, cancellationToken),
    };
}

using FilmCatalogue.Web.Areas.Admin.Models;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Areas.Admin.Editing;

/// <summary>Writes the forms of people, organisations and festivals into their entries; the editors and restores share it.</summary>
public static class EntryEditing
{
    public static Task<Person?> LoadPersonAsync(CatalogueDbContext db, int id, CancellationToken cancellationToken) =>
        db.People.Include(p => p.Names).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public static Task<Festival?> LoadFestivalAsync(CatalogueDbContext db, int id, CancellationToken cancellationToken) =>
        db.Festivals.Include(f => f.Country).FirstOrDefaultAsync(f => f.Id == id, cancellationToken);

    /// <summary>
    /// The person's names and spellings as the form has them. The name and the original-script name are always
    /// among the spellings: the importer finds a person by them.
    /// </summary>
    public static void ApplyPerson(Person person, PersonInput input)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(input);
        var name = input.Name!.Trim();
        var original = FilmInput.Clean(input.OriginalName);
        var wanted = input.SpellingList().Append(name).Concat(original is null ? [] : [original])
            .Select(TextFolding.IdentityKey).ToHashSet(StringComparer.Ordinal);
        person.Names.RemoveAll(n => !wanted.Contains(n.Key));
        EntryRules.SetName(person, name);
        EntryRules.SetOriginalName(person, original);
        foreach (var spelling in input.SpellingList())
        {
            EntryRules.AddSpelling(person, spelling);
        }
    }

    public static void ApplyOrganisation(Organisation organisation, OrganisationInput input)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(input);
        organisation.Name = input.Name!.Trim();
        organisation.Key = EntryRules.OrganisationKey(organisation.Name);
    }

    public static async Task ApplyFestivalAsync(CatalogueDbContext db, Festival festival, FestivalInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(festival);
        ArgumentNullException.ThrowIfNull(input);
        var country = FilmInput.Clean(input.Country);
        festival.Name = input.Name!.Trim();
        festival.City = FilmInput.Clean(input.City);
        festival.Country = country is null ? null : await EntryRules.CountryAsync(db, country, cancellationToken);
        festival.Key = EntryRules.FestivalKey(festival.Name, country);
    }

    /// <summary>Another entry that the importer would take for this one (same folded name, and country for festivals).</summary>
    public static async Task<(int Id, string Name)?> NamesakeAsync(CatalogueDbContext db, EntryKind kind, int? id, string key, CancellationToken cancellationToken) => kind switch
    {
        EntryKind.Organisation => await db.Organisations.AsNoTracking().Where(o => o.Key == key && o.Id != id)
            .Select(o => new { o.Id, o.Name }).FirstOrDefaultAsync(cancellationToken) is { } o ? (o.Id, o.Name) : null,
        EntryKind.Festival => await db.Festivals.AsNoTracking().Where(f => f.Key == key && f.Id != id)
            .Select(f => new { f.Id, f.Name }).FirstOrDefaultAsync(cancellationToken) is { } f ? (f.Id, f.Name) : null,
        _ => null,
    };

    /// <summary>
    /// Films whose rows changed outside their editor (a merge, a festival's deletion) get a new version, so that a
    /// form opened before is refused rather than putting back what was moved, and a new date for the public pages.
    /// </summary>
    public static async Task TouchFilmsAsync(CatalogueDbContext db, IEnumerable<int> filmIds, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = filmIds.Distinct().ToList();
        foreach (var film in await db.Films.Where(f => ids.Contains(f.Id)).ToListAsync(cancellationToken))
        {
            film.UpdatedAt = now;
            film.Version = Guid.NewGuid();
        }
    }
}

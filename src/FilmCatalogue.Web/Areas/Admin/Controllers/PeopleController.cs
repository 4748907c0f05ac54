using FilmCatalogue.Web.Areas.Admin.Editing;
using FilmCatalogue.Web.Areas.Admin.Models;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.History;
using FilmCatalogue.Web.Localization;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Areas.Admin.Controllers;

/// <summary>People: names and spellings; deleted only when no film credits them, else merged into their double.</summary>
[Route("admin/people")]
public sealed class PeopleController(CatalogueDbContext db, SearchIndexer searchIndexer, TimeProvider clock, ILogger<PeopleController> logger)
    : EntryEditorController<Person, PersonInput>(db, searchIndexer, clock, logger)
{
    private const int FilmsShown = 20;

    protected override EntryKind Kind => EntryKind.Person;

    protected override Task<Person?> LoadAsync(int id, CancellationToken cancellationToken) => EntryEditing.LoadPersonAsync(Db, id, cancellationToken);

    protected override async Task<IReadOnlyList<EntryRow>> ListAsync(string? query, CancellationToken cancellationToken)
    {
        var people = Db.People.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query))
        {
            var key = LikePattern.Containing(TextFolding.IdentityKey(query));
            people = people.Where(p => p.Names.Any(n => EF.Functions.Like(n.Key, key, LikePattern.Escape)));
        }

        var rows = await people.OrderByDescending(p => p.UpdatedAt).ThenBy(p => p.SortKey).Take(ListLength)
            .Select(p => new { p.Id, p.Name, p.OriginalName, p.Slug, p.UpdatedAt, Credits = p.Credits.Count })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(p => new EntryRow(p.Id, PersonNameParts.Display(p.Name),
            $"{p.OriginalName}{(p.OriginalName is null ? "" : " · ")}{Text.Plural(p.Credits, "{0} credit|{0} credits")}", "/people/" + p.Slug, p.UpdatedAt))];
    }

    protected override PersonInput FromSnapshot(EntrySnapshot snapshot, Guid version) => PersonInput.From((PersonSnapshot)snapshot, version);

    protected override EntrySnapshot ToSnapshot(PersonInput input, string currentSlug) => input.ToSnapshot(currentSlug);

    protected override Person Create(DateTime now) =>
        new() { Slug = "", Name = "", IndexLetter = "", SortKey = "", CreatedAt = now, Version = Guid.NewGuid() };

    protected override string SlugSource(PersonInput input) => PersonNameParts.Display(input.Name!.Trim());

    protected override Task ApplyAsync(Person entry, PersonInput input, CancellationToken cancellationToken)
    {
        EntryEditing.ApplyPerson(entry, input);
        return Task.CompletedTask;
    }

    protected override Task IndexAsync(Person entry, CancellationToken cancellationToken) =>
        SearchIndexer.IndexAsync([entry], [], [], cancellationToken);

    protected override async Task<DeletePage?> DeletePageAsync(int id, CancellationToken cancellationToken)
    {
        var person = await Db.People.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Name, p.Slug, p.Version, Spellings = p.Names.Count }).FirstOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return null;
        }

        var films = await Db.Credits.AsNoTracking().Where(c => c.PersonId == id)
            .Select(c => new { c.Film.Id, c.Film.Title, c.Film.Slug }).Distinct().OrderBy(f => f.Title).ToListAsync(cancellationToken);
        return new DeletePage
        {
            Kind = Kind,
            Id = id,
            Name = PersonNameParts.Display(person.Name),
            Version = person.Version,
            PublicUrl = "/people/" + person.Slug,
            Consequences = person.Spellings == 0 ? [] : [Text.Plural(person.Spellings, "its spelling|its {0} spellings")],
            Refusal = films.Count == 0 ? null
                : Text.Plural(films.Count, "{0} film credits this person: change those credits first, or merge this person into the one they are.|{0} films credit this person: change those credits first, or merge this person into the one they are."),
            HeldBy = [.. films.Take(FilmsShown).Select(f => new EntryLink(f.Id, f.Title, $"/admin/films/{f.Id}/edit"))],
            MergeUrl = $"/admin/people/merge?first={id}",
        };
    }

    protected override async Task<MergeSide?> MergeSideAsync(int id, CancellationToken cancellationToken)
    {
        var person = await Db.People.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Id, p.Name, p.Slug, p.Version, Spellings = p.Names.OrderBy(n => n.Id).Select(n => n.Name).ToList(), Credits = p.Credits.Count })
            .FirstOrDefaultAsync(cancellationToken);
        return person is null ? null : new MergeSide(person.Id, PersonNameParts.Display(person.Name), person.Version, "/people/" + person.Slug,
            [Text.Plural(person.Credits, "{0} credit|{0} credits"), Text["Spellings: {0}", string.Join(", ", person.Spellings)]]);
    }

    /// <summary>The credits move, and every spelling of the other person (its names too) becomes one of the survivor's.</summary>
    protected override async Task<IReadOnlyList<int>> MoveLinksAsync(Person other, Person survivor, CancellationToken cancellationToken)
    {
        var credits = await Db.Credits.Where(c => c.PersonId == other.Id).ToListAsync(cancellationToken);
        foreach (var credit in credits)
        {
            credit.PersonId = survivor.Id;
        }

        if (survivor.OriginalName is null && other.OriginalName is not null)
        {
            EntryRules.SetOriginalName(survivor, other.OriginalName);
        }

        foreach (var spelling in other.Names.Select(n => n.Name).Append(other.Name).Concat(other.OriginalName is null ? [] : [other.OriginalName]))
        {
            EntryRules.AddSpelling(survivor, spelling);
        }

        return [.. credits.Select(c => c.FilmId)];
    }
}

using FilmCatalogue.Web.Areas.Admin.Editing;
using FilmCatalogue.Web.Areas.Admin.Models;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.History;
using FilmCatalogue.Web.Localization;
using FilmCatalogue.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Areas.Admin.Controllers;

/// <summary>Studios, producers and distributors; deleted only when no film credits them, else merged.</summary>
[Route("admin/organisations")]
public sealed class OrganisationsController(CatalogueDbContext db, SearchIndexer searchIndexer, TimeProvider clock, ILogger<OrganisationsController> logger)
    : EntryEditorController<Organisation, OrganisationInput>(db, searchIndexer, clock, logger)
{
    private const int FilmsShown = 20;

    protected override EntryKind Kind => EntryKind.Organisation;

    protected override Task<Organisation?> LoadAsync(int id, CancellationToken cancellationToken) =>
        Db.Organisations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    protected override async Task<IReadOnlyList<EntryRow>> ListAsync(string? query, CancellationToken cancellationToken)
    {
        var organisations = Db.Organisations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query))
        {
            var key = LikePattern.Containing(TextFolding.IdentityKey(query));
            organisations = organisations.Where(o => EF.Functions.Like(o.Key, key, LikePattern.Escape));
        }

        var rows = await organisations.OrderByDescending(o => o.UpdatedAt).ThenBy(o => o.Key).Take(ListLength)
            .Select(o => new { o.Id, o.Name, o.Slug, o.UpdatedAt, Credits = o.Credits.Count })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(o => new EntryRow(o.Id, o.Name, $"{o.Credits} credit{(o.Credits == 1 ? "" : "s")}", "/organisations/" + o.Slug, o.UpdatedAt))];
    }

    protected override OrganisationInput FromSnapshot(EntrySnapshot snapshot, Guid version) => OrganisationInput.From((OrganisationSnapshot)snapshot, version);

    protected override EntrySnapshot ToSnapshot(OrganisationInput input, string currentSlug) => input.ToSnapshot(currentSlug);

    protected override Organisation Create(DateTime now) => new() { Slug = "", Name = "", Key = "", CreatedAt = now, Version = Guid.NewGuid() };

    protected override string SlugSource(OrganisationInput input) => input.Name!.Trim();

    protected override async Task ValidateAsync(int? id, OrganisationInput input, CancellationToken cancellationToken)
    {
        if (input.Name is { } name && await EntryEditing.NamesakeAsync(Db, Kind, id, EntryRules.OrganisationKey(name.Trim()), cancellationToken) is { } other)
        {
            ModelState.AddModelError($"{InputPrefix}.{nameof(input.Name)}",
                Text["“{0}” already has this name: merge the two instead ({1}).", other.Name, $"/admin/organisations/merge?first={other.Id}{(id is null ? "" : $"&second={id}")}"]);
        }
    }

    protected override Task ApplyAsync(Organisation entry, OrganisationInput input, CancellationToken cancellationToken)
    {
        EntryEditing.ApplyOrganisation(entry, input);
        return Task.CompletedTask;
    }

    protected override Task IndexAsync(Organisation entry, CancellationToken cancellationToken) =>
        SearchIndexer.IndexAsync([], [entry], [], cancellationToken);

    protected override async Task<DeletePage?> DeletePageAsync(int id, CancellationToken cancellationToken)
    {
        var organisation = await Db.Organisations.AsNoTracking().Where(o => o.Id == id).Select(o => new { o.Name, o.Slug, o.Version }).FirstOrDefaultAsync(cancellationToken);
        if (organisation is null)
        {
            return null;
        }

        var films = await Db.Credits.AsNoTracking().Where(c => c.OrganisationId == id)
            .Select(c => new { c.Film.Id, c.Film.Title }).Distinct().OrderBy(f => f.Title).ToListAsync(cancellationToken);
        return new DeletePage
        {
            Kind = Kind,
            Id = id,
            Name = organisation.Name,
            Version = organisation.Version,
            PublicUrl = "/organisations/" + organisation.Slug,
            Refusal = films.Count == 0 ? null
                : Text.Plural(films.Count, "{0} film credits this organisation: change those credits first, or merge it into the one it is.|{0} films credit this organisation: change those credits first, or merge it into the one it is."),
            HeldBy = [.. films.Take(FilmsShown).Select(f => new EntryLink(f.Id, f.Title, $"/admin/films/{f.Id}/edit"))],
            MergeUrl = $"/admin/organisations/merge?first={id}",
        };
    }

    protected override async Task<MergeSide?> MergeSideAsync(int id, CancellationToken cancellationToken)
    {
        var organisation = await Db.Organisations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new { o.Id, o.Name, o.Slug, o.Version, Credits = o.Credits.Count }).FirstOrDefaultAsync(cancellationToken);
        return organisation is null ? null : new MergeSide(organisation.Id, organisation.Name, organisation.Version, "/organisations/" + organisation.Slug,
            [Text.Plural(organisation.Credits, "{0} credit|{0} credits")]);
    }

    protected override async Task<IReadOnlyList<int>> MoveLinksAsync(Organisation other, Organisation survivor, CancellationToken cancellationToken)
    {
        var credits = await Db.Credits.Where(c => c.OrganisationId == other.Id).ToListAsync(cancellationToken);
        foreach (var credit in credits)
        {
            credit.OrganisationId = survivor.Id;
        }

        return [.. credits.Select(c => c.FilmId)];
    }
}

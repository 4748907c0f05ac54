using FilmCatalogue.Web.Areas.Admin.Editing;
using FilmCatalogue.Web.Areas.Admin.Models;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.History;
using FilmCatalogue.Web.Localization;
using FilmCatalogue.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Areas.Admin.Controllers;

/// <summary>Festivals and events. Deleting one takes its selections off the films; its awards stay, unlinked.</summary>
[Route("admin/festivals")]
public sealed class FestivalsController(CatalogueDbContext db, SearchIndexer searchIndexer, TimeProvider clock, ILogger<FestivalsController> logger)
    : EntryEditorController<Festival, FestivalInput>(db, searchIndexer, clock, logger)
{
    protected override EntryKind Kind => EntryKind.Festival;

    protected override Task<Festival?> LoadAsync(int id, CancellationToken cancellationToken) => EntryEditing.LoadFestivalAsync(Db, id, cancellationToken);

    protected override async Task<IReadOnlyList<EntryRow>> ListAsync(string? query, CancellationToken cancellationToken)
    {
        var festivals = Db.Festivals.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query))
        {
            var key = LikePattern.Containing(TextFolding.IdentityKey(query));
            festivals = festivals.Where(f => EF.Functions.Like(f.Key, key, LikePattern.Escape));
        }

        var rows = await festivals.OrderByDescending(f => f.UpdatedAt).ThenBy(f => f.Key).Take(ListLength)
            .Select(f => new { f.Id, f.Name, f.Slug, f.UpdatedAt, f.City, Country = f.Country == null ? null : f.Country.Name, Selections = f.Selections.Count })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(f => new EntryRow(f.Id, f.Name,
            string.Join(" · ", new[] { f.City, f.Country, $"{f.Selections} selection{(f.Selections == 1 ? "" : "s")}" }.Where(s => s is not null)),
            "/festivals/" + f.Slug, f.UpdatedAt))];
    }

    protected override FestivalInput FromSnapshot(EntrySnapshot snapshot, Guid version) => FestivalInput.From((FestivalSnapshot)snapshot, version);

    protected override EntrySnapshot ToSnapshot(FestivalInput input, string currentSlug) => input.ToSnapshot(currentSlug);

    protected override Festival Create(DateTime now) => new() { Slug = "", Name = "", Key = "", CreatedAt = now, Version = Guid.NewGuid() };

    protected override string SlugSource(FestivalInput input) => input.Name!.Trim();

    protected override async Task ValidateAsync(int? id, FestivalInput input, CancellationToken cancellationToken)
    {
        if (input.Name is { } name
            && await EntryEditing.NamesakeAsync(Db, Kind, id, EntryRules.FestivalKey(name.Trim(), FilmInput.Clean(input.Country)), cancellationToken) is { } other)
        {
            ModelState.AddModelError($"{InputPrefix}.{nameof(input.Name)}",
                Text["“{0}” already has this name and country: merge the two instead ({1}).", other.Name, $"/admin/festivals/merge?first={other.Id}{(id is null ? "" : $"&second={id}")}"]);
        }
    }

    protected override Task ApplyAsync(Festival entry, FestivalInput input, CancellationToken cancellationToken) =>
        EntryEditing.ApplyFestivalAsync(Db, entry, input, cancellationToken);

    protected override Task IndexAsync(Festival entry, CancellationToken cancellationToken) =>
        SearchIndexer.IndexAsync([], [], [entry], cancellationToken);

    protected override async Task<DeletePage?> DeletePageAsync(int id, CancellationToken cancellationToken)
    {
        var festival = await Db.Festivals.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new { f.Name, f.Slug, f.Version, Selections = f.Selections.Count, Awards = f.Awards.Count, Films = f.FilmCount })
            .FirstOrDefaultAsync(cancellationToken);
        if (festival is null)
        {
            return null;
        }

        return new DeletePage
        {
            Kind = Kind,
            Id = id,
            Name = festival.Name,
            Version = festival.Version,
            PublicUrl = "/festivals/" + festival.Slug,
            Consequences = festival.Selections == 0 ? []
                : [$"{Text.Plural(festival.Selections, "its {0} selection|its {0} selections")}, {Text.Plural(festival.Films, "taken off {0} film|taken off {0} films")}"],
            Remains = festival.Awards == 0 ? []
                : [Text.Plural(festival.Awards, "Its award stays on the film, with the event's name, no longer linked to a festival page.|Its {0} awards stay on the films, with the event's name, no longer linked to a festival page.")],
            MergeUrl = $"/admin/festivals/merge?first={id}",
        };
    }

    protected override async Task<IReadOnlyList<int>> DetachAsync(Festival entry, CancellationToken cancellationToken)
    {
        var selections = await Db.Selections.Where(s => s.FestivalId == entry.Id).ToListAsync(cancellationToken);
        var awards = await Db.Awards.Where(a => a.FestivalId == entry.Id).ToListAsync(cancellationToken);
        Db.Selections.RemoveRange(selections);
        foreach (var award in awards)
        {
            award.FestivalId = null;
        }

        return [.. selections.Select(s => s.FilmId).Concat(awards.Select(a => a.FilmId))];
    }

    protected override async Task<MergeSide?> MergeSideAsync(int id, CancellationToken cancellationToken)
    {
        var festival = await Db.Festivals.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new { f.Id, f.Name, f.Slug, f.Version, f.City, Country = f.Country == null ? null : f.Country.Name, Selections = f.Selections.Count, Awards = f.Awards.Count })
            .FirstOrDefaultAsync(cancellationToken);
        return festival is null ? null : new MergeSide(festival.Id, festival.Country is null ? festival.Name : $"{festival.Name} ({festival.Country})",
            festival.Version, "/festivals/" + festival.Slug,
            [.. new[] { festival.City }.OfType<string>(), $"{festival.Selections} selection{(festival.Selections == 1 ? "" : "s")}", $"{festival.Awards} award{(festival.Awards == 1 ? "" : "s")}"]);
    }

    protected override async Task<IReadOnlyList<int>> MoveLinksAsync(Festival other, Festival survivor, CancellationToken cancellationToken)
    {
        var selections = await Db.Selections.Where(s => s.FestivalId == other.Id).ToListAsync(cancellationToken);
        var awards = await Db.Awards.Where(a => a.FestivalId == other.Id).ToListAsync(cancellationToken);
        foreach (var selection in selections)
        {
            selection.FestivalId = survivor.Id;
        }

        foreach (var award in awards)
        {
            award.FestivalId = survivor.Id;
        }

        return [.. selections.Select(s => s.FilmId).Concat(awards.Select(a => a.FilmId))];
    }
}

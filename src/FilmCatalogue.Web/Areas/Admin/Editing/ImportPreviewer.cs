using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Importing;
using FilmCatalogue.Web.Localization;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FilmCatalogue.Web.Areas.Admin.Editing;

public enum PreviewFilmStatus
{
    New,
    Update,
    KeptCuratorEdits,
    Unchanged,
}

/// <summary>What an import would do, read without storing anything.</summary>
public sealed record ImportPreview(string SourceName, IReadOnlyList<RecordDiagnostic> Diagnostics, PreviewFilm? Film, IReadOnlyList<PreviewLink> Links)
{
    public bool CanImport => Film is { Status: PreviewFilmStatus.New or PreviewFilmStatus.Update };
}

/// <param name="ExistingUrl">The public page of the film the record would update, if any.</param>
public sealed record PreviewFilm(string Title, int? Year, PreviewFilmStatus Status, string? ExistingUrl, int Credits, int Selections, int Awards);

/// <param name="Role">Where the record names it: "Directed by", "Selection 1998", "Award".</param>
/// <param name="LinkedTo">The entry of the catalogue it would link to; null when a new one would be added.</param>
public sealed record PreviewLink(string Kind, string Name, string Role, string? LinkedTo, string? LinkedUrl, string? Note = null);

/// <summary>
/// Reads a record and tells, without storing anything, what <see cref="RecordImporter"/> would do with it: a new
/// film or an update of one (or nothing, when a curator has edited it), and for each person, organisation and
/// festival whether it would link to one the catalogue holds or add a new one. It follows the importer's rules for
/// finding them (the same original-script name; else the one person credited under the spelling; the same
/// folded name, and country for festivals) by reading only.
/// </summary>
public sealed class ImportPreviewer(CatalogueDbContext db, IStringLocalizer<InterfaceText> text)
{
    public async Task<ImportPreview> PreviewAsync(RecordSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        // The events the importer knows: the catalogue's festivals, and those the record itself selects.
        var knownEvents = await db.Festivals.AsNoTracking().Select(f => f.Name).ToListAsync(cancellationToken);
        knownEvents.AddRange(RecordImporter.EventsNamedIn([source.Content]));
        var read = RecordReader.Read(source.Content.Span, source.Name, knownEvents);
        if (read.Record is not { } record)
        {
            return new ImportPreview(source.Name, read.Diagnostics, null, []);
        }

        return new ImportPreview(source.Name, read.Diagnostics, await FilmAsync(record, cancellationToken), await LinksAsync(record, cancellationToken));
    }

    private async Task<PreviewFilm> FilmAsync(FilmRecord record, CancellationToken cancellationToken)
    {
        var hash = RecordImporter.ContentHash(record);
        var titleKey = TextFolding.IdentityKey(record.MainTitle);
        var film = await db.Films.AsNoTracking().Where(f => f.TitleKey == titleKey && f.Year == record.Year)
            .Select(f => new { f.Slug, f.CuratorEditedAt }).FirstOrDefaultAsync(cancellationToken);
        var status = await db.ImportedRecords.AnyAsync(r => r.ContentHash == hash, cancellationToken) ? PreviewFilmStatus.Unchanged
            : film is null ? PreviewFilmStatus.New
            : film.CuratorEditedAt is not null ? PreviewFilmStatus.KeptCuratorEdits
            : PreviewFilmStatus.Update;
        return new PreviewFilm(record.MainTitle, record.Year, status, film is null ? null : "/films/" + film.Slug,
            record.Credits.Count, record.Selections.Count, record.Awards.Count);
    }

    private async Task<List<PreviewLink>> LinksAsync(FilmRecord record, CancellationToken cancellationToken)
    {
        var links = new List<PreviewLink>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var credit in record.Credits)
        {
            if (credit.IsOrganisation)
            {
                var key = TextFolding.IdentityKey(credit.Name);
                if (seen.Add("o:" + key))
                {
                    var organisation = await db.Organisations.AsNoTracking().Where(o => o.Key == key).Select(o => new { o.Name, o.Slug }).FirstOrDefaultAsync(cancellationToken);
                    links.Add(new PreviewLink("Organisation", credit.Name, credit.Role, organisation?.Name, organisation is null ? null : "/organisations/" + organisation.Slug));
                }

                continue;
            }

            var originalKey = credit.OriginalName is null ? null : TextFolding.IdentityKey(credit.OriginalName);
            var latinKey = TextFolding.IdentityKey(credit.Name);
            if (!seen.Add("p:" + (originalKey ?? "latin:" + latinKey)))
            {
                continue;
            }

            var name = credit.OriginalName is null ? credit.Name : $"{credit.Name} ({credit.OriginalName})";
            var byOriginal = originalKey is null ? null
                : await db.People.AsNoTracking().Where(p => p.OriginalNameKey == originalKey).Select(p => new { p.Name, p.Slug }).FirstOrDefaultAsync(cancellationToken);
            if (byOriginal is not null)
            {
                links.Add(new PreviewLink("Person", name, credit.Role, PersonNameParts.Display(byOriginal.Name), "/people/" + byOriginal.Slug));
                continue;
            }

            var namesakes = await db.People.AsNoTracking()
                .Where(p => p.Names.Any(n => n.Key == latinKey))
                .Where(p => originalKey == null || p.OriginalNameKey == null)
                .Take(2).Select(p => new { p.Name, p.Slug }).ToListAsync(cancellationToken);
            links.Add(namesakes.Count == 1
                ? new PreviewLink("Person", name, credit.Role, PersonNameParts.Display(namesakes[0].Name), "/people/" + namesakes[0].Slug)
                : new PreviewLink("Person", name, credit.Role, null, null,
                    namesakes.Count > 1 ? text["Several people are credited under this spelling: a new person will be added; merge afterwards if it is one of them."].Value : null));
        }

        var events = record.Selections.Select(s => (s.Event, s.Country, Role: s.Year is null ? text["Selection"].Value : text["Selection {0}", s.Year].Value))
            .Concat(record.Awards.Where(a => a.Category is not null).Select(a => (a.Event, a.Country, Role: text["Award: {0}", a.Category!].Value)));
        foreach (var (name, country, role) in events)
        {
            var key = TextFolding.IdentityKey(name) + "|" + TextFolding.IdentityKey(country ?? "");
            if (seen.Add("f:" + key))
            {
                var festival = await db.Festivals.AsNoTracking().Where(f => f.Key == key).Select(f => new { f.Name, f.Slug }).FirstOrDefaultAsync(cancellationToken);
                links.Add(new PreviewLink("Festival", country is null ? name : $"{name} ({country})", role, festival?.Name, festival is null ? null : "/festivals/" + festival.Slug));
            }
        }

        return links;
    }
}

using FilmCatalogue.Web.Areas.Admin.Editing;
using FilmCatalogue.Web.Areas.Admin.Models;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.History;
using FilmCatalogue.Web.Images;
using FilmCatalogue.Web.Localization;
using FilmCatalogue.Web.Rendering;
using FilmCatalogue.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Areas.Admin.Controllers;

/// <summary>
/// The film editor: one form with the film's fields and a list of rows per collection. Rows are added, removed and
/// moved by buttons that send the whole form back (no script needed), and "Preview" shows the synopsis as the public
/// page will. A save from a form older than the film is refused with both versions side by side.
/// </summary>
[Route("admin/films")]
public sealed partial class FilmsController(
    CatalogueDbContext db,
    FilmEditor editor,
    SearchIndexer searchIndexer,
    MarkdownRenderer markdown,
    ImageStore images,
    TimeProvider clock,
    ILogger<FilmsController> logger) : EditorController
{
    private const int ListLength = 100;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var films = db.Films.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var key = LikePattern.Containing(TextFolding.IdentityKey(q));
            var text = LikePattern.Containing(q.Trim());
            // Titles as written, whatever the case of their ASCII letters: SQLite's LIKE ignores it, PostgreSQL's ILIKE
            // under the "C" collation does the same.
            var titled = db.Database.IsNpgsql()
                ? db.FilmTitles.Where(t => EF.Functions.ILike(t.Text, text, LikePattern.Escape))
                : db.FilmTitles.Where(t => EF.Functions.Like(t.Text, text, LikePattern.Escape));
            films = films.Where(f => EF.Functions.Like(f.TitleKey, key, LikePattern.Escape) || titled.Any(t => t.FilmId == f.Id));
        }

        var rows = await films.OrderByDescending(f => f.UpdatedAt).ThenBy(f => f.Id).Take(ListLength)
            .Select(f => new { f.Id, f.Title, f.Year, f.Slug, f.UpdatedAt })
            .ToListAsync(cancellationToken);
        return View("EntryList", new EntryListPage
        {
            Kind = EntryKind.Film,
            Query = q,
            Rows = [.. rows.Select(f => new EntryRow(f.Id, f.Title, f.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), "/films/" + f.Slug, f.UpdatedAt))],
        });
    }

    /// <summary>From a public page's "Edit" link, which knows the slug.</summary>
    [HttpGet("by-slug/{slug}")]
    public async Task<IActionResult> BySlug(string slug, CancellationToken cancellationToken)
    {
        var id = await db.Films.Where(f => f.Slug == slug).Select(f => (int?)f.Id).FirstOrDefaultAsync(cancellationToken)
            ?? await db.SlugRedirects.Where(r => r.EntryKind == EntryKind.Film && r.OldSlug == slug).Select(r => (int?)r.EntryId).FirstOrDefaultAsync(cancellationToken);
        return id is null ? NotFound() : RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        await EditorViewAsync(null, new FilmInput(), cancellationToken: cancellationToken);

    [HttpPost("new")]
    public Task<IActionResult> New([Bind(Prefix = InputPrefix)] FilmInput input, string? command, CancellationToken cancellationToken) =>
        SaveAsync(null, input, command, cancellationToken);

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var version = await db.Films.Where(f => f.Id == id).Select(f => (Guid?)f.Version).FirstOrDefaultAsync(cancellationToken);
        if (version is null || await Snapshots.LoadFilmAsync(db, id, cancellationToken) is not { } film)
        {
            return NotFound();
        }

        return await EditorViewAsync(id, FilmInput.From(film, version.Value), cancellationToken: cancellationToken);
    }

    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, [Bind(Prefix = InputPrefix)] FilmInput input, string? command, CancellationToken cancellationToken) =>
        SaveAsync(id, input, command, cancellationToken);

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var film = await db.Films.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new
            {
                f.Title, f.Year, f.Slug, f.Version,
                Titles = f.Titles.Count(t => t.Kind != TitleKind.Main), Credits = f.Credits.Count, Awards = f.Awards.Count,
                Selections = f.Selections.Count, Bibliography = f.Bibliography.Count, Editions = f.Editions.Count,
                Media = f.Media.Count, Notes = f.Notes.Count, Countries = f.Countries.Count, Genres = f.Genres.Count, Images = f.Images.Count,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (film is null)
        {
            return NotFound();
        }

        return View("ConfirmDelete", new DeletePage
        {
            Kind = EntryKind.Film,
            Id = id,
            Name = film.Year is null ? film.Title : $"{film.Title} ({film.Year})",
            Version = film.Version,
            PublicUrl = "/films/" + film.Slug,
            Consequences =
            [
                .. Count(film.Credits, Text.Plural(film.Credits, "its credit|its {0} credits")),
                .. Count(film.Titles, Text.Plural(film.Titles, "its other title|its {0} other titles")),
                .. Count(film.Selections, Text.Plural(film.Selections, "its festival selection|its {0} festival selections")),
                .. Count(film.Awards, Text.Plural(film.Awards, "its award|its {0} awards")),
                .. Count(film.Bibliography, Text.Plural(film.Bibliography, "its bibliography entry|its {0} bibliography entries")),
                .. Count(film.Editions, Text.Plural(film.Editions, "its edition|its {0} editions")),
                .. Count(film.Media, Text.Plural(film.Media, "its still, poster or video|its {0} stills, posters and videos")),
                .. Count(film.Notes, Text.Plural(film.Notes, "its note|its {0} notes")),
                .. Count(film.Countries, Text.Plural(film.Countries, "its country|its {0} countries")),
                .. Count(film.Genres, Text.Plural(film.Genres, "its genre|its {0} genres")),
                .. Count(film.Images, Text.Plural(film.Images, "its uploaded poster or still|its {0} uploaded posters and stills")),
            ],
            Remains =
            [
                Text["The people, organisations and festivals it names stay in the catalogue."],
                film.Images == 0
                    ? Text["It can be restored from the list of deleted entries."]
                    : Text["It can be restored from the list of deleted entries, without its uploaded images: their files are deleted with it."],
            ],
        });
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, Guid version, CancellationToken cancellationToken)
    {
        var film = await db.Films.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (film is null)
        {
            return NotFound();
        }

        if (film.Version != version)
        {
            Status(Text["Another curator changed this film since you opened the confirmation: look at it again before deleting it."]);
            return RedirectToAction(nameof(Delete), new { id });
        }

        var filmImages = await db.FilmImages.AsNoTracking().Where(i => i.FilmId == id).ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Entry(film).Property(f => f.Version).OriginalValue = version;
        db.Films.Remove(film);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Status(Text["Another curator changed this film as you deleted it: look at it again before deleting it."]);
            return RedirectToAction(nameof(Delete), new { id });
        }

        await searchIndexer.RemoveAsync(SearchKind.Film, id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // The database removed the images' rows with the film; their files go once that is committed.
        images.Delete(filmImages.SelectMany(ImageStore.FilesOf));
        LogDeleted(User.Identity?.Name, id);
        Status(Text["“{0}” is deleted. It can be restored from the deleted entries.", film.Title]);
        return Redirect("/admin/films");
    }

    private async Task<IActionResult> SaveAsync(int? id, FilmInput input, string? command, CancellationToken cancellationToken)
    {
        if (input.ApplyRowCommand(command) || command == "preview")
        {
            // The rows moved: the values the form sent no longer sit at their indices.
            ModelState.Clear();
            var preview = command == "preview" ? markdown.ToHtml(input.SynopsisMarkdown) : null;
            return await EditorViewAsync(id, input, preview: preview, cancellationToken: cancellationToken);
        }

        var film = id is { } existing ? await editor.LoadAsync(existing, cancellationToken) : null;
        if (id is not null && film is null)
        {
            return NotFound();
        }

        var slug = FilmInput.Clean(input.Slug);
        if (slug is not null && await db.Films.AnyAsync(f => f.Slug == slug && f.Id != id, cancellationToken))
        {
            ModelState.AddModelError($"{InputPrefix}.{nameof(input.Slug)}", Text["Another film has this address."]);
        }

        if (!ModelState.IsValid)
        {
            return await EditorViewAsync(id, input, cancellationToken: cancellationToken);
        }

        if (film is not null && film.Version != input.Version)
        {
            return await ConflictViewAsync(film.Id, input, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var oldSlug = film?.Slug;
        if (film is null)
        {
            film = new Film { Slug = "", Title = "", TitleKey = "", IndexLetter = "", CreatedAt = now };
            db.Films.Add(film);
        }
        else
        {
            db.Entry(film).Property(f => f.Version).OriginalValue = input.Version;
        }

        var result = await editor.ApplyAsync(film, input, now, cancellationToken);
        if (result.Problems.Count > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            foreach (var (field, message) in result.Problems)
            {
                ModelState.AddModelError($"{InputPrefix}.{field}", message);
            }

            return await EditorViewAsync(id, input, candidates: result.Candidates, cancellationToken: cancellationToken);
        }

        film.Slug = slug ?? oldSlug ?? await EntryRules.UniqueSlugAsync(db.Films, Slug.From(film.Year is { } year ? $"{film.Title} {year}" : film.Title), null, null, cancellationToken);
        film.UpdatedAt = now;
        film.CuratorEditedAt = now;
        film.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await SlugChangedAsync(EntryKind.Film, oldSlug, film.Slug, film.Id, now, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await ConflictViewAsync(film.Id, input, cancellationToken);
        }

        await editor.IndexAsync(film, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogSaved(User.Identity?.Name, film.Id, id is null ? "created" : "edited");
        Status(id is null ? Text["“{0}” is in the catalogue.", film.Title] : Text["“{0}” is saved.", film.Title]);
        return RedirectToAction(nameof(Edit), new { id = film.Id });
    }

    /// <summary>A changed slug leaves its old address behind as a redirect; a slug in use again is no longer one.</summary>
    private async Task SlugChangedAsync(EntryKind kind, string? oldSlug, string slug, int id, DateTime now, CancellationToken cancellationToken)
    {
        await SlugRedirects.ForgetAsync(db, kind, slug, cancellationToken);
        if (oldSlug is not null && oldSlug != slug)
        {
            await SlugRedirects.AddAsync(db, kind, oldSlug, id, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<IActionResult> ConflictViewAsync(int id, FilmInput input, CancellationToken cancellationToken)
    {
        var current = await db.Films.AsNoTracking().Where(f => f.Id == id).Select(f => new { f.Version, f.Slug }).FirstAsync(cancellationToken);
        var saved = (await Snapshots.LoadFilmAsync(db, id, cancellationToken))!;
        var conflict = SnapshotDiff.Compare(input.ToSnapshot(current.Slug), saved);
        LogConflict(User.Identity?.Name, id);
        TakeCurrentVersion(input, current.Version);
        return await EditorViewAsync(id, input, conflict: conflict, cancellationToken: cancellationToken);
    }

    private async Task<IActionResult> EditorViewAsync(
        int? id,
        FilmInput input,
        string? preview = null,
        IReadOnlyList<FieldComparison>? conflict = null,
        IReadOnlyDictionary<int, IReadOnlyList<KeyValuePair<string, string>>>? candidates = null,
        CancellationToken cancellationToken = default)
    {
        var slug = id is null ? null : await db.Films.Where(f => f.Id == id).Select(f => f.Slug).FirstOrDefaultAsync(cancellationToken);
        return View("Edit", new EditorPage<FilmInput>
        {
            Input = input,
            Id = id,
            PublicUrl = slug is null ? null : "/films/" + slug,
            PreviewHtml = preview,
            Conflict = conflict,
            LinkNames = await editor.LinkNamesAsync(input, cancellationToken),
            Candidates = candidates ?? new Dictionary<int, IReadOnlyList<KeyValuePair<string, string>>>(),
        });
    }

    /// <summary>What a deletion takes along, when there is any of it.</summary>
    private static IEnumerable<string> Count(int count, string phrase) => count == 0 ? [] : [phrase];

    [LoggerMessage(Level = LogLevel.Information, Message = "Curator {Curator} {Action} film {FilmId}")]
    private partial void LogSaved(string? curator, int filmId, string action);

    [LoggerMessage(Level = LogLevel.Information, Message = "Curator {Curator} deleted film {FilmId}")]
    private partial void LogDeleted(string? curator, int filmId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Save of film {FilmId} by {Curator} refused: another curator saved it first")]
    private partial void LogConflict(string? curator, int filmId);
}

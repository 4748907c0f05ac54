using System.Globalization;
using System.Security.Claims;
using FilmCatalogue.Web.Areas.Admin.Models;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.History;
using FilmCatalogue.Web.Images;
using FilmCatalogue.Web.Localization;
using FilmCatalogue.Web.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FilmCatalogue.Web.Areas.Admin.Controllers;

/// <summary>
/// A film's posters and stills: uploads checked by their bytes and re-encoded (Images/ImageReencoder), stored under
/// random names (Images/ImageStore); their alt text, captions, credits and order; their deletion. Each change is a
/// change to the film: its history says who uploaded, changed or deleted which image, and its pages leave the cache.
/// </summary>
[Route("admin/films/{filmId:int}/images")]
public sealed partial class FilmImagesController(
    CatalogueDbContext db,
    ImageStore store,
    IOptions<UploadOptions> options,
    TimeProvider clock,
    ILogger<FilmImagesController> logger) : EditorController
{
    /// <summary>The most rows the upload form offers, so the most images uploaded at once.</summary>
    public const int MaxRows = 5;

    private const string ImagesPrefix = "Images";
    private const string UploadsPrefix = "Uploads";

    private UploadOptions Limits => options.Value;

    [HttpGet("")]
    public Task<IActionResult> Index(int filmId, int rows = 1, CancellationToken cancellationToken = default) =>
        PageAsync(filmId, null, BlankRows(rows), cancellationToken);

    /// <summary>The images' words and order; "up:2" moves the third one up, unsaved, as the film editor's rows do.</summary>
    [HttpPost("")]
    public async Task<IActionResult> Save(int filmId, [Bind(Prefix = ImagesPrefix)] List<ImageInput> images, string? command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(images);
        if (command?.StartsWith("up:", StringComparison.Ordinal) == true && int.TryParse(command.AsSpan(3), CultureInfo.InvariantCulture, out var row))
        {
            Rows.Apply(images, "up", row);
            ModelState.Clear();
            return await PageAsync(filmId, images, BlankRows(1), cancellationToken);
        }

        var film = await db.Films.FirstOrDefaultAsync(f => f.Id == filmId, cancellationToken);
        if (film is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await PageAsync(filmId, images, BlankRows(1), cancellationToken);
        }

        var stored = await db.FilmImages.Where(i => i.FilmId == filmId).ToDictionaryAsync(i => i.Id, cancellationToken);
        foreach (var (input, position) in images.Select((input, position) => (input, position)))
        {
            // An image deleted since the form was loaded is gone; one uploaded since keeps its place after these.
            if (stored.TryGetValue(input.Id, out var image))
            {
                image.Kind = input.Kind;
                image.AltText = input.AltText!.Trim();
                image.Caption = FilmInput.Clean(input.Caption);
                image.Credit = FilmInput.Clean(input.Credit);
                image.Position = position;
            }
        }

        if (db.ChangeTracker.HasChanges())
        {
            film.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            HistoryRecorder.Note(HttpContext, "Changed the words or the order of its images");
            await db.SaveChangesAsync(cancellationToken);
            LogChanged(User.Identity?.Name, filmId);
        }

        Status(Text["The images are saved."]);
        return RedirectToAction(nameof(Index), new { filmId });
    }

    /// <summary>
    /// Every file of the form is checked and re-encoded before any is stored: one refused file stores none, and the
    /// form says which and why. The files are written first and the rows saved after, in one transaction; if the
    /// save fails, the files written are deleted, so nothing is ever half-stored.
    /// </summary>
    [HttpPost("upload")]
    [UploadLimits]
    public async Task<IActionResult> Upload(int filmId, [Bind(Prefix = UploadsPrefix)] List<ImageUploadInput> uploads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        var film = await db.Films.FirstOrDefaultAsync(f => f.Id == filmId, cancellationToken);
        if (film is null)
        {
            return NotFound();
        }

        var accepted = await CheckAsync(filmId, uploads, cancellationToken);
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError(UploadsPrefix, Text["Nothing was stored: mend the rows marked below, then choose their files again."]);
            return await PageAsync(filmId, null, uploads.Count is > 0 and <= MaxRows ? uploads : BlankRows(1), cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var position = await db.FilmImages.Where(i => i.FilmId == filmId).MaxAsync(i => (int?)i.Position, cancellationToken) ?? -1;
        var written = new List<string>();
        try
        {
            foreach (var (row, image) in accepted)
            {
                var name = ImageStore.NewName();
                var entity = new FilmImage
                {
                    FilmId = filmId,
                    Kind = row.Kind,
                    AltText = row.AltText!.Trim(),
                    Caption = FilmInput.Clean(row.Caption),
                    Credit = FilmInput.Clean(row.Credit),
                    Position = ++position,
                    FileName = await WriteAsync(ImageStore.FileName(name), image.Largest, written, cancellationToken),
                    Width = image.Largest.Width,
                    Height = image.Largest.Height,
                    MediumFileName = image.Medium is null ? null : await WriteAsync(ImageStore.FileName(name, ImageReencoder.MediumWidth), image.Medium, written, cancellationToken),
                    SmallFileName = image.Small is null ? null : await WriteAsync(ImageStore.FileName(name, ImageReencoder.SmallWidth), image.Small, written, cancellationToken),
                    ContentHash = image.ContentHash,
                    UploadedAt = now,
                    CuratorId = User.FindFirstValue(ClaimTypes.NameIdentifier),
                    CuratorEmail = User.Identity?.Name,
                };
                db.FilmImages.Add(entity);
            }

            film.UpdatedAt = now;
            HistoryRecorder.Note(HttpContext, "Uploaded " + string.Join(", ", accepted.Select(a => Describe(a.Row.Kind, a.Row.AltText!))));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception)
        {
            store.Delete(written);
            // A full or read-only disk is answered as for every save (Storage/StorageFailurePage).
            if (exception is not (DbUpdateException or IOException) || StorageFailures.Of(exception) is not null)
            {
                throw;
            }

            LogNotStored(exception, filmId);
            db.ChangeTracker.Clear();
            ModelState.AddModelError(UploadsPrefix, Text["The images could not be stored, and nothing of them was kept. Please try again in a moment."]);
            return await PageAsync(filmId, null, BlankRows(uploads.Count), cancellationToken);
        }

        LogUploaded(User.Identity?.Name, filmId, accepted.Count);
        Status(Text.Plural(accepted.Count, "The image is uploaded.|The {0} images are uploaded."));
        return RedirectToAction(nameof(Index), new { filmId });
    }

    [HttpGet("{imageId:int}/delete")]
    public async Task<IActionResult> Delete(int filmId, int imageId, CancellationToken cancellationToken)
    {
        var image = await db.FilmImages.AsNoTracking().Where(i => i.Id == imageId && i.FilmId == filmId)
            .Select(i => new { i.Kind, i.AltText, i.Caption, Thumbnail = i.SmallFileName ?? i.FileName })
            .FirstOrDefaultAsync(cancellationToken);
        var film = await FilmNameAsync(filmId, cancellationToken);
        return image is null || film is null
            ? NotFound()
            : View("Delete", new DeleteImagePage(filmId, film.Value.Name, imageId, image.Kind, image.AltText, image.Caption, ImagesServiceExtensions.Url(image.Thumbnail)));
    }

    /// <summary>The row goes first, then its files: a failed save leaves both, never a row without its files.</summary>
    [HttpPost("{imageId:int}/delete")]
    public async Task<IActionResult> DeleteConfirmed(int filmId, int imageId, CancellationToken cancellationToken)
    {
        var image = await db.FilmImages.FirstOrDefaultAsync(i => i.Id == imageId && i.FilmId == filmId, cancellationToken);
        var film = await db.Films.FirstOrDefaultAsync(f => f.Id == filmId, cancellationToken);
        if (image is null || film is null)
        {
            return NotFound();
        }

        db.FilmImages.Remove(image);
        film.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        HistoryRecorder.Note(HttpContext, "Deleted " + Describe(image.Kind, image.AltText));
        await db.SaveChangesAsync(cancellationToken);
        store.Delete(ImageStore.FilesOf(image));
        LogDeleted(User.Identity?.Name, filmId, imageId);
        Status(image.Kind == ImageKind.Poster ? Text["The poster “{0}” is deleted.", image.AltText] : Text["The still “{0}” is deleted.", image.AltText]);
        return RedirectToAction(nameof(Index), new { filmId });
    }

    /// <summary>Reads, checks and re-encodes each row's file; what is wrong goes into the model state by row.</summary>
    private async Task<List<(ImageUploadInput Row, ReencodedImage Image)>> CheckAsync(int filmId, List<ImageUploadInput> uploads, CancellationToken cancellationToken)
    {
        var accepted = new List<(ImageUploadInput Row, ReencodedImage Image)>();
        if (uploads.Count > MaxRows)
        {
            ModelState.AddModelError(UploadsPrefix, Text["At most {0} images can be uploaded at once.", MaxRows]);
            return accepted;
        }

        var known = await db.FilmImages.AsNoTracking().Where(i => i.FilmId == filmId)
            .Select(i => new { i.ContentHash, i.Kind, i.AltText }).ToListAsync(cancellationToken);
        var rowsOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < uploads.Count; i++)
        {
            var row = uploads[i];
            var field = $"{UploadsPrefix}[{i}].";
            if (row.IsBlank)
            {
                continue;
            }

            if (row.File is not { } file)
            {
                ModelState.AddModelError(field + nameof(row.File), Text["Choose the image file of this row, or empty the row."]);
                continue;
            }

            var name = Path.GetFileName(file.FileName) is { Length: > 0 } given ? (given.Length > 80 ? given[..79] + "…" : given) : Text["Image {0}", i + 1];
            if (string.IsNullOrWhiteSpace(row.AltText))
            {
                ModelState.AddModelError(field + nameof(row.AltText), Text["{0}: please say what the image shows. People who cannot see it read this instead.", name]);
            }

            if (file.Length > Limits.MaxFileBytes)
            {
                ModelState.AddModelError(field + nameof(row.File), Text["{0} is {1}: at most {2} an image.", name, UploadOptions.Megabytes(Text, file.Length), UploadOptions.Megabytes(Text, Limits.MaxFileBytes)]);
                continue;
            }

            using var content = new MemoryStream((int)file.Length);
            await file.CopyToAsync(content, cancellationToken);
            var check = ImageReencoder.Reencode(content.GetBuffer().AsSpan(0, (int)content.Length), Limits.MaxMegapixels);
            if (check.Image is not { } image)
            {
                ModelState.AddModelError(field + nameof(row.File), Refused(name, check.Refusal!));
            }
            else if (known.FirstOrDefault(k => k.ContentHash == image.ContentHash) is { } same)
            {
                ModelState.AddModelError(field + nameof(row.File), same.Kind == ImageKind.Poster
                    ? Text["{0} is already among the film’s images, as the poster “{1}”.", name, same.AltText]
                    : Text["{0} is already among the film’s images, as the still “{1}”.", name, same.AltText]);
            }
            else if (rowsOf.TryGetValue(image.ContentHash, out var earlier))
            {
                ModelState.AddModelError(field + nameof(row.File), Text["{0} is the same image as image {1}.", name, earlier + 1]);
            }
            else
            {
                rowsOf[image.ContentHash] = i;
                accepted.Add((row, image));
            }
        }

        if (accepted.Count == 0 && ModelState.IsValid)
        {
            ModelState.AddModelError($"{UploadsPrefix}[0].{nameof(ImageUploadInput.File)}", Text["Choose an image file to upload."]);
        }

        return accepted;
    }

    private async Task<string> WriteAsync(string fileName, Rendition rendition, List<string> written, CancellationToken cancellationToken)
    {
        await store.WriteAsync(fileName, rendition.Webp, cancellationToken);
        written.Add(fileName);
        return fileName;
    }

    private async Task<IActionResult> PageAsync(int filmId, List<ImageInput>? images, List<ImageUploadInput> uploads, CancellationToken cancellationToken)
    {
        if (await FilmNameAsync(filmId, cancellationToken) is not { } film)
        {
            return NotFound();
        }

        var stored = await db.FilmImages.AsNoTracking().Where(i => i.FilmId == filmId).OrderBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        var ids = stored.Select(i => i.Id).ToHashSet();
        return View("Index", new FilmImagesPage
        {
            FilmId = filmId,
            FilmName = film.Name,
            PublicUrl = "/films/" + film.Slug,
            // A form sent back keeps its words and order, less the images deleted meanwhile.
            Images = images?.Where(i => ids.Contains(i.Id)).ToList() ?? [.. stored.Select(ImageInput.From)],
            Stored = stored.ToDictionary(i => i.Id, i => new StoredImage(
                ImagesServiceExtensions.Url(i.SmallFileName ?? i.FileName), ImagesServiceExtensions.Url(i.FileName), i.Width, i.Height, i.UploadedAt, i.CuratorEmail)),
            Uploads = uploads,
            MaxFileBytes = Limits.MaxFileBytes,
            MaxMegapixels = Limits.MaxMegapixels,
        });
    }

    private async Task<(string Name, string Slug)?> FilmNameAsync(int filmId, CancellationToken cancellationToken)
    {
        var film = await db.Films.AsNoTracking().Where(f => f.Id == filmId).Select(f => new { f.Title, f.Year, f.Slug }).FirstOrDefaultAsync(cancellationToken);
        return film is null ? null : (film.Year is null ? film.Title : $"{film.Title} ({film.Year})", film.Slug);
    }

    private static List<ImageUploadInput> BlankRows(int count) => [.. Enumerable.Range(0, Math.Clamp(count, 1, MaxRows)).Select(_ => new ImageUploadInput())];

    /// <summary>Why a file was refused, naming it (<paramref name="name"/>) as the curator's computer did.</summary>
    private string Refused(string name, ImageRefusal refusal) => refusal.Problem switch
    {
        ImageProblem.Empty => Text["{0} is empty.", name],
        ImageProblem.NotAnImage => Text["{0} is not a JPEG, PNG, WebP or GIF image, whatever its name says.", name],
        ImageProblem.Unreadable => Text["{0} starts like a {1} image but cannot be read as one.", name, refusal.Format!],
        ImageProblem.TooManyPixels => Text["{0} is {1} × {2} pixels ({3:0.#} megapixels): at most {4} megapixels are taken.",
            name, refusal.Width, refusal.Height, (double)refusal.Width * refusal.Height / 1_000_000, Limits.MaxMegapixels],
        ImageProblem.CutShort => Text["{0} ends before its image does: the {1} file is cut short.", name, refusal.Format!],
        _ => Text["{0} cannot be decoded as a {1} image: the file is damaged.", name, refusal.Format!],
    };

    /// <summary>"the poster “A man on a cart”", for the history's notes (which, like all of them, are kept in English).</summary>
    private static string Describe(ImageKind kind, string altText)
    {
        var alt = altText.Trim();
        return $"the {(kind == ImageKind.Poster ? "poster" : "still")} “{(alt.Length > 60 ? alt[..59] + "…" : alt)}”";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Curator {Curator} uploaded {Count} images to film {FilmId}")]
    private partial void LogUploaded(string? curator, int filmId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Curator {Curator} changed the images of film {FilmId}")]
    private partial void LogChanged(string? curator, int filmId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Curator {Curator} deleted image {ImageId} of film {FilmId}")]
    private partial void LogDeleted(string? curator, int filmId, int imageId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Images uploaded to film {FilmId} could not be stored; their files were deleted")]
    private partial void LogNotStored(Exception exception, int filmId);
}

/// <summary>
/// Puts the upload limits (<c>Catalogue:Uploads</c>) on the request before anything reads its body, as
/// [RequestSizeLimit] and [RequestFormLimits] would with constants: the antiforgery check reads the form, so this
/// runs before it. A request that says it is larger is answered at once, unread, with a page that says what to do.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class UploadLimitsAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    /// <summary>Before the antiforgery check (1000).</summary>
    public int Order => 900;

    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Filter(serviceProvider.GetRequiredService<IOptions<UploadOptions>>().Value, serviceProvider.GetRequiredService<IModelMetadataProvider>());

    private sealed class Filter(UploadOptions limits, IModelMetadataProvider metadata) : IAuthorizationFilter
    {
        public void OnAuthorization(AuthorizationFilterContext context)
        {
            var http = context.HttpContext;
            if (http.Request.ContentLength > limits.MaxRequestBytes)
            {
                context.Result = new ViewResult
                {
                    ViewName = "TooLarge",
                    StatusCode = StatusCodes.Status413PayloadTooLarge,
                    ViewData = new ViewDataDictionary<UploadTooLargePage>(metadata, context.ModelState)
                    {
                        Model = new UploadTooLargePage(
                            $"/admin/films/{context.RouteData.Values["filmId"]}/images", http.Request.ContentLength.Value, limits.MaxRequestBytes, limits.MaxFileBytes),
                    },
                };
                return;
            }

            // Kestrel stops a body without a length at the limit too (413).
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limits.MaxRequestBytes;
            }

            if (http.Features.Get<IFormFeature>()?.Form is null)
            {
                http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limits.MaxRequestBytes }));
            }
        }
    }
}

using System.ComponentModel.DataAnnotations;
using FilmCatalogue.Web.Data;

namespace FilmCatalogue.Web.Areas.Admin.Models;

/// <summary>A film's posters and stills: the form of their words and order, and the upload form.</summary>
public sealed class FilmImagesPage
{
    public required int FilmId { get; init; }
    public required string FilmName { get; init; }
    public required string PublicUrl { get; init; }

    /// <summary>The words and order of the film's images, as the form holds them.</summary>
    public required List<ImageInput> Images { get; init; }

    /// <summary>What is stored of each image, by id: its thumbnail and who uploaded it.</summary>
    public required IReadOnlyDictionary<int, StoredImage> Stored { get; init; }

    /// <summary>The upload form's rows, one an image.</summary>
    public required List<ImageUploadInput> Uploads { get; init; }

    public required long MaxFileBytes { get; init; }
    public required int MaxMegapixels { get; init; }
}

public sealed record StoredImage(string ThumbnailUrl, string LargestUrl, int Width, int Height, DateTime UploadedAt, string? CuratorEmail);

/// <summary>What a curator says of an image: its kind and the words that go with it.</summary>
public abstract class ImageWordsInput
{
    public ImageKind Kind { get; set; } = ImageKind.Still;

    [StringLength(500)]
    [Display(Name = "Alt text: what the image shows")]
    public string? AltText { get; set; }

    [StringLength(1000)]
    public string? Caption { get; set; }

    [StringLength(300)]
    [Display(Name = "Credit: photographer, studio or archive")]
    public string? Credit { get; set; }
}

/// <summary>A stored image's words and place among the film's images.</summary>
public sealed class ImageInput : ImageWordsInput, IValidatableObject
{
    public int Id { get; set; }

    public static ImageInput From(FilmImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return new() { Id = image.Id, Kind = image.Kind, AltText = image.AltText, Caption = image.Caption, Credit = image.Credit };
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(AltText))
        {
            yield return new ValidationResult(validationContext.Translate("Please say what the image shows. People who cannot see it read this instead."), [nameof(AltText)]);
        }
    }
}

/// <summary>
/// A row of the upload form: a file and the words that go with it. A row left wholly blank is no row; the alt text
/// of a row with a file is checked with the file, so that its message can name it.
/// </summary>
public sealed class ImageUploadInput : ImageWordsInput
{
    [Display(Name = "Image file (JPEG, PNG, WebP or GIF)")]
    public IFormFile? File { get; set; }

    internal bool IsBlank => File is null && Rows.Blank(AltText, Caption, Credit);
}

/// <summary>The page that asks before an image is deleted.</summary>
public sealed record DeleteImagePage(int FilmId, string FilmName, int ImageId, ImageKind Kind, string AltText, string? Caption, string ThumbnailUrl);

/// <summary>The answer to an upload larger than the catalogue reads.</summary>
public sealed record UploadTooLargePage(string BackUrl, long SentBytes, long MaxRequestBytes, long MaxFileBytes);

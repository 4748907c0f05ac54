using Microsoft.Extensions.Localization;

namespace FilmCatalogue.Web.Images;

/// <summary>Curators' image uploads, under <c>Catalogue:Uploads</c>.</summary>
public sealed class UploadOptions
{
    public const string Section = "Catalogue:Uploads";

    /// <summary>
    /// The folder of the stored images; a relative path is taken from the app's folder. Unset: an uploads/ folder
    /// beside the database file (App_Data/uploads by default).
    /// </summary>
    public string? Path { get; set; }

    /// <summary>The largest image file accepted.</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The largest upload request (several files and their fields): larger ones are refused before being read.</summary>
    public long MaxRequestBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>The most pixels an image may declare: a larger one is refused before it is decoded.</summary>
    public int MaxMegapixels { get; set; } = 40;

    /// <summary>A size as curators read it, in their language: "12.4 MB", "12,4 Mo".</summary>
    public static string Megabytes(IStringLocalizer text, long bytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text["{0:0.#} MB", bytes / (1024.0 * 1024)];
    }
}

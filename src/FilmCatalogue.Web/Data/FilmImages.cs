namespace FilmCatalogue.Web.Data;

public enum ImageKind
{
    Poster,
    Still,
}

/// <summary>
/// A poster or still a curator uploaded for a film: the image re-encoded and its thumbnails, stored as files under
/// random names (Images/ImageStore), with the words that go with it. Unlike <see cref="MediaItem"/>, which is a
/// record's textual reference to a file or link kept elsewhere, the catalogue holds the image itself.
/// </summary>
public sealed class FilmImage
{
    public int Id { get; set; }
    public int FilmId { get; set; }
    public ImageKind Kind { get; set; }

    /// <summary>What the image shows, for those who cannot see it: the <c>alt</c> text.</summary>
    public required string AltText { get; set; }

    public string? Caption { get; set; }

    /// <summary>The photographer, studio or archive to credit.</summary>
    public string? Credit { get; set; }

    /// <summary>Where it stands among the film's images; the first poster is the film's image elsewhere (og:image, JSON-LD).</summary>
    public int Position { get; set; }

    /// <summary>The re-encoded image, at most <see cref="Images.ImageReencoder.LargestEdge"/> pixels on its long edge.</summary>
    public required string FileName { get; set; }

    public int Width { get; set; }
    public int Height { get; set; }

    /// <summary>The thumbnail <see cref="Images.ImageReencoder.SmallWidth"/> pixels wide; null when the image is no wider.</summary>
    public string? SmallFileName { get; set; }

    /// <summary>The thumbnail <see cref="Images.ImageReencoder.MediumWidth"/> pixels wide; null when the image is no wider.</summary>
    public string? MediumFileName { get; set; }

    /// <summary>SHA-256 of the bytes uploaded, in hex: the same file is not stored twice for a film.</summary>
    public required string ContentHash { get; set; }

    public DateTime UploadedAt { get; set; }

    /// <summary>The curator's account id, kept when the account is removed.</summary>
    public string? CuratorId { get; set; }

    public string? CuratorEmail { get; set; }
}

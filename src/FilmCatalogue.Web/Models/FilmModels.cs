using System.Text.Json.Nodes;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Images;

namespace FilmCatalogue.Web.Models;

public sealed record FilmPage
{
    /// <summary>The film's id: the page cache's tag for it.</summary>
    public int Id { get; init; }

    public required string Slug { get; init; }
    public required string Title { get; init; }
    public int? Year { get; init; }
    public int? DurationMinutes { get; init; }
    public string? Colour { get; init; }
    public required IReadOnlyList<ForeignText> OtherTitles { get; init; }
    public required IReadOnlyList<LinkView> Countries { get; init; }
    public required IReadOnlyList<LinkView> Genres { get; init; }
    public required IReadOnlyList<CreditGroup> Credits { get; init; }
    public required IReadOnlyList<AwardView> Awards { get; init; }
    public required IReadOnlyList<SelectionYear> Selections { get; init; }
    public required IReadOnlyList<BibliographyView> Bibliography { get; init; }
    public required IReadOnlyList<EditionView> Editions { get; init; }
    public required string SynopsisHtml { get; init; }
    public string? SynopsisSource { get; init; }
    public required IReadOnlyList<MediaView> Media { get; init; }
    public required IReadOnlyList<NoteView> Notes { get; init; }

    /// <summary>The posters and stills curators uploaded, in their order.</summary>
    public required IReadOnlyList<FilmImageView> Images { get; init; }

    /// <summary>The film's one picture where only one is shown (og:image, JSON-LD): its first poster.</summary>
    public FilmImageView? Poster => Images.FirstOrDefault(i => i.Kind == ImageKind.Poster);

    public required string Description { get; init; }

    /// <summary>The latest change to what the page shows: the film's own rows, or the festivals it names.</summary>
    public DateTime LastModified { get; init; }

    public required JsonObject StructuredData { get; init; }
}

public sealed record CreditGroup(string Role, IReadOnlyList<CreditView> Credits);

/// <param name="Name">The name as this film credits it, capitals of the family name softened ("Sergey Loznitsa").</param>
public sealed record CreditView(string Name, ForeignText? OriginalName, string Href, string? Character);

public sealed record AwardView(string? Category, string EventName, string? FestivalHref, string? Place, int? Year);

public sealed record SelectionYear(int? Year, IReadOnlyList<SelectionView> Festivals);

public sealed record SelectionView(string Name, string Href, string? Place, bool Awarded);

public sealed record BibliographyView(string Title, string? Author, string? Publication, int? Year);

public sealed record EditionView(string Heading, string? Publisher, int? Year, string? Title, IReadOnlyList<string> Extras);

public sealed record MediaView(string Location, string? Caption, bool IsLink);

public sealed record NoteView(string Heading, IReadOnlyList<string> Lines);

/// <param name="Url">The image at its largest.</param>
/// <param name="Width">The largest image's width: with the height, the proportions a page reserves before it loads.</param>
/// <param name="Sources">Every size stored, narrowest first, as a srcset lists them ("/images/x-320w.webp 320w, …").</param>
public sealed record FilmImageView(ImageKind Kind, string AltText, string? Caption, string? Credit, string Url, int Width, int Height, string Sources)
{
    public static FilmImageView From(FilmImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return From(new FilmRow.ImageRow(
            image.Kind, image.AltText, image.Caption, image.Credit, image.FileName, image.Width, image.Height, image.SmallFileName, image.MediumFileName));
    }

    public static FilmImageView From(FilmRow.ImageRow image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var sources = new (string? File, int Width)[] { (image.SmallFileName, ImageReencoder.SmallWidth), (image.MediumFileName, ImageReencoder.MediumWidth), (image.FileName, image.Width) };
        return new FilmImageView(
            image.Kind, image.AltText, image.Caption, image.Credit, ImagesServiceExtensions.Url(image.FileName), image.Width, image.Height,
            string.Join(", ", sources.Where(s => s.File is not null).Select(s => $"{ImagesServiceExtensions.Url(s.File!)} {s.Width}w")));
    }
}

public sealed record FilmIndexPage
{
    public required string Heading { get; init; }
    public required IReadOnlyList<FilmSummary> Films { get; init; }
    public required int Total { get; init; }
    public required FilmIndexQuery Query { get; init; }
    public required IReadOnlyList<string> Letters { get; init; }
    public required IReadOnlyList<FacetLink> Decades { get; init; }
    public required IReadOnlyList<FacetLink> Countries { get; init; }
    public required IReadOnlyList<FacetLink> Genres { get; init; }
    public required Pager Pager { get; init; }
}

public sealed record FacetLink(string Text, string Href, int Count, bool Current);

/// <summary>The /films index's query string: a letter, or filters by decade, year, country and genre; and a keyset page.</summary>
public sealed record FilmIndexQuery
{
    public string? Letter { get; init; }
    public int? Decade { get; init; }
    public int? Year { get; init; }
    public string? Country { get; init; }
    public string? Genre { get; init; }

    /// <summary>The id of the last film of the previous page.</summary>
    public int? After { get; init; }

    /// <summary>The id of the first film of the next page.</summary>
    public int? Before { get; init; }

    public bool HasFilter => Decade is not null || Year is not null || Country is not null || Genre is not null;

    /// <summary>The index URL for this query with some parts changed; paging is reset unless given.</summary>
    public string Href(string? letter = null, int? decade = null, int? year = null, string? country = null, string? genre = null, int? after = null, int? before = null, bool keepFilters = true)
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                parts.Add($"{name}={Uri.EscapeDataString(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!)}");
            }
        }

        Add("letter", letter ?? (keepFilters ? Letter : null));
        Add("decade", decade ?? (keepFilters ? Decade : null));
        Add("year", year ?? (keepFilters ? Year : null));
        Add("country", country ?? (keepFilters ? Country : null));
        Add("genre", genre ?? (keepFilters ? Genre : null));
        Add("after", after);
        Add("before", before);
        return parts.Count == 0 ? "/films" : "/films?" + string.Join('&', parts);
    }
}

/// <summary>A titled list of filter links (decades, countries, genres).</summary>
public sealed record FacetGroup(string Heading, IReadOnlyList<FacetLink> Links);

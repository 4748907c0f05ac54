namespace FilmCatalogue.Web.Models;

public sealed record FestivalPage
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public string? City { get; init; }
    public LinkView? Country { get; init; }

    /// <summary>Every edition, newest first (the undated selections last): the page's navigation and the JSON-LD's sub-events.</summary>
    public required IReadOnlyList<FestivalEdition> Editions { get; init; }

    /// <summary>The edition this page is addressed by (<c>/festivals/{slug}/{year}</c>); null on the festival's own page.</summary>
    public FestivalEdition? Edition { get; init; }

    /// <summary>The editions shown in full: the one addressed, or the newest that fit on the festival's own page.</summary>
    public required IReadOnlyList<FestivalYear> Years { get; init; }

    public string Href => $"/festivals/{Slug}";

    /// <summary>Whether some editions are only on their own pages, so that the page needs its navigation.</summary>
    public bool IsPaged => Editions.Count > Years.Count;
    public required System.Text.Json.Nodes.JsonObject StructuredData { get; init; }
}

public sealed record FestivalYear(int? Year, IReadOnlyList<FilmSummary> Selected, IReadOnlyList<FestivalAward> Awards);

/// <param name="Year">Null for the selections and awards whose year is not known.</param>
/// <param name="Entries">The films it selected and the awards it gave: the lines its part of a page takes.</param>
public sealed record FestivalEdition(int? Year, int Entries)
{
    public string Segment => Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "undated";
}

public sealed record FestivalAward(string? Category, FilmSummary Film);

public sealed record FestivalIndexPage(IReadOnlyList<FestivalCountry> Countries, int Total);

/// <param name="Name">Null for the festivals whose country is not known.</param>
public sealed record FestivalCountry(string? Name, string? Slug, IReadOnlyList<FestivalSummary> Festivals);

public sealed record FestivalSummary(string Slug, string Name, string? City, int FilmCount)
{
    public string Href => $"/festivals/{Slug}";
}

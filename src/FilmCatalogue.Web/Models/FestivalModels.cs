namespace FilmCatalogue.Web.Models;

public sealed record FestivalPage
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public string? City { get; init; }
    public LinkView? Country { get; init; }
    public required IReadOnlyList<FestivalYear> Years { get; init; }
    public required System.Text.Json.Nodes.JsonObject StructuredData { get; init; }
}

public sealed record FestivalYear(int? Year, IReadOnlyList<FilmSummary> Selected, IReadOnlyList<FestivalAward> Awards);

public sealed record FestivalAward(string? Category, FilmSummary Film);

public sealed record FestivalIndexPage(IReadOnlyList<FestivalCountry> Countries, int Total);

/// <param name="Name">Null for the festivals whose country is not known.</param>
public sealed record FestivalCountry(string? Name, string? Slug, IReadOnlyList<FestivalSummary> Festivals);

public sealed record FestivalSummary(string Slug, string Name, string? City, int FilmCount)
{
    public string Href => $"/festivals/{Slug}";
}

namespace FilmCatalogue.Web.Models;

public sealed record HomePage
{
    public required int FilmCount { get; init; }
    public required int PersonCount { get; init; }
    public required int FestivalCount { get; init; }
    public required IReadOnlyList<FilmSummary> RecentFilms { get; init; }
    public required IReadOnlyList<FacetLink> Decades { get; init; }
    public required IReadOnlyList<FacetLink> Countries { get; init; }
    public required IReadOnlyList<FacetLink> Genres { get; init; }
}

public sealed record SearchPage
{
    public required string Query { get; init; }
    public required IReadOnlyList<FilmSummary> Films { get; init; }
    public required IReadOnlyList<PersonSummary> People { get; init; }
    public required IReadOnlyList<FestivalSummary> Festivals { get; init; }
    public required IReadOnlyList<OrganisationSummary> Organisations { get; init; }
    public int Count => Films.Count + People.Count + Festivals.Count + Organisations.Count;
}

public sealed record DownloadsPage(int FilmCount);

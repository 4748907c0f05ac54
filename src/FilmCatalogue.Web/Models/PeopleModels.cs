namespace FilmCatalogue.Web.Models;

public sealed record PersonPage
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public ForeignText? OriginalName { get; init; }

    /// <summary>Every spelling the catalogue has met, in every script.</summary>
    public required IReadOnlyList<ForeignText> Spellings { get; init; }

    public required IReadOnlyList<RoleFilmography> Filmography { get; init; }

    /// <summary>The year of each of the person's films that has one, whether the page shows the film or not.</summary>
    public required IReadOnlyList<int> FilmYears { get; init; }
    public int? FirstYear => FilmYears.Count == 0 ? null : FilmYears.Min();
    public int? LastYear => FilmYears.Count == 0 ? null : FilmYears.Max();
    public required System.Text.Json.Nodes.JsonObject StructuredData { get; init; }
}

public sealed record RoleFilmography(string Role, IReadOnlyList<FilmographyEntry> Films)
{
    /// <summary>The role's films, shown or not.</summary>
    public int Total { get; init; } = Films.Count;

    /// <summary>The role's own page, when the page shows only the role's newest films.</summary>
    public string? AllHref { get; init; }
}

/// <summary>
/// One page of the films of a person or an organisation in one role (<c>/people/{slug}/{role}</c>,
/// <c>/organisations/{slug}/{role}</c>), newest first.
/// </summary>
public sealed record RoleFilmographyPage
{
    /// <summary>The person's or organisation's name, as their page shows it.</summary>
    public required string Name { get; init; }

    /// <summary>The person's or organisation's page.</summary>
    public required string Href { get; init; }

    /// <summary>The part of the site's navigation the page belongs to ("people"), if any.</summary>
    public string? Section { get; init; }

    /// <summary>The role as credits name it ("Directed by").</summary>
    public required string Role { get; init; }

    public required int Total { get; init; }
    public required IReadOnlyList<FilmographyEntry> Films { get; init; }
    public required Pager Pager { get; init; }
}

public sealed record FilmographyEntry(FilmSummary Film, string? Character, string? CreditedAs);

public sealed record PeopleIndexPage
{
    public required string? Letter { get; init; }
    public required IReadOnlyList<string> LatinLetters { get; init; }
    public required IReadOnlyList<string> CyrillicLetters { get; init; }
    public required IReadOnlyList<PersonSummary> People { get; init; }
    public required int Total { get; init; }
    public required Pager Pager { get; init; }
}

/// <param name="Roles">The person's first roles, as credits name them.</param>
public sealed record PersonSummary(string Slug, string Name, ForeignText? OriginalName, int FilmCount, IReadOnlyList<string> Roles)
{
    public string Href => $"/people/{Slug}";
}

public sealed record OrganisationPage(string Slug, string Name, IReadOnlyList<RoleFilmography> Filmography, System.Text.Json.Nodes.JsonObject StructuredData);

public sealed record OrganisationSummary(string Slug, string Name, int FilmCount);

public sealed record OrganisationsIndexPage
{
    public required string? Letter { get; init; }

    /// <summary>The first letters of the organisations' names, as the index files them.</summary>
    public required IReadOnlyList<string> Letters { get; init; }

    public required IReadOnlyList<OrganisationSummary> Organisations { get; init; }
    public required int Total { get; init; }
    public required Pager Pager { get; init; }
}

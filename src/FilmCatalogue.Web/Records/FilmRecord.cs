namespace FilmCatalogue.Web.Records;

/// <summary>
/// One film as the plain-text record format holds it (see docs/record-format.md).
/// Plain data: no ASP.NET, no EF. Text is kept exactly as written, trimmed of surrounding spaces.
/// </summary>
public sealed record FilmRecord
{
    public IReadOnlyList<string> Countries { get; init; } = [];
    public int? Year { get; init; }
    public int? DurationMinutes { get; init; }

    /// <summary>The colour term as written: "Colour", "Color", "Black and white", "Black and white and colour".</summary>
    public string? Colour { get; init; }

    public IReadOnlyList<string> Genres { get; init; } = [];
    public required string MainTitle { get; init; }

    /// <summary>Alternative titles in the order written; one line may hold several, separated by " - ".</summary>
    public IReadOnlyList<string> AlternativeTitles { get; init; } = [];

    /// <summary>Credits in the order written, one entry per name: "Directed by : A, B" gives two.</summary>
    public IReadOnlyList<CreditRecord> Credits { get; init; } = [];

    public IReadOnlyList<AwardRecord> Awards { get; init; } = [];
    public IReadOnlyList<EditionRecord> Editions { get; init; } = [];

    /// <summary>Markdown; paragraphs separated by one blank line. Null when the record has no synopsis.</summary>
    public string? Synopsis { get; init; }

    /// <summary>Who wrote the synopsis; null when the "Source :" line is missing or empty.</summary>
    public string? SynopsisSource { get; init; }

    public IReadOnlyList<BibliographyRecord> Bibliography { get; init; } = [];
    public IReadOnlyList<SelectionRecord> Selections { get; init; } = [];
    public IReadOnlyList<MediaRecord> Media { get; init; } = [];

    /// <summary>Sections under headings the format does not know, kept as notes.</summary>
    public IReadOnlyList<NoteRecord> Notes { get; init; } = [];
}

/// <param name="Role">The label as written ("Directed by", "Cast", "Production").</param>
/// <param name="Name">The Latin-script form as written ("Sergey LOZNITSA"), or an organisation's name.</param>
/// <param name="OriginalName">The original-script form from the parentheses ("Сергей ЛОЗНИЦА"), if any.</param>
/// <param name="Character">An actor's character from the square brackets, if any.</param>
public sealed record CreditRecord(string Role, string Name, string? OriginalName = null, string? Character = null)
{
    /// <summary>Roles whose credits name organisations (studios, distributors) rather than people.</summary>
    public static bool IsOrganisationRole(string role) =>
        role.Equals("Production", StringComparison.OrdinalIgnoreCase)
        || role.Equals("Distribution", StringComparison.OrdinalIgnoreCase);

    public bool IsOrganisation => IsOrganisationRole(Role);
}

/// <param name="Category">"Best documentary"; null when the event could not be told apart from the category.</param>
/// <param name="Event">The event's name; when Category is null, the whole text before the city.</param>
public sealed record AwardRecord(string? Category, string Event, string? City, string? Country, int? Year);

/// <param name="Heading">The line that opens the edition, e.g. "DVD with subtitles".</param>
/// <param name="Extras">The lines describing the edition's extras, joined with "\n"; null when there are none.</param>
public sealed record EditionRecord(string Heading, string? Publisher, int? Year, string? Title, string? Extras);

public sealed record BibliographyRecord(string Title, string? Author, string? Publication, int? Year);

public sealed record SelectionRecord(string Event, string? City, string? Country, int? Year);

/// <param name="Location">A file name or URL.</param>
public sealed record MediaRecord(string Location, string? Caption);

/// <param name="Text">The section's lines joined with "\n".</param>
public sealed record NoteRecord(string Heading, string Text);

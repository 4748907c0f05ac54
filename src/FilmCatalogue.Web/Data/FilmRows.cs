using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Data;

/// <summary>
/// Films with every row their pages show, read in one SQLite statement: each collection comes back as a JSON array
/// (<c>json_group_array</c>, in its order), so a film page costs one statement to prepare and run rather than one
/// per collection, which is most of what a page cost when it was read as a split query.
/// </summary>
internal static class FilmRows
{
    private const string Select = """
        SELECT f.Id, f.Slug, f.Title, f.Year, f.DurationMinutes, f.Colour, f.SynopsisMarkdown, f.SynopsisSource, f.UpdatedAt,
            (SELECT max(e.UpdatedAt) FROM Selections s JOIN Festivals e ON e.Id = s.FestivalId WHERE s.FilmId = f.Id) AS FestivalsUpdatedAt,
            (SELECT json_group_array(json_object('Text', t.Text, 'Language', t.Language) ORDER BY t.Position)
                FROM FilmTitles t WHERE t.FilmId = f.Id AND t.Kind <> 'Main') AS Titles,
            (SELECT json_group_array(json_object('Name', c.Name, 'Slug', c.Slug) ORDER BY fc.Position)
                FROM FilmCountries fc JOIN Countries c ON c.Id = fc.CountryId WHERE fc.FilmId = f.Id) AS Countries,
            (SELECT json_group_array(json_object('Name', g.Name, 'Slug', g.Slug) ORDER BY fg.Position)
                FROM FilmGenres fg JOIN Genres g ON g.Id = fg.GenreId WHERE fg.FilmId = f.Id) AS Genres,
            (SELECT json_group_array(json_object('Role', c.Role, 'CreditedAs', c.CreditedAs, 'CreditedAsOriginal', c.CreditedAsOriginal,
                    'Character', c.Character, 'PersonSlug', p.Slug, 'OrganisationSlug', o.Slug) ORDER BY c.Position)
                FROM Credits c LEFT JOIN People p ON p.Id = c.PersonId LEFT JOIN Organisations o ON o.Id = c.OrganisationId
                WHERE c.FilmId = f.Id) AS Credits,
            (SELECT json_group_array(json_object('Category', a.Category, 'EventName', a.EventName, 'City', a.City, 'CountryName', a.CountryName,
                    'Year', a.Year, 'FestivalId', a.FestivalId, 'FestivalSlug', e.Slug) ORDER BY a.Position)
                FROM Awards a LEFT JOIN Festivals e ON e.Id = a.FestivalId WHERE a.FilmId = f.Id) AS Awards,
            (SELECT json_group_array(json_object('Name', e.Name, 'Slug', e.Slug, 'FestivalId', s.FestivalId, 'City', s.City, 'Country', c.Name,
                    'Year', s.Year) ORDER BY s.Position)
                FROM Selections s JOIN Festivals e ON e.Id = s.FestivalId LEFT JOIN Countries c ON c.Id = e.CountryId WHERE s.FilmId = f.Id) AS Selections,
            (SELECT json_group_array(json_object('Title', b.Title, 'Author', b.Author, 'Publication', b.Publication, 'Year', b.Year) ORDER BY b.Position)
                FROM Bibliography b WHERE b.FilmId = f.Id) AS Bibliography,
            (SELECT json_group_array(json_object('Heading', e.Heading, 'Publisher', e.Publisher, 'Year', e.Year, 'Title', e.Title, 'Extras', e.Extras)
                    ORDER BY e.Position)
                FROM Editions e WHERE e.FilmId = f.Id) AS Editions,
            (SELECT json_group_array(json_object('Location', m.Location, 'Caption', m.Caption) ORDER BY m.Position)
                FROM Media m WHERE m.FilmId = f.Id) AS Media,
            (SELECT json_group_array(json_object('Heading', n.Heading, 'Text', n.Text) ORDER BY n.Position)
                FROM FilmNotes n WHERE n.FilmId = f.Id) AS Notes
        FROM Films f
        """;

    private static readonly JsonSerializerOptions Json = new();

    /// <summary>The film of <paramref name="slug"/>, or null when there is none.</summary>
    public static async Task<FilmRow?> BySlugAsync(CatalogueDbContext db, string slug, CancellationToken cancellationToken) =>
        (await db.Database.SqlQueryRaw<FilmRow>(Select + " WHERE f.Slug = {0}", slug).ToListAsync(cancellationToken)).SingleOrDefault();

    /// <summary>The films of <paramref name="ids"/>, by id.</summary>
    public static Task<List<FilmRow>> ByIdsAsync(CatalogueDbContext db, IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<FilmRow>(Select + " WHERE f.Id IN (SELECT value FROM json_each({0})) ORDER BY f.Id", JsonSerializer.Serialize(ids))
            .ToListAsync(cancellationToken);

    /// <summary>One of a row's JSON collections, read.</summary>
    public static IReadOnlyList<T> Read<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, Json) ?? [];
}

/// <summary>A film and, as JSON arrays, its rows (see <see cref="FilmRows"/>); <see cref="FilmRows.Read{T}"/> reads one.</summary>
internal sealed class FilmRow
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public int? Year { get; set; }
    public int? DurationMinutes { get; set; }
    public string? Colour { get; set; }
    public string? SynopsisMarkdown { get; set; }
    public string? SynopsisSource { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? FestivalsUpdatedAt { get; set; }
    public required string Titles { get; set; }
    public required string Countries { get; set; }
    public required string Genres { get; set; }
    public required string Credits { get; set; }
    public required string Awards { get; set; }
    public required string Selections { get; set; }
    public required string Bibliography { get; set; }
    public required string Editions { get; set; }
    public required string Media { get; set; }
    public required string Notes { get; set; }

    public sealed record TitleRow(string Text, string? Language);

    public sealed record LinkRow(string Name, string Slug);

    public sealed record CreditRow(string Role, string CreditedAs, string? CreditedAsOriginal, string? Character, string? PersonSlug, string? OrganisationSlug);

    public sealed record AwardRow(string? Category, string EventName, string? City, string? CountryName, int? Year, int? FestivalId, string? FestivalSlug);

    public sealed record SelectionRow(string Name, string Slug, int FestivalId, string? City, string? Country, int? Year);

    public sealed record BibliographyRow(string Title, string? Author, string? Publication, int? Year);

    public sealed record EditionRow(string Heading, string? Publisher, int? Year, string? Title, string? Extras);

    public sealed record MediaRow(string Location, string? Caption);

    public sealed record NoteRow(string Heading, string Text);
}

using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;

namespace FilmCatalogue.Web.Data;

/// <summary>
/// Films with every row their pages show, read in one SQLite statement: each collection comes back as a JSON array
/// (<c>json_group_array</c>, in its order), so a film page costs one statement rather than one per collection, which is
/// most of what a page cost when it was read as a split query. The statements are prepared once on a few connections
/// kept open for them (preparing this one took a quarter of a page), and each read takes one of those connections.
/// </summary>
public sealed class FilmRows(CatalogueDatabase database) : IDisposable
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
                FROM FilmNotes n WHERE n.FilmId = f.Id) AS Notes,
            (SELECT json_group_array(json_object('Kind', i.Kind, 'AltText', i.AltText, 'Caption', i.Caption, 'Credit', i.Credit,
                    'FileName', i.FileName, 'Width', i.Width, 'Height', i.Height, 'SmallFileName', i.SmallFileName,
                    'MediumFileName', i.MediumFileName) ORDER BY i.Position, i.Id)
                FROM FilmImages i WHERE i.FilmId = f.Id) AS Images
        FROM Films f
        """;

    // Connections waiting for a read, each with its statements prepared; no more are kept than reads ran at once.
    private readonly ConcurrentBag<PreparedStatements> idle = [];

    /// <summary>The film of <paramref name="slug"/>, or null when there is none.</summary>
    public FilmRow? BySlug(string slug) => Read(Select + " WHERE f.Slug = $slug", slug).SingleOrDefault();

    /// <summary>The films of <paramref name="ids"/>, by id.</summary>
    public IReadOnlyList<FilmRow> ByIds(IReadOnlyList<int> ids) =>
        Read(Select + " WHERE f.Id IN (SELECT value FROM json_each($ids)) ORDER BY f.Id", JsonSerializer.Serialize(ids));

    /// <summary>One of a row's JSON collections, read (by generated code: no reflection for every page).</summary>
    public static IReadOnlyList<T> Read<T>(string json) =>
        (List<T>?)JsonSerializer.Deserialize(json, typeof(List<T>), FilmRowJson.Default) ?? [];

    public void Dispose()
    {
        while (idle.TryTake(out var statements))
        {
            Close(statements);
        }
    }

    private List<FilmRow> Read(string sql, object value)
    {
        if (!idle.TryTake(out var statements))
        {
            var connection = new SqliteConnection(database.ConnectionString);
            connection.Open();
            statements = new PreparedStatements(connection);
        }

        try
        {
            var rows = new List<FilmRow>();
            statements.Query(sql, r => rows.Add(new FilmRow
            {
                Id = r.GetInt32(0),
                Slug = r.GetString(1),
                Title = r.GetString(2),
                Year = r.IsDBNull(3) ? null : r.GetInt32(3),
                DurationMinutes = r.IsDBNull(4) ? null : r.GetInt32(4),
                Colour = r.IsDBNull(5) ? null : r.GetString(5),
                SynopsisMarkdown = r.IsDBNull(6) ? null : r.GetString(6),
                SynopsisSource = r.IsDBNull(7) ? null : r.GetString(7),
                UpdatedAt = r.GetDateTime(8),
                FestivalsUpdatedAt = r.IsDBNull(9) ? null : r.GetDateTime(9),
                Titles = r.GetString(10),
                Countries = r.GetString(11),
                Genres = r.GetString(12),
                Credits = r.GetString(13),
                Awards = r.GetString(14),
                Selections = r.GetString(15),
                Bibliography = r.GetString(16),
                Editions = r.GetString(17),
                Media = r.GetString(18),
                Notes = r.GetString(19),
                Images = r.GetString(20),
            }), value);
            idle.Add(statements);
            return rows;
        }
        catch
        {
            Close(statements);
            throw;
        }
    }

    private static void Close(PreparedStatements statements)
    {
        statements.Dispose();
        statements.Connection.Dispose();
    }
}

/// <summary>A film and, as JSON arrays, its rows (see <see cref="FilmRows"/>); <see cref="FilmRows.Read{T}"/> reads one.</summary>
public sealed class FilmRow
{
    public int Id { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public int? Year { get; init; }
    public int? DurationMinutes { get; init; }
    public string? Colour { get; init; }
    public string? SynopsisMarkdown { get; init; }
    public string? SynopsisSource { get; init; }
    public DateTime UpdatedAt { get; init; }
    public DateTime? FestivalsUpdatedAt { get; init; }
    public required string Titles { get; init; }
    public required string Countries { get; init; }
    public required string Genres { get; init; }
    public required string Credits { get; init; }
    public required string Awards { get; init; }
    public required string Selections { get; init; }
    public required string Bibliography { get; init; }
    public required string Editions { get; init; }
    public required string Media { get; init; }
    public required string Notes { get; init; }
    public required string Images { get; init; }

    public sealed record TitleRow(string Text, string? Language);

    public sealed record LinkRow(string Name, string Slug);

    public sealed record CreditRow(string Role, string CreditedAs, string? CreditedAsOriginal, string? Character, string? PersonSlug, string? OrganisationSlug);

    public sealed record AwardRow(string? Category, string EventName, string? City, string? CountryName, int? Year, int? FestivalId, string? FestivalSlug);

    public sealed record SelectionRow(string Name, string Slug, int FestivalId, string? City, string? Country, int? Year);

    public sealed record BibliographyRow(string Title, string? Author, string? Publication, int? Year);

    public sealed record EditionRow(string Heading, string? Publisher, int? Year, string? Title, string? Extras);

    public sealed record MediaRow(string Location, string? Caption);

    public sealed record NoteRow(string Heading, string Text);

    public sealed record ImageRow(
        ImageKind Kind, string AltText, string? Caption, string? Credit, string FileName, int Width, int Height, string? SmallFileName, string? MediumFileName);
}

[JsonSerializable(typeof(List<FilmRow.TitleRow>))]
[JsonSerializable(typeof(List<FilmRow.LinkRow>))]
[JsonSerializable(typeof(List<FilmRow.CreditRow>))]
[JsonSerializable(typeof(List<FilmRow.AwardRow>))]
[JsonSerializable(typeof(List<FilmRow.SelectionRow>))]
[JsonSerializable(typeof(List<FilmRow.BibliographyRow>))]
[JsonSerializable(typeof(List<FilmRow.EditionRow>))]
[JsonSerializable(typeof(List<FilmRow.MediaRow>))]
[JsonSerializable(typeof(List<FilmRow.NoteRow>))]
[JsonSerializable(typeof(List<FilmRow.ImageRow>))]
// An image's kind is stored as its name ("Poster").
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
internal sealed partial class FilmRowJson : JsonSerializerContext;

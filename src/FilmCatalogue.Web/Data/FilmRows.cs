using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using FilmCatalogue.Web.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FilmCatalogue.Web.Data;

/// <summary>
/// Films with every row their pages show, read in one statement: each collection comes back as a JSON array in its
/// order (SQLite's <c>json_group_array</c>, PostgreSQL's <c>json_agg</c>), so a film page costs one statement rather
/// than one per collection, which is most of what a page cost when it was read as a split query. The statements are
/// prepared once on a few connections kept open for them (preparing this one took a quarter of a page), and each read
/// takes one of those connections. The SQL is written once for both databases (see <see cref="PreparedStatements"/>).
/// </summary>
public sealed class FilmRows(CatalogueDatabase database) : IDisposable
{
    private readonly string select = Select(database.IsPostgreSql);

    // Connections waiting for a read, each with its statements prepared; no more are kept than reads ran at once.
    private readonly ConcurrentBag<PreparedStatements> idle = [];

    /// <summary>The film of <paramref name="slug"/>, or null when there is none.</summary>
    public FilmRow? BySlug(string slug) => Read(select + " WHERE f.Slug = $slug", slug).SingleOrDefault();

    /// <summary>The films of <paramref name="ids"/>, by id.</summary>
    public IReadOnlyList<FilmRow> ByIds(IReadOnlyList<int> ids)
    {
        var values = CatalogueDatabase.JsonArrayValues(database.IsPostgreSql, "$ids");
        return Read($"{select} WHERE f.Id IN (SELECT CAST(i.value AS integer) FROM {values} i) ORDER BY f.Id", JsonSerializer.Serialize(ids));
    }

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

    private static string Select(bool postgreSql)
    {
        // A JSON array of one object a row, in order; an empty array when there is no row.
        string Array(string fields, string order) => postgreSql
            ? $"coalesce(json_agg(json_build_object({fields}) ORDER BY {order}), '[]')"
            : $"json_group_array(json_object({fields}) ORDER BY {order})";

        return $$"""
            SELECT f.Id, f.Slug, f.Title, f.Year, f.DurationMinutes, f.Colour, f.SynopsisMarkdown, f.SynopsisSource, f.UpdatedAt,
                (SELECT max(e.UpdatedAt) FROM Selections s JOIN Festivals e ON e.Id = s.FestivalId WHERE s.FilmId = f.Id) AS FestivalsUpdatedAt,
                (SELECT {{Array("'Text', t.Text, 'Language', t.Language", "t.Position")}}
                    FROM FilmTitles t WHERE t.FilmId = f.Id AND t.Kind <> 'Main') AS Titles,
                (SELECT {{Array("'Name', c.Name, 'Slug', c.Slug", "fc.Position")}}
                    FROM FilmCountries fc JOIN Countries c ON c.Id = fc.CountryId WHERE fc.FilmId = f.Id) AS Countries,
                (SELECT {{Array("'Name', g.Name, 'Slug', g.Slug", "fg.Position")}}
                    FROM FilmGenres fg JOIN Genres g ON g.Id = fg.GenreId WHERE fg.FilmId = f.Id) AS Genres,
                (SELECT {{Array("""
                        'Role', c.Role, 'CreditedAs', c.CreditedAs, 'CreditedAsOriginal', c.CreditedAsOriginal, 'Character', c.Character,
                        'PersonSlug', p.Slug, 'OrganisationSlug', o.Slug
                        """, "c.Position")}}
                    FROM Credits c LEFT JOIN People p ON p.Id = c.PersonId LEFT JOIN Organisations o ON o.Id = c.OrganisationId
                    WHERE c.FilmId = f.Id) AS Credits,
                (SELECT {{Array("""
                        'Category', a.Category, 'EventName', a.EventName, 'City', a.City, 'CountryName', a.CountryName, 'Year', a.Year,
                        'FestivalId', a.FestivalId, 'FestivalSlug', e.Slug
                        """, "a.Position")}}
                    FROM Awards a LEFT JOIN Festivals e ON e.Id = a.FestivalId WHERE a.FilmId = f.Id) AS Awards,
                (SELECT {{Array("'Name', e.Name, 'Slug', e.Slug, 'FestivalId', s.FestivalId, 'City', s.City, 'Country', c.Name, 'Year', s.Year", "s.Position")}}
                    FROM Selections s JOIN Festivals e ON e.Id = s.FestivalId LEFT JOIN Countries c ON c.Id = e.CountryId WHERE s.FilmId = f.Id) AS Selections,
                (SELECT {{Array("'Title', b.Title, 'Author', b.Author, 'Publication', b.Publication, 'Year', b.Year", "b.Position")}}
                    FROM Bibliography b WHERE b.FilmId = f.Id) AS Bibliography,
                (SELECT {{Array("'Heading', e.Heading, 'Publisher', e.Publisher, 'Year', e.Year, 'Title', e.Title, 'Extras', e.Extras", "e.Position")}}
                    FROM Editions e WHERE e.FilmId = f.Id) AS Editions,
                (SELECT {{Array("'Location', m.Location, 'Caption', m.Caption", "m.Position")}}
                    FROM Media m WHERE m.FilmId = f.Id) AS Media,
                (SELECT {{Array("'Heading', n.Heading, 'Text', n.Text", "n.Position")}}
                    FROM FilmNotes n WHERE n.FilmId = f.Id) AS Notes,
                (SELECT {{Array("""
                        'Kind', i.Kind, 'AltText', i.AltText, 'Caption', i.Caption, 'Credit', i.Credit, 'FileName', i.FileName,
                        'Width', i.Width, 'Height', i.Height, 'SmallFileName', i.SmallFileName, 'MediumFileName', i.MediumFileName
                        """, "i.Position, i.Id")}}
                    FROM FilmImages i WHERE i.FilmId = f.Id) AS Images
            FROM Films f
            """;
    }

    private List<FilmRow> Read(string sql, object value)
    {
        var keep = true;
        if (!idle.TryTake(out var statements))
        {
            DbConnection connection = database.IsPostgreSql ? new NpgsqlConnection(database.ConnectionString) : new SqliteConnection(database.ConnectionString);
            connection.Open();
            keep = ReadOnlyDiskInterceptor.Prepare(connection);
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
            if (keep)
            {
                idle.Add(statements);
            }
            else
            {
                Close(statements);
            }

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

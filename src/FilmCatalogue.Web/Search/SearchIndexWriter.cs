using System.Text.Json;
using FilmCatalogue.Web.Data;

namespace FilmCatalogue.Web.Search;

/// <summary>An entry of the full-text index: its row (see <see cref="SearchIndexer.RowId"/>) and its search text, or null for none.</summary>
public readonly record struct SearchEntry(long RowId, string? Text)
{
    /// <summary>The entry for an entity known by <paramref name="names"/>: each of their search tokens once.</summary>
    public static SearchEntry For(SearchKind kind, int id, IEnumerable<string?> names) =>
        new(SearchIndexer.RowId(kind, id), string.Join(' ', names.OfType<string>().SelectMany(TextFolding.SearchTokens).Distinct(StringComparer.Ordinal)));

    public static SearchEntry Removal(SearchKind kind, int id) => new(SearchIndexer.RowId(kind, id), null);
}

/// <summary>
/// Writes the full-text index (<see cref="FullTextSyntax"/>): the SearchIndex table and beside it SearchSpellings, which keeps every
/// indexed token under itself and under each of its one-letter deletions (<see cref="TextFolding.DeletionNeighbourhood"/>),
/// so that the tokens one edit from a query word are a few index seeks away (<see cref="CatalogueSearch"/>). A token is
/// in SearchSpellings exactly as long as some entry holds it.
/// </summary>
internal sealed class SearchIndexWriter(PreparedStatements statements)
{
    private readonly FullTextSyntax syntax = FullTextSyntax.Of(statements.IsPostgreSql);

    /// <summary>Replaces the entries (the last one given for a row wins), adding and dropping the tokens' spellings to match.</summary>
    public void Write(IEnumerable<SearchEntry> entries)
    {
        var added = new HashSet<string>(StringComparer.Ordinal);
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        List<SearchEntry> latest = [.. entries.GroupBy(e => e.RowId).Select(g => g.Last())];
        // The entries' present texts, in one statement however many entries there are.
        var present = new Dictionary<long, string>();
        var sql = $"SELECT rowid, Text FROM SearchIndex WHERE rowid IN (SELECT CAST(value AS bigint) FROM {CatalogueDatabase.JsonArrayValues(statements.IsPostgreSql, "$rows")})";
        statements.Query(sql, r => present[r.GetInt64(0)] = r.GetString(1), JsonSerializer.Serialize(latest.Select(e => e.RowId)));
        foreach (var (rowId, text) in latest)
        {
            if (present.TryGetValue(rowId, out var old))
            {
                dropped.UnionWith(Tokens(old));
                statements.Run("DELETE FROM SearchIndex WHERE rowid = $row", rowId);
            }

            if (!string.IsNullOrEmpty(text))
            {
                statements.Run("INSERT INTO SearchIndex (rowid, Text) VALUES ($row, $text)", rowId, text);
                added.UnionWith(Tokens(text));
            }
        }

        // Asked first, then written: on PostgreSQL the writes then go to the server together.
        foreach (var token in added.Where(t => !IsKnown(t)).ToList())
        {
            foreach (var variant in TextFolding.DeletionNeighbourhood(token))
            {
                statements.Run("INSERT INTO SearchSpellings (Variant, Term) VALUES ($variant, $term) ON CONFLICT DO NOTHING", variant, token);
            }
        }

        foreach (var token in dropped.Where(t => !added.Contains(t) && !IsIndexed(t)).ToList())
        {
            foreach (var variant in TextFolding.DeletionNeighbourhood(token))
            {
                statements.Run("DELETE FROM SearchSpellings WHERE Variant = $variant AND Term = $term", variant, token);
            }
        }

        statements.Flush();
    }

    private bool IsKnown(string token) =>
        statements.Scalar("SELECT 1 FROM SearchSpellings WHERE Variant = $term AND Term = $term", token) is not null;

    private bool IsIndexed(string token) =>
        statements.Scalar($"SELECT 1 FROM SearchIndex WHERE {syntax.Matches("$term")} LIMIT 1", syntax.Term(token)) is not null;

    private static string[] Tokens(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

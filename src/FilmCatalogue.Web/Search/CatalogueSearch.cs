using FilmCatalogue.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Search;

/// <summary>
/// Finds films, people, organisations and festivals by any of their names, whatever the case, accents, script or
/// transliteration (both sides are folded to the same search tokens), and through a one-letter misspelling: a
/// query word the index does not hold also matches the indexed words one edit away from it. On SQLite the index is
/// an FTS5 table ranked by bm25; on PostgreSQL a tsvector of the same tokens under a GIN index, ranked by ts_rank.
/// </summary>
public sealed class CatalogueSearch(CatalogueDbContext db)
{
    private const int MaxQueryTokens = 8;
    private const int MinFuzzyLength = 4;

    private static readonly QuerySyntax Fts5 = new(token => "\"" + token.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", "*", " OR ", " AND ");

    // The index holds the tokens as lexemes (no parser, no dictionary): a tsquery literal names them as they are.
    private static readonly QuerySyntax TsQuery = new(
        token => "'" + token.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'", ":*", " | ", " & ");

    /// <summary>
    /// The ids of the best matches of each kind, best first, at most <paramref name="limitPerKind"/> of a kind.
    /// The query is folded (and its misspellings looked up) once for all kinds.
    /// </summary>
    public async Task<IReadOnlyDictionary<SearchKind, IReadOnlyList<int>>> FindAsync(string query, int limitPerKind, CancellationToken cancellationToken)
    {
        var postgreSql = db.Database.IsNpgsql();
        var match = await MatchExpressionAsync(query, postgreSql ? TsQuery : Fts5, cancellationToken);
        var found = new Dictionary<SearchKind, IReadOnlyList<int>>();
        foreach (var kind in Enum.GetValues<SearchKind>())
        {
            if (match is null)
            {
                found[kind] = [];
                continue;
            }

            var rowIds = await (postgreSql
                ? db.Database.SqlQuery<long>($"""
                    SELECT rowid AS "Value" FROM "SearchIndex" WHERE "Document" @@ CAST({match} AS tsquery) AND (rowid & 7) = {(int)kind}
                    ORDER BY ts_rank("Document", CAST({match} AS tsquery)) DESC LIMIT {limitPerKind}
                    """)
                : db.Database.SqlQuery<long>($"SELECT rowid AS Value FROM SearchIndex WHERE SearchIndex MATCH {match} AND (rowid & 7) = {(int)kind} ORDER BY rank LIMIT {limitPerKind}"))
                .ToListAsync(cancellationToken);
            found[kind] = [.. rowIds.Select(r => SearchIndexer.FromRowId(r).Id)];
        }

        return found;
    }

    /// <summary>
    /// A full-text query in the index's syntax: every query word must match, as a prefix of an indexed word or, when
    /// the index holds no such word, as any indexed word within one edit. Null when the query has no word to search for.
    /// </summary>
    private async Task<string?> MatchExpressionAsync(string query, QuerySyntax syntax, CancellationToken cancellationToken)
    {
        var tokens = TextFolding.SearchTokens(query).Distinct(StringComparer.Ordinal).Take(MaxQueryTokens).ToList();
        if (tokens.Count == 0)
        {
            return null;
        }

        var clauses = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            var alternatives = new List<string> { syntax.Quote(token) + syntax.Prefix };
            if (token.Length >= MinFuzzyLength && !await IsIndexedAsync(token, cancellationToken))
            {
                alternatives.AddRange((await TermsWithinOneEditAsync(token, cancellationToken)).Select(syntax.Quote));
            }

            clauses.Add("(" + string.Join(syntax.Or, alternatives) + ")");
        }

        return string.Join(syntax.And, clauses);
    }

    // On PostgreSQL the index itself answers (through its GIN index): its list of terms keeps words no entry holds any more.
    private async Task<bool> IsIndexedAsync(string token, CancellationToken cancellationToken) =>
        await (db.Database.IsNpgsql()
            ? db.Database.SqlQuery<int>($"""SELECT 1 AS "Value" FROM "SearchIndex" WHERE "Document" @@ CAST({TsQuery.Quote(token)} AS tsquery)""")
            : db.Database.SqlQuery<int>($"SELECT 1 AS Value FROM SearchTerms WHERE term = {token}"))
            .AnyAsync(cancellationToken);

    private async Task<IEnumerable<string>> TermsWithinOneEditAsync(string token, CancellationToken cancellationToken)
    {
        var candidates = await db.Database
            .SqlQuery<string>($"""SELECT term AS "Value" FROM "SearchTerms" WHERE length(term) BETWEEN {token.Length - 1} AND {token.Length + 1}""")
            .ToListAsync(cancellationToken);
        return candidates.Where(term => TextFolding.WithinOneEdit(term, token));
    }

    /// <summary>
    /// How a full-text query is written. Search tokens are letters and digits only; quoting keeps FTS5 from reading
    /// one as an operator (AND, NOT, NEAR), and tsquery likewise.
    /// </summary>
    private sealed record QuerySyntax(Func<string, string> Quote, string Prefix, string Or, string And);
}

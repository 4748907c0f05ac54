namespace FilmCatalogue.Web.Search;

/// <summary>
/// How the full-text index is queried. On SQLite it is an FTS5 table, matched with MATCH and ranked by bm25; on
/// PostgreSQL a tsvector of the same tokens under a GIN index, matched with @@ and ranked by ts_rank. Search tokens are
/// letters and digits only; quoting a token keeps either syntax from reading it as an operator (AND, NOT, NEAR; &amp;, |, !).
/// </summary>
/// <param name="Term">A token as a term of a query.</param>
/// <param name="Prefix">What makes a term match the tokens it begins.</param>
/// <param name="Matches">The condition that the index matches the query in the given parameter.</param>
/// <param name="RankColumn">The column of a match that <paramref name="Rank"/> reads, for taking matches out of the index before they are ranked.</param>
/// <param name="Rank">The order of the matches, best first, for the query in the given parameter.</param>
internal sealed record FullTextSyntax(
    Func<string, string> Term, string Prefix, string Or, string And, Func<string, string> Matches, string RankColumn, Func<string, string> Rank)
{
    private static readonly FullTextSyntax Fts5 = new(
        token => "\"" + token.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
        "*",
        " OR ",
        " AND ",
        query => $"SearchIndex MATCH {query}",
        "rank",
        _ => "rank");

    // The index holds the tokens as lexemes as they are (no parser, no dictionary), and a tsquery literal names them so.
    private static readonly FullTextSyntax TsQuery = new(
        token => "'" + token.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'",
        ":*",
        " | ",
        " & ",
        query => $"Document @@ CAST({query} AS tsquery)",
        "Document",
        query => $"ts_rank(Document, CAST({query} AS tsquery)) DESC");

    public static FullTextSyntax Of(bool postgreSql) => postgreSql ? TsQuery : Fts5;
}

using FilmCatalogue.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Search;

/// <summary>
/// Finds films, people, organisations and festivals by any of their names, whatever the case, accents, script or
/// transliteration (both sides are folded to the same search tokens), and through a one-letter misspelling: a
/// query word the index does not hold also matches the indexed words one edit away from it.
/// </summary>
public sealed class CatalogueSearch(CatalogueDbContext db)
{
    private const int MaxQueryTokens = 8;
    private const int MinFuzzyLength = 4;

    /// <summary>
    /// The ids of the best matches of each kind, best first, at most <paramref name="limitPerKind"/> of a kind.
    /// The query is folded (and its misspellings looked up) once for all kinds.
    /// </summary>
    public async Task<IReadOnlyDictionary<SearchKind, IReadOnlyList<int>>> FindAsync(string query, int limitPerKind, CancellationToken cancellationToken)
    {
        var match = await MatchExpressionAsync(query, cancellationToken);
        var found = new Dictionary<SearchKind, IReadOnlyList<int>>();
        foreach (var kind in Enum.GetValues<SearchKind>())
        {
            if (match is null)
            {
                found[kind] = [];
                continue;
            }

            var rowIds = await db.Database
                .SqlQuery<long>($"SELECT rowid AS Value FROM SearchIndex WHERE SearchIndex MATCH {match} AND (rowid & 7) = {(int)kind} ORDER BY rank LIMIT {limitPerKind}")
                .ToListAsync(cancellationToken);
            found[kind] = [.. rowIds.Select(r => SearchIndexer.FromRowId(r).Id)];
        }

        return found;
    }

    /// <summary>
    /// An FTS5 query: every query word must match, as a prefix of an indexed word or, when the index holds no such
    /// word, as any indexed word within one edit. Null when the query has no word to search for.
    /// </summary>
    internal async Task<string?> MatchExpressionAsync(string query, CancellationToken cancellationToken)
    {
        var tokens = TextFolding.SearchTokens(query).Distinct(StringComparer.Ordinal).Take(MaxQueryTokens).ToList();
        if (tokens.Count == 0)
        {
            return null;
        }

        var clauses = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            var alternatives = new List<string> { Quote(token) + "*" };
            if (token.Length >= MinFuzzyLength && !await IsIndexedAsync(token, cancellationToken))
            {
                alternatives.AddRange((await TermsWithinOneEditAsync(token, cancellationToken)).Select(Quote));
            }

            clauses.Add("(" + string.Join(" OR ", alternatives) + ")");
        }

        return string.Join(" AND ", clauses);
    }

    private async Task<bool> IsIndexedAsync(string token, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<int>($"SELECT 1 AS Value FROM SearchTerms WHERE term = {token}").AnyAsync(cancellationToken);

    private async Task<IEnumerable<string>> TermsWithinOneEditAsync(string token, CancellationToken cancellationToken)
    {
        var candidates = await db.Database
            .SqlQuery<string>($"SELECT term AS Value FROM SearchTerms WHERE length(term) BETWEEN {token.Length - 1} AND {token.Length + 1}")
            .ToListAsync(cancellationToken);
        return candidates.Where(term => TextFolding.WithinOneEdit(term, token));
    }

    // Search tokens are letters and digits only; quoting keeps FTS5 from reading one as an operator (AND, NOT, NEAR).
    private static string Quote(string token) => "\"" + token.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

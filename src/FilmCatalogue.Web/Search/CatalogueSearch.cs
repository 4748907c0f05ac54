using System.Text.Json;
using FilmCatalogue.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Search;

/// <summary>
/// Finds films, people, organisations and festivals by any of their names, whatever the case, accents, script or
/// transliteration (both sides are folded to the same search tokens), and through a one-letter misspelling: a
/// query word the index does not hold also matches the indexed words one edit away from it, found through their
/// deletion neighbourhoods (SearchSpellings, kept by <see cref="SearchIndexWriter"/>). The index is queried in SQLite's
/// or PostgreSQL's syntax (<see cref="FullTextSyntax"/>).
/// </summary>
public sealed class CatalogueSearch(CatalogueDbContext db)
{
    private const int MaxQueryTokens = 8;
    private const int MinFuzzyLength = 4;

    /// <summary>
    /// How many matches a search ranks, unless told otherwise. Ranking costs about 2.5 µs a match (bm25 reads each
    /// match's length): 500 matches cost about 1.3 ms, under half the rest of a search's page.
    /// </summary>
    public const int RankedMatches = 500;

    /// <summary>
    /// The ids of the best matches of each kind, best first, at most <paramref name="limitPerKind"/> of a kind: one
    /// full-text query ranks the matches of every kind at once. Only the first <paramref name="rankedMatches"/> matches
    /// (oldest entries first) are ranked: a common name matches thousands of people in a large catalogue, and ranking
    /// them all would cost every such search more than all the rest of its page.
    /// </summary>
    public async Task<IReadOnlyDictionary<SearchKind, IReadOnlyList<int>>> FindAsync(
        string query, int limitPerKind, CancellationToken cancellationToken, int rankedMatches = RankedMatches)
    {
        var syntax = FullTextSyntax.Of(db.Database.IsNpgsql());
        var match = await MatchExpressionAsync(query, syntax, cancellationToken);
        // The syntax gives fixed text only: the query and the limits are parameters ({0}, {1}, {2}).
        var ranked = $$"""
            SELECT rowid AS Value FROM (
                SELECT rowid, row_number() OVER (PARTITION BY rowid & 7 ORDER BY {{syntax.Rank("{0}")}}) AS Place
                FROM (SELECT rowid, {{syntax.RankColumn}} FROM SearchIndex WHERE {{syntax.Matches("{0}")}} ORDER BY rowid LIMIT {2}) AS Matched)
                AS Ranked
            WHERE Place <= {1} ORDER BY Place
            """;
        var rowIds = match is null ? [] : await db.Database.SqlQueryRaw<long>(ranked, match, limitPerKind, rankedMatches).ToListAsync(cancellationToken);
        var found = rowIds.Select(SearchIndexer.FromRowId).ToLookup(r => r.Kind, r => r.Id);
        return Enum.GetValues<SearchKind>().ToDictionary(kind => kind, kind => (IReadOnlyList<int>)[.. found[kind]]);
    }

    /// <summary>
    /// A full-text query: every query word must match, as a prefix of an indexed word or, when the index holds no such
    /// word, as any indexed word within one edit. Null when the query has no word to search for.
    /// </summary>
    private async Task<string?> MatchExpressionAsync(string query, FullTextSyntax syntax, CancellationToken cancellationToken)
    {
        var tokens = TextFolding.SearchTokens(query).Distinct(StringComparer.Ordinal).Take(MaxQueryTokens).ToList();
        if (tokens.Count == 0)
        {
            return null;
        }

        var clauses = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            var alternatives = new List<string> { syntax.Term(token) + syntax.Prefix };
            if (token.Length >= MinFuzzyLength)
            {
                var near = await TermsNearAsync(token, cancellationToken);
                if (!near.Contains(token, StringComparer.Ordinal))
                {
                    alternatives.AddRange(near.Where(term => TextFolding.WithinOneEdit(term, token)).Select(syntax.Term));
                }
            }

            clauses.Add("(" + string.Join(syntax.Or, alternatives) + ")");
        }

        return string.Join(syntax.And, clauses);
    }

    /// <summary>The indexed terms whose deletion neighbourhoods meet the token's: the token itself if indexed, and every term within one edit.</summary>
    private async Task<List<string>> TermsNearAsync(string token, CancellationToken cancellationToken)
    {
        // Fixed text only: the variants are a parameter ({0}).
        var terms = $"SELECT DISTINCT Term AS Value FROM SearchSpellings WHERE Variant IN (SELECT value FROM {CatalogueDatabase.JsonArrayValues(db.Database.IsNpgsql(), "{0}")})";
        return await db.Database.SqlQueryRaw<string>(terms, JsonSerializer.Serialize(TextFolding.DeletionNeighbourhood(token)))
            .ToListAsync(cancellationToken);
    }
}

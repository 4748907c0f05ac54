using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FilmCatalogue.Web.Data.Migrations
{
    /// <summary>
    /// Misspellings are found through an index rather than by reading the vocabulary: SearchSpellings holds every
    /// token of the full-text index under itself and under each of its one-letter deletions (SymSpell; see
    /// Search/SearchIndexWriter), so the tokens one edit from a query word are a few seeks away. It is filled here from
    /// the index's vocabulary (the SearchTerms fts5vocab table, which nothing reads any more), deleting each letter in
    /// turn as Search/TextFolding.DeletionNeighbourhood does.
    /// </summary>
    public partial class SearchSpellings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE SearchSpellings (Variant TEXT NOT NULL, Term TEXT NOT NULL, PRIMARY KEY (Variant, Term)) WITHOUT ROWID;");
            migrationBuilder.Sql("""
                WITH RECURSIVE Deletions (Term, At) AS (
                    SELECT term, 0 FROM SearchTerms
                    UNION ALL
                    SELECT Term, At + 1 FROM Deletions WHERE At < length(Term))
                INSERT INTO SearchSpellings (Variant, Term)
                SELECT DISTINCT CASE At WHEN 0 THEN Term ELSE substr(Term, 1, At - 1) || substr(Term, At + 1) END, Term FROM Deletions;
                """);
            migrationBuilder.Sql("DROP TABLE SearchTerms;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE VIRTUAL TABLE SearchTerms USING fts5vocab(SearchIndex, 'row');");
            migrationBuilder.Sql("DROP TABLE SearchSpellings;");
        }
    }
}

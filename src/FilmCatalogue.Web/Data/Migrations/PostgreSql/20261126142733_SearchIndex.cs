using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FilmCatalogue.Web.Data.Migrations.PostgreSql
{
    /// <summary>
    /// The full-text index behind /search, as on SQLite: one row per film, person, organisation and festival, holding
    /// its names folded to search tokens (Search/TextFolding), under a rowid that encodes the entry (Search/SearchIndexer).
    /// The tokens are the lexemes of a tsvector as they are (no parser, no dictionary), under a GIN index that answers
    /// prefix queries. SearchSpellings holds every indexed token under itself and under each of its one-letter
    /// deletions, for misspellings (Search/SearchIndexWriter keeps it).
    /// </summary>
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE SearchIndex (
                    rowid bigint PRIMARY KEY,
                    Text text COLLATE "C" NOT NULL,
                    Document tsvector GENERATED ALWAYS AS (array_to_tsvector(string_to_array(Text, ' '))) STORED
                );
                CREATE INDEX ix_searchindex_document ON SearchIndex USING gin (Document);
                CREATE TABLE SearchSpellings (
                    Variant text COLLATE "C" NOT NULL,
                    Term text COLLATE "C" NOT NULL,
                    PRIMARY KEY (Variant, Term)
                );
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SearchSpellings; DROP TABLE SearchIndex;");
        }
    }
}

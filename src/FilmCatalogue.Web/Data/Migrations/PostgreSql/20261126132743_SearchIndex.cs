using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FilmCatalogue.Web.Data.Migrations.PostgreSql
{
    /// <summary>
    /// The full-text index behind /search, as on SQLite: one row per film, person, organisation and festival, holding
    /// its names folded to search tokens (Search/TextFolding), under a rowid that encodes the entry (Search/SearchIndexer).
    /// The tokens are the lexemes of a tsvector as they are (no parser, no dictionary), under a GIN index that answers
    /// prefix queries. SearchTerms lists the indexed tokens for misspelling tolerance; a trigger adds each entry's
    /// tokens. It only grows: a term no entry holds any more is a misspelling candidate that matches nothing.
    /// </summary>
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "SearchIndex" (
                    rowid bigint PRIMARY KEY,
                    "Text" text COLLATE "C" NOT NULL,
                    "Document" tsvector GENERATED ALWAYS AS (array_to_tsvector(string_to_array("Text", ' '))) STORED
                );
                CREATE INDEX "IX_SearchIndex_Document" ON "SearchIndex" USING gin ("Document");
                CREATE TABLE "SearchTerms" (term text COLLATE "C" PRIMARY KEY);
                CREATE FUNCTION "AddSearchTerms"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO "SearchTerms" (term) SELECT unnest(tsvector_to_array(NEW."Document")) ON CONFLICT DO NOTHING;
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER "SearchIndex_AddSearchTerms" AFTER INSERT OR UPDATE ON "SearchIndex"
                    FOR EACH ROW EXECUTE FUNCTION "AddSearchTerms"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE "SearchIndex";
                DROP FUNCTION "AddSearchTerms"();
                DROP TABLE "SearchTerms";
                """);
        }
    }
}

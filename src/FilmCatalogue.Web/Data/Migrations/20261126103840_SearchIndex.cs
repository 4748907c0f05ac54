using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FilmCatalogue.Web.Data.Migrations
{
    /// <summary>
    /// The full-text index behind /search: one row per film, person, organisation and festival, holding its names
    /// folded to search tokens (Search/TextFolding). The rowid encodes the entry (see Search/SearchIndexer), so an
    /// entry is replaced by rowid without scanning. SearchTerms lists the indexed tokens for misspelling tolerance.
    /// </summary>
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE VIRTUAL TABLE SearchIndex USING fts5(Text, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4');");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE SearchTerms USING fts5vocab(SearchIndex, 'row');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SearchTerms;");
            migrationBuilder.Sql("DROP TABLE SearchIndex;");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FilmCatalogue.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class FilmCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FilmCount",
                table: "People",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FilmCount",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // SQLite runs a row trigger as each row changes, so an AFTER trigger sees the rows before it already changed.
            migrationBuilder.Sql($"CREATE TRIGGER Credits_FilmCounts_Insert AFTER INSERT ON Credits BEGIN {FilmCountTriggers.Count("NEW", '+')} END;");
            migrationBuilder.Sql($"CREATE TRIGGER Credits_FilmCounts_Delete AFTER DELETE ON Credits BEGIN {FilmCountTriggers.Count("OLD", '-')} END;");
            migrationBuilder.Sql($"""
                CREATE TRIGGER Credits_FilmCounts_Update AFTER UPDATE OF PersonId, OrganisationId, FilmId ON Credits
                BEGIN {FilmCountTriggers.Count("OLD", '-')} {FilmCountTriggers.Count("NEW", '+')} END;
                """);
            migrationBuilder.Sql(FilmCountTriggers.Recount);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER Credits_FilmCounts_Insert; DROP TRIGGER Credits_FilmCounts_Delete; DROP TRIGGER Credits_FilmCounts_Update;");
            migrationBuilder.DropColumn(
                name: "FilmCount",
                table: "People");

            migrationBuilder.DropColumn(
                name: "FilmCount",
                table: "Organisations");
        }
    }
}

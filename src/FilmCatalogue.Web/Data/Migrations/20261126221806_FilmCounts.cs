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

            migrationBuilder.AddColumn<int>(
                name: "FilmCount",
                table: "Festivals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // SQLite runs a row trigger as each row changes, so an AFTER trigger sees the rows before it already changed.
            foreach (var rows in FilmCountTriggers.Tables)
            {
                migrationBuilder.Sql($"CREATE TRIGGER {rows}_FilmCounts_Insert AFTER INSERT ON {rows} BEGIN {FilmCountTriggers.Count(rows, "NEW", '+')} END;");
                migrationBuilder.Sql($"CREATE TRIGGER {rows}_FilmCounts_Delete AFTER DELETE ON {rows} BEGIN {FilmCountTriggers.Count(rows, "OLD", '-')} END;");
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {rows}_FilmCounts_Update AFTER UPDATE OF {FilmCountTriggers.Columns(rows)} ON {rows}
                    BEGIN {FilmCountTriggers.Count(rows, "OLD", '-')} {FilmCountTriggers.Count(rows, "NEW", '+')} END;
                    """);
            }

            migrationBuilder.Sql(FilmCountTriggers.Recount);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var rows in FilmCountTriggers.Tables)
            {
                migrationBuilder.Sql($"DROP TRIGGER {rows}_FilmCounts_Insert; DROP TRIGGER {rows}_FilmCounts_Delete; DROP TRIGGER {rows}_FilmCounts_Update;");
            }

            migrationBuilder.DropColumn(
                name: "FilmCount",
                table: "People");

            migrationBuilder.DropColumn(
                name: "FilmCount",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "FilmCount",
                table: "Festivals");
        }
    }
}

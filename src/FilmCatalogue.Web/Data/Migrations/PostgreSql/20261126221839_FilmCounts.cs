using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FilmCatalogue.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class FilmCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "filmcount",
                table: "people",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "filmcount",
                table: "organisations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "filmcount",
                table: "festivals",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // PostgreSQL runs AFTER row triggers only once the whole statement has run; its BEFORE row triggers run as
            // each row changes, and see the rows before it already changed.
            foreach (var rows in FilmCountTriggers.Tables)
            {
                migrationBuilder.Sql($"""
                    CREATE FUNCTION {rows}_film_counts() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF TG_OP IN ('UPDATE', 'DELETE') THEN
                            {FilmCountTriggers.Count(rows, "OLD", '-')}
                        END IF;
                        IF TG_OP IN ('INSERT', 'UPDATE') THEN
                            {FilmCountTriggers.Count(rows, "NEW", '+')}
                            RETURN NEW;
                        END IF;
                        RETURN OLD;
                    END
                    $$;
                    CREATE TRIGGER {rows}_film_counts BEFORE INSERT OR DELETE OR UPDATE OF {FilmCountTriggers.Columns(rows)} ON {rows}
                        FOR EACH ROW EXECUTE FUNCTION {rows}_film_counts();
                    """);
            }

            migrationBuilder.Sql(FilmCountTriggers.Recount);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var rows in FilmCountTriggers.Tables)
            {
                migrationBuilder.Sql($"DROP TRIGGER {rows}_film_counts ON {rows}; DROP FUNCTION {rows}_film_counts();");
            }

            migrationBuilder.DropColumn(
                name: "filmcount",
                table: "people");

            migrationBuilder.DropColumn(
                name: "filmcount",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "filmcount",
                table: "festivals");
        }
    }
}

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

            // PostgreSQL runs AFTER row triggers only once the whole statement has run; its BEFORE row triggers run as
            // each row changes, and see the rows before it already changed.
            migrationBuilder.Sql($"""
                CREATE FUNCTION credits_film_counts() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        {FilmCountTriggers.Count("OLD", '-')}
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        {FilmCountTriggers.Count("NEW", '+')}
                        RETURN NEW;
                    END IF;
                    RETURN OLD;
                END
                $$;
                CREATE TRIGGER credits_film_counts BEFORE INSERT OR DELETE OR UPDATE OF personid, organisationid, filmid ON credits
                    FOR EACH ROW EXECUTE FUNCTION credits_film_counts();
                """);
            migrationBuilder.Sql(FilmCountTriggers.Recount);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER credits_film_counts ON credits; DROP FUNCTION credits_film_counts();");
            migrationBuilder.DropColumn(
                name: "filmcount",
                table: "people");

            migrationBuilder.DropColumn(
                name: "filmcount",
                table: "organisations");
        }
    }
}

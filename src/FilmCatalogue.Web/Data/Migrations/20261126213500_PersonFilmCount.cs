using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FilmCatalogue.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PersonFilmCount : Migration
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

            // A person's count of films changes when the person gains a first credit on a film or loses the last one.
            // SQLite runs a row trigger as each row changes, so each row's check sees every row before it.
            migrationBuilder.Sql("""
                CREATE TRIGGER Credits_PersonFilmCount_Insert AFTER INSERT ON Credits
                WHEN NEW.PersonId IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM Credits WHERE PersonId = NEW.PersonId AND FilmId = NEW.FilmId AND Id <> NEW.Id)
                BEGIN
                    UPDATE People SET FilmCount = FilmCount + 1 WHERE Id = NEW.PersonId;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Credits_PersonFilmCount_Delete AFTER DELETE ON Credits
                WHEN OLD.PersonId IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM Credits WHERE PersonId = OLD.PersonId AND FilmId = OLD.FilmId)
                BEGIN
                    UPDATE People SET FilmCount = FilmCount - 1 WHERE Id = OLD.PersonId;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Credits_PersonFilmCount_Update AFTER UPDATE OF PersonId, FilmId ON Credits
                WHEN OLD.PersonId IS NOT NEW.PersonId OR OLD.FilmId IS NOT NEW.FilmId
                BEGIN
                    UPDATE People SET FilmCount = FilmCount - 1 WHERE Id = OLD.PersonId
                        AND NOT EXISTS (SELECT 1 FROM Credits WHERE PersonId = OLD.PersonId AND FilmId = OLD.FilmId);
                    UPDATE People SET FilmCount = FilmCount + 1 WHERE Id = NEW.PersonId
                        AND NOT EXISTS (SELECT 1 FROM Credits WHERE PersonId = NEW.PersonId AND FilmId = NEW.FilmId AND Id <> NEW.Id);
                END;
                """);
            migrationBuilder.Sql("UPDATE People SET FilmCount = (SELECT count(DISTINCT FilmId) FROM Credits WHERE Credits.PersonId = People.Id);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER Credits_PersonFilmCount_Insert; DROP TRIGGER Credits_PersonFilmCount_Delete; DROP TRIGGER Credits_PersonFilmCount_Update;");
            migrationBuilder.DropColumn(
                name: "FilmCount",
                table: "People");
        }
    }
}

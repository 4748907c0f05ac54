using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FilmCatalogue.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PersonFilmCount : Migration
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

            // A person's count of films changes when the person gains a first credit on a film or loses the last one.
            // PostgreSQL runs an AFTER trigger once the whole statement has run, so it reads the statement's rows
            // (its transition tables) against the credits as they now stand: a film the person has just lost has no
            // credit of the person left; a film just gained had none outside the statement's rows before it.
            migrationBuilder.Sql("""
                CREATE FUNCTION credits_person_film_count() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('DELETE', 'UPDATE') THEN
                        UPDATE people p SET filmcount = p.filmcount - lost.films
                        FROM (SELECT o.personid, count(DISTINCT o.filmid) AS films FROM old_credits o
                            WHERE o.personid IS NOT NULL
                                AND NOT EXISTS (SELECT 1 FROM credits c WHERE c.personid = o.personid AND c.filmid = o.filmid)
                            GROUP BY o.personid) lost
                        WHERE p.id = lost.personid;
                    END IF;
                    IF TG_OP = 'INSERT' THEN
                        UPDATE people p SET filmcount = p.filmcount + gained.films
                        FROM (SELECT n.personid, count(DISTINCT n.filmid) AS films FROM new_credits n
                            WHERE n.personid IS NOT NULL
                                AND NOT EXISTS (SELECT 1 FROM credits c WHERE c.personid = n.personid AND c.filmid = n.filmid
                                    AND c.id NOT IN (SELECT id FROM new_credits))
                            GROUP BY n.personid) gained
                        WHERE p.id = gained.personid;
                    ELSIF TG_OP = 'UPDATE' THEN
                        UPDATE people p SET filmcount = p.filmcount + gained.films
                        FROM (SELECT n.personid, count(DISTINCT n.filmid) AS films FROM new_credits n
                            WHERE n.personid IS NOT NULL
                                AND NOT EXISTS (SELECT 1 FROM credits c WHERE c.personid = n.personid AND c.filmid = n.filmid
                                    AND c.id NOT IN (SELECT id FROM new_credits))
                                AND NOT EXISTS (SELECT 1 FROM old_credits o WHERE o.personid = n.personid AND o.filmid = n.filmid)
                            GROUP BY n.personid) gained
                        WHERE p.id = gained.personid;
                    END IF;
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER credits_person_film_count_insert AFTER INSERT ON credits
                    REFERENCING NEW TABLE AS new_credits FOR EACH STATEMENT EXECUTE FUNCTION credits_person_film_count();
                CREATE TRIGGER credits_person_film_count_delete AFTER DELETE ON credits
                    REFERENCING OLD TABLE AS old_credits FOR EACH STATEMENT EXECUTE FUNCTION credits_person_film_count();
                CREATE TRIGGER credits_person_film_count_update AFTER UPDATE ON credits
                    REFERENCING OLD TABLE AS old_credits NEW TABLE AS new_credits FOR EACH STATEMENT EXECUTE FUNCTION credits_person_film_count();
                UPDATE people SET filmcount = (SELECT count(DISTINCT filmid) FROM credits WHERE credits.personid = people.id);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER credits_person_film_count_insert ON credits;
                DROP TRIGGER credits_person_film_count_delete ON credits;
                DROP TRIGGER credits_person_film_count_update ON credits;
                DROP FUNCTION credits_person_film_count();
                """);
            migrationBuilder.DropColumn(
                name: "filmcount",
                table: "people");
        }
    }
}

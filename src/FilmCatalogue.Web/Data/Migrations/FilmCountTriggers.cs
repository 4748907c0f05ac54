namespace FilmCatalogue.Web.Data.Migrations;

/// <summary>
/// The SQL that keeps People.FilmCount and Organisations.FilmCount, shared by the FilmCounts migrations of both
/// databases (in unquoted names, which PostgreSQL folds to its lower-case ones). It is part of those migrations: a later
/// change to the triggers belongs in a migration of its own, with its own text.
/// </summary>
internal static class FilmCountTriggers
{
    /// <summary>
    /// What one credit row (NEW or OLD) does to the counts: its person's or organisation's count gains (+) or loses (-)
    /// a film when no other credit names them on that film. It is written for a trigger that runs as each row changes
    /// and sees every other row as it stands, the row itself left out by its id: SQLite's AFTER row triggers and
    /// PostgreSQL's BEFORE row triggers both do, so that two credits of one person on one film count once even when one
    /// statement writes or deletes both.
    /// </summary>
    public static string Count(string row, char change) => $"""
        UPDATE People SET FilmCount = FilmCount {change} 1 WHERE Id = {row}.PersonId
            AND NOT EXISTS (SELECT 1 FROM Credits WHERE PersonId = {row}.PersonId AND FilmId = {row}.FilmId AND Id <> {row}.Id);
        UPDATE Organisations SET FilmCount = FilmCount {change} 1 WHERE Id = {row}.OrganisationId
            AND NOT EXISTS (SELECT 1 FROM Credits WHERE OrganisationId = {row}.OrganisationId AND FilmId = {row}.FilmId AND Id <> {row}.Id);
        """;

    /// <summary>Every count from the credits as they stand, for the catalogue the triggers start on.</summary>
    public const string Recount = """
        UPDATE People SET FilmCount = (SELECT count(DISTINCT FilmId) FROM Credits WHERE Credits.PersonId = People.Id);
        UPDATE Organisations SET FilmCount = (SELECT count(DISTINCT FilmId) FROM Credits WHERE Credits.OrganisationId = Organisations.Id);
        """;
}

using System.Globalization;

namespace FilmCatalogue.Web.Data.Migrations;

/// <summary>
/// The SQL that keeps the FilmCount of people, organisations and festivals, shared by the FilmCounts migrations of
/// both databases (in unquoted names, which PostgreSQL folds to its lower-case ones). It is part of those migrations:
/// a later change to the triggers belongs in a migration of its own, with its own text.
/// </summary>
internal static class FilmCountTriggers
{
    /// <summary>
    /// The rows that link an entry to a film (credits name people and organisations, selections festivals), and how
    /// the other rows of an entry and a film are found: credits by the index on the entry and the film, selections by
    /// the film's index (a film has few), the unary plus keeping SQLite from reading all of a large festival's
    /// selections by the index that starts with the festival.
    /// </summary>
    private static readonly (string Rows, string Entries, string Column, string Lookup)[] Links =
    [
        ("Credits", "People", "PersonId", "PersonId = {0}.PersonId AND FilmId = {0}.FilmId"),
        ("Credits", "Organisations", "OrganisationId", "OrganisationId = {0}.OrganisationId AND FilmId = {0}.FilmId"),
        ("Selections", "Festivals", "FestivalId", "FilmId = {0}.FilmId AND +FestivalId = {0}.FestivalId"),
    ];

    /// <summary>The tables that need triggers.</summary>
    public static IEnumerable<string> Tables => Links.Select(link => link.Rows).Distinct();

    /// <summary>The columns of <paramref name="rows"/> whose change moves a count.</summary>
    public static string Columns(string rows) =>
        string.Join(", ", Links.Where(link => link.Rows == rows).Select(link => link.Column).Append("FilmId"));

    /// <summary>
    /// What one row (NEW or OLD) of <paramref name="rows"/> does to the counts: its entry's count gains (+) or loses (-)
    /// a film when no other row links the entry to that film. It is written for a trigger that runs as each row changes
    /// and sees every other row as it stands, the row itself left out by its id: SQLite's AFTER row triggers and
    /// PostgreSQL's BEFORE row triggers both do, so that two credits of one person on one film count once even when one
    /// statement writes or deletes both.
    /// </summary>
    public static string Count(string rows, string row, char change) => string.Concat(Links.Where(link => link.Rows == rows).Select(link => $"""
        UPDATE {link.Entries} SET FilmCount = FilmCount {change} 1 WHERE Id = {row}.{link.Column}
            AND NOT EXISTS (SELECT 1 FROM {rows} WHERE {string.Format(CultureInfo.InvariantCulture, link.Lookup, row)} AND Id <> {row}.Id);

        """));

    /// <summary>Every count from the rows as they stand, for the catalogue the triggers start on.</summary>
    public static string Recount => string.Concat(Links.Select(link =>
        $"UPDATE {link.Entries} SET FilmCount = (SELECT count(DISTINCT FilmId) FROM {link.Rows} WHERE {link.Rows}.{link.Column} = {link.Entries}.Id);\n"));
}

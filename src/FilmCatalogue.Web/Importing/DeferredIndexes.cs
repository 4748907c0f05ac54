using System.Diagnostics;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Data.Migrations;

namespace FilmCatalogue.Web.Importing;

/// <summary>
/// A large import into an empty SQLite catalogue writes its rows first and builds the indexes that only visitors'
/// pages read afterwards, once, from the whole table: kept row by row, those indexes (by person, festival, letter,
/// year…) take a write all over the file for every row. The film-count triggers go with them, as they read the credits
/// by the person's index; the counts are worked out again from every row when the triggers come back.
/// </summary>
/// <remarks>
/// The statements that build them again are kept in the catalogue (<see cref="Kept"/>), written in the transaction
/// that drops them: an import killed before its end leaves them there, and the next start of the app or the next
/// import builds them. Indexes the importer reads itself stay: a film's rows by its id (the ids only grow, so these
/// are written at their end), the unique ones, and the revisions' by entry. PostgreSQL keeps every index.
/// </remarks>
internal static class DeferredIndexes
{
    /// <summary>The statements that build the deferred indexes and triggers again.</summary>
    private const string Kept = "ImportDeferredSchema";

    private static readonly string[] IndexedTables = ["Films", "People", "PersonNames", "Credits", "Selections", "Awards", "FilmCountries", "FilmGenres"];

    /// <summary>
    /// Drops the deferred indexes and triggers in the open transaction, keeping what builds them, when the catalogue
    /// holds no film yet and they are not dropped already.
    /// </summary>
    public static void DeferIfEmpty(PreparedStatements statements)
    {
        if (statements.IsPostgreSql || IsKept(statements) || statements.Scalar("SELECT 1 FROM Films LIMIT 1") is not null)
        {
            return;
        }

        var deferred = new List<(string Type, string Name, string Sql)>();
        statements.Query(
            $"""
            SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND (
                (type = 'index' AND tbl_name IN ({string.Join(", ", IndexedTables.Select(t => $"'{t}'"))})
                    AND sql NOT LIKE 'CREATE UNIQUE %' AND name NOT LIKE 'IX!_' || tbl_name || '!_FilmId!_%' ESCAPE '!')
                OR (type = 'trigger' AND name LIKE '%!_FilmCounts!_%' ESCAPE '!'))
            """,
            r => deferred.Add((r.GetString(0), r.GetString(1), r.GetString(2))));
        statements.Execute($"CREATE TABLE {Kept} (Name TEXT NOT NULL PRIMARY KEY, Type TEXT NOT NULL, Sql TEXT NOT NULL)");
        foreach (var (type, name, sql) in deferred)
        {
            statements.Run($"INSERT INTO {Kept} (Name, Type, Sql) VALUES ($name, $type, $sql)", name, type, sql);
            statements.Execute($"DROP {(type == "trigger" ? "TRIGGER" : "INDEX")} \"{name}\"");
        }
    }

    /// <summary>
    /// Builds the deferred indexes and triggers again, and the film counts when the triggers were deferred, in a
    /// transaction of its own, and logs how long that took. Does nothing when none is deferred (always so on PostgreSQL).
    /// </summary>
    public static void Restore(PreparedStatements statements, ImportTimings timings)
    {
        if (statements.IsPostgreSql || !IsKept(statements))
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var built = 0;
        using var transaction = statements.Connection.BeginTransaction();
        statements.Transaction = transaction;
        try
        {
            // Read again inside the transaction: another instance may have built them since.
            if (IsKept(statements))
            {
                var kept = new List<(string Type, string Sql)>();
                statements.Query($"SELECT Type, Sql FROM {Kept}", r => kept.Add((r.GetString(0), r.GetString(1))));
                foreach (var (_, sql) in kept)
                {
                    statements.Execute(sql);
                }

                if (kept.Any(k => k.Type == "trigger"))
                {
                    statements.Execute(FilmCountTriggers.Recount);
                }

                statements.Execute($"DROP TABLE {Kept}");
                built = kept.Count;
            }

            transaction.Commit();
        }
        finally
        {
            statements.Transaction = null;
        }

        if (built > 0)
        {
            timings.IndexesBuilt(built, Stopwatch.GetElapsedTime(started));
        }
    }

    private static bool IsKept(PreparedStatements statements) =>
        statements.Scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = $name", Kept) is not null;
}

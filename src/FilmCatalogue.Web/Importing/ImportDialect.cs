using FilmCatalogue.Web.Data;

namespace FilmCatalogue.Web.Importing;

/// <summary>
/// What the importer says differently to SQLite and to PostgreSQL. The rest of its SQL is written once for both
/// (see <see cref="Data.PreparedStatements"/> for its parameters, <see cref="Data.PostgreSqlCatalogueDbContext"/> for its names).
/// </summary>
/// <param name="Start">Run when an import starts, before it reads anything.</param>
/// <param name="End">Run when it ends, whether it completed or not.</param>
/// <param name="Version">A Guid as the catalogue stores it.</param>
/// <param name="LastId">The largest id the table <c>{0}</c> has given, to a row it still holds or not: the import gives the next ones.</param>
/// <param name="IdsGiven">Run after the import wrote rows of the table <c>{0}</c> with ids up to <c>$id</c>, when the database must be told.</param>
internal sealed record ImportDialect(string? Start, string? End, Func<Guid, object> Version, string LastId, string? IdsGiven)
{
    // Any number, the same in every instance: the key of the PostgreSQL advisory lock that imports take turns by.
    private const long ImportLock = 0x46696C6D496D70;

    private static readonly ImportDialect Sqlite = new(
        // Write-ahead logging is durable at each checkpoint with synchronous=NORMAL; a crash loses at most the last
        // batches, never consistency. A large import touches index pages all over the database: they stay in a large
        // cache, and the log is copied back into the database every 64 MB rather than every 4 (each copy ends in a sync).
        Start: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 16384;",
        // The connection goes back to the pool: it gets SQLite's own cache and checkpoint settings back, which nothing else changes.
        End: "PRAGMA cache_size = -2000; PRAGMA wal_autocheckpoint = 1000;",
        // EF Core stores a Guid as upper-case text; a concurrency check compares the stored text, so it must match.
        Version: version => version.ToString().ToUpperInvariant(),
        // AUTOINCREMENT never gives an id twice: its last one is kept in sqlite_sequence, which an insert with a larger
        // id moves on by itself.
        LastId: "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = '{0}'), 0), coalesce((SELECT max(Id) FROM {0}), 0))",
        IdsGiven: null);

    // Instances sharing the catalogue take turns to import (on SQLite each batch's transaction holds the one write
    // lock): an import reads which records are new and what the catalogue holds only once the one before it ended,
    // so two instances seeding at once import each record once.
    private static readonly ImportDialect PostgreSql = new(
        Start: $"SELECT pg_advisory_lock({ImportLock})",
        End: $"SELECT pg_advisory_unlock({ImportLock})",
        Version: version => version,
        // An identity column's sequence does not see the ids written into it: it is moved on past them (never back).
        LastId: "SELECT greatest(coalesce(pg_sequence_last_value(pg_get_serial_sequence('{0}', 'id')::regclass), 0), coalesce((SELECT max(Id) FROM {0}), 0))",
        IdsGiven: "SELECT setval(pg_get_serial_sequence('{0}', 'id'), greatest($id, coalesce(pg_sequence_last_value(pg_get_serial_sequence('{0}', 'id')::regclass), 0)))");

    public static ImportDialect For(PreparedStatements statements) => statements.IsPostgreSql ? PostgreSql : Sqlite;
}

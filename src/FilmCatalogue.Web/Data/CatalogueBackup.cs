using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Data;

/// <summary>
/// Consistent copies of the catalogue through SQLite's online backup API: a backup taken while the site serves
/// (and writes) is the database as it stood at one moment. A catalogue on PostgreSQL is backed up by PostgreSQL's
/// own tools, which the app does not stand in for.
/// </summary>
public sealed class CatalogueBackup(CatalogueDbContext db)
{
    internal const string UsePgDump =
        "the catalogue is on PostgreSQL: back it up with pg_dump (pg_dump --format=custom --file=catalogue.dump DATABASE) " +
        "and restore it with pg_restore (pg_restore --clean --if-exists --dbname=DATABASE catalogue.dump), the site stopped";

    public async Task BackupAsync(string file, CancellationToken cancellationToken = default)
    {
        ThrowUnlessSqlite();
        var target = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target))
        {
            throw new IOException($"{target} exists already; a backup never overwrites a file");
        }

        await using var source = new SqliteConnection(db.Database.GetConnectionString());
        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
        await source.OpenAsync(cancellationToken);
        await copy.OpenAsync(cancellationToken);
        source.BackupDatabase(copy);
    }

    /// <summary>Replaces the catalogue with a backup. Run it with the site stopped: a running site would keep serving what it had cached.</summary>
    public async Task RestoreAsync(string file, CancellationToken cancellationToken = default)
    {
        ThrowUnlessSqlite();
        var backupFile = Path.GetFullPath(file);
        if (!File.Exists(backupFile))
        {
            throw new FileNotFoundException($"no backup at {backupFile}", backupFile);
        }

        await using var backup = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = backupFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await backup.OpenAsync(cancellationToken);
        if (await ScalarAsync(backup, "PRAGMA integrity_check", cancellationToken) is var verdict and not "ok")
        {
            throw new InvalidDataException($"{backupFile} is not a sound SQLite database: {verdict}");
        }

        await using var catalogue = new SqliteConnection(db.Database.GetConnectionString());
        SqliteConnection.ClearPool(catalogue);
        await catalogue.OpenAsync(cancellationToken);
        // SQLite copies pages of another size than the catalogue's (a backup of a catalogue made before pages were
        // 8 KB) only into a database out of write-ahead logging, which only its last open connection may leave.
        var pageSizeDiffers = await ScalarAsync(backup, "PRAGMA page_size", cancellationToken) != await ScalarAsync(catalogue, "PRAGMA page_size", cancellationToken);
        if (pageSizeDiffers && await ScalarAsync(catalogue, "PRAGMA journal_mode = DELETE", cancellationToken) is not "delete")
        {
            throw new IOException($"{catalogue.DataSource} is open in another process; stop the site, then restore again");
        }

        backup.BackupDatabase(catalogue);
        if (pageSizeDiffers)
        {
            await ScalarAsync(catalogue, "PRAGMA journal_mode = WAL", cancellationToken);
        }
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private void ThrowUnlessSqlite()
    {
        if (!db.Database.IsSqlite())
        {
            throw new NotSupportedException(UsePgDump);
        }
    }
}

using System.Data.Common;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FilmCatalogue.Web.Storage;

/// <summary>
/// Keeps the catalogue readable while its disk is read-only, and writable as soon as the disk is again.
/// </summary>
/// <remarks>
/// <para>
/// In write-ahead-log mode SQLite reads a database on a read-only disk only through the -wal and -shm files beside
/// it; by default the last connection to close deletes them, and after that not one page can be read. Persistent WAL
/// (SQLITE_FCNTL_PERSIST_WAL) keeps both files; the closing connection still checkpoints the log into the database
/// file, which stays whole on its own.
/// </para>
/// <para>
/// A connection that opens while the disk is read-only opens read-only and would stay so in the connection pool,
/// refusing every write after the disk came back. The pool is emptied instead, so that such a connection is
/// discarded when it closes.
/// </para>
/// </remarks>
internal sealed class ReadOnlyDiskInterceptor : DbConnectionInterceptor
{
    // SQLITE_FCNTL_PERSIST_WAL, from sqlite3.h.
    private const int FcntlPersistWal = 10;

    private static readonly byte[] MainDatabase = "main\0"u8.ToArray();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Prepare(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Prepare(connection);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Readies a connection just opened, EF Core's or one a reader keeps of its own (Data/FilmRows): false when it
    /// opened read-only on a read-only disk, and must not be kept once used.
    /// </summary>
    internal static bool Prepare(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite)
        {
            return true;
        }

        var persist = 1;
        _ = FileControl(handle.DangerousGetHandle(), MainDatabase, FcntlPersistWal, ref persist);
        if (SQLitePCL.raw.sqlite3_db_readonly(handle, "main") == 1
            && new SqliteConnectionStringBuilder(sqlite.ConnectionString).Mode != SqliteOpenMode.ReadOnly)
        {
            SqliteConnection.ClearPool(sqlite);
            return false;
        }

        return true;
    }

    // Not in SQLitePCLRaw's API; the same native library it loads (e_sqlite3, from the EF Core SQLite bundle).
    [DllImport("e_sqlite3", EntryPoint = "sqlite3_file_control")]
    private static extern int FileControl(IntPtr database, byte[] name, int operation, ref int argument);
}

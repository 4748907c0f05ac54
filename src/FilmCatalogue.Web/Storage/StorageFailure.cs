using Microsoft.Data.Sqlite;

namespace FilmCatalogue.Web.Storage;

/// <summary>Why the catalogue could not write to its disk: the disk, not the request, is at fault.</summary>
public enum StorageFailure
{
    DiskFull,
    ReadOnly,
    DiskError,
}

public static class StorageFailures
{
    // SQLite's primary result codes (sqlite.org/rescode.html); extended codes keep them in their low byte.
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;

    // What an IOException's HResult holds for these on Linux (the errno) and on Windows.
    private const int NoSpaceLeftOnDevice = 28;
    private const int ReadOnlyFileSystem = 30;
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);
    private const int WindowsWriteProtected = unchecked((int)0x80070013);

    /// <summary>The storage failure behind <paramref name="exception"/> or any exception it wraps; null for any other failure.</summary>
    public static StorageFailure? Of(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            StorageFailure? failure = e switch
            {
                SqliteException sqlite => (sqlite.SqliteErrorCode & 0xff) switch
                {
                    SqliteFull => StorageFailure.DiskFull,
                    SqliteReadOnly => StorageFailure.ReadOnly,
                    SqliteIoError => StorageFailure.DiskError,
                    _ => null,
                },
                IOException io => io.HResult switch
                {
                    NoSpaceLeftOnDevice or WindowsDiskFull or WindowsHandleDiskFull => StorageFailure.DiskFull,
                    ReadOnlyFileSystem or WindowsWriteProtected => StorageFailure.ReadOnly,
                    _ => null,
                },
                _ => null,
            };
            if (failure is not null)
            {
                return failure;
            }
        }

        return null;
    }

    /// <summary>The failure in words, as the curator's page and the log say it.</summary>
    public static string Describe(this StorageFailure failure) => failure switch
    {
        StorageFailure.DiskFull => "its disk is full",
        StorageFailure.ReadOnly => "its disk is read-only",
        _ => "its disk is failing",
    };
}

using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace FilmCatalogue.Tests.Storage;

/// <summary>
/// A real disk of a few megabytes for one test: a tmpfs mounted on a folder of its own (which takes root), filled,
/// freed, made read-only and writable again. Where it cannot be mounted the test is skipped with the reason, never
/// passed. Unmounted when disposed, whatever happened.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private SmallDisk(string folder) => Folder = folder;

    public string Folder { get; }

    private string FillerFile => Path.Combine(Folder, "filler");

    public static SmallDisk Mount(string size)
    {
        var folder = Directory.CreateTempSubdirectory("filmcatalogue-disk-").FullName;
        var (exitCode, error) = Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", folder);
        if (exitCode != 0)
        {
            Directory.Delete(folder);
            throw new SkipException($"a tmpfs cannot be mounted here (mount exited {exitCode}: {error.Trim()}); these tests need root");
        }

        return new SmallDisk(folder);
    }

    /// <summary>Writes a file until the disk has not one byte left.</summary>
    public void Fill()
    {
        using var filler = new FileStream(FillerFile, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        foreach (var size in new[] { 1 << 20, 1 << 12, 1 })
        {
            var chunk = new byte[size];
            try
            {
                while (true)
                {
                    filler.Write(chunk);
                }
            }
            catch (IOException)
            {
                // Full at this size: go on with smaller pieces.
            }
        }

        Assert.Equal(0, new DriveInfo(Folder).AvailableFreeSpace);
    }

    public void Free() => File.Delete(FillerFile);

    /// <summary>
    /// Remounts the disk read-only. The kernel refuses while any file on it is open for writing, as every SQLite
    /// connection is: <paramref name="connectionString"/>'s idle pooled connections are closed first, as a disk
    /// failing under a quiet site would find them.
    /// </summary>
    public void RemountReadOnly(string connectionString)
    {
        using (var connection = new SqliteConnection(connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        var (exitCode, error) = Run("mount", "-o", "remount,ro", Folder);
        Assert.True(exitCode == 0, $"remount,ro failed: {error}");
    }

    public void RemountWritable()
    {
        var (exitCode, error) = Run("mount", "-o", "remount,rw", Folder);
        Assert.True(exitCode == 0, $"remount,rw failed: {error}");
    }

    public void Dispose()
    {
        // The connection pool outlives the test host: its connections would keep the disk busy.
        SqliteConnection.ClearAllPools();
        if (Run("umount", Folder).ExitCode != 0)
        {
            Run("umount", "--lazy", Folder);
        }

        Directory.Delete(Folder, recursive: true);
    }

    private static (int ExitCode, string Error) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"{program}: {e.Message}");
        }
    }
}

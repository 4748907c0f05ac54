using System.Globalization;
using Microsoft.Data.Sqlite;

namespace FilmCatalogue.Tests;

/// <summary>A SQLite catalogue file read behind the app's back, by tests that run the app in a process of its own.</summary>
public static class SqliteFile
{
    /// <summary>A connection to the file, unpooled: it is really closed before the next process opens the file.</summary>
    public static async Task<SqliteConnection> OpenAsync(string database)
    {
        var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    public static async Task<int> ScalarAsync(SqliteConnection db, string sql) =>
        Convert.ToInt32(await TextAsync(db, sql), CultureInfo.InvariantCulture);

    public static async Task<string> TextAsync(SqliteConnection db, string sql)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>The first column of every row.</summary>
    public static async Task<List<string>> ListAsync(SqliteConnection db, string sql)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}

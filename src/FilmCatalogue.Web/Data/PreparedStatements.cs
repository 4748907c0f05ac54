using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;
using SQLitePCL;

namespace FilmCatalogue.Web.Data;

/// <summary>
/// Statements on one connection, SQLite's or PostgreSQL's, each prepared on first use and rebound for every row after:
/// how the bulk writers (the importer, the search index) get past EF Core's cost per statement. Every statement runs
/// in <see cref="Transaction"/>, which the owner sets as it begins and ends transactions.
/// </summary>
/// <remarks>
/// Statements name their parameters <c>$name</c>, as SQLite reads them; PostgreSQL reads positional ones, so there
/// each name becomes <c>$1</c>, <c>$2</c>… in order of first appearance, the order the values are bound in.
/// On PostgreSQL every statement is a round trip to the server, so the writes that return nothing (<see cref="Run"/>)
/// wait in a batch that goes in one round trip when a statement needs an answer, before <see cref="Execute"/>
/// (a savepoint's release, say) and at <see cref="Flush"/>: a write's error surfaces there, inside the same savepoint.
/// On SQLite, inside a transaction, <see cref="Run"/> and <see cref="Scalar"/> run SQLite's own statement with the values bound
/// by position: Microsoft.Data.Sqlite looks each parameter up by its name on every run (a scan of the statement's names for
/// each value, which in an insert of many rows costs more than the insert) and builds a reader for every statement. Outside
/// a transaction they go through Microsoft.Data.Sqlite, which waits out another connection's write lock.
/// </remarks>
internal sealed partial class PreparedStatements(DbConnection connection) : IDisposable
{
    private const int MaxPendingWrites = 1000;

    // Rows one INSERT writes at most: a statement is prepared for each number of rows up to it, for each table.
    private const int MaxRowsPerInsert = 32;

    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> positional = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Into, int Rows), string> inserts = [];
    private readonly Dictionary<string, sqlite3_stmt> sqliteStatements = new(StringComparer.Ordinal);

    /// <summary>The UTF-8 of the text being bound: SQLite copies a bound text, so one buffer serves every value.</summary>
    private byte[] utf8 = new byte[1024];
    private NpgsqlBatch? pending;

    public DbConnection Connection => connection;

    public bool IsPostgreSql { get; } = connection is NpgsqlConnection;

    public DbTransaction? Transaction { get; set; }

    /// <summary>Runs <paramref name="sql"/> with its <c>$parameters</c> bound, in order of first appearance, to <paramref name="values"/>.</summary>
    public void Run(string sql, params object?[] values)
    {
        if (InSqliteTransaction is { } database)
        {
            StepSqlite(database, sql, values, read: false);
            return;
        }

        if (connection is not NpgsqlConnection postgreSql)
        {
            Bind(sql, values).ExecuteNonQuery();
            return;
        }

        pending ??= new NpgsqlBatch(postgreSql);
        var write = new NpgsqlBatchCommand(Positional(sql));
        foreach (var value in values)
        {
            write.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        pending.BatchCommands.Add(write);
        if (pending.BatchCommands.Count >= MaxPendingWrites)
        {
            Flush();
        }
    }

    /// <summary>
    /// Inserts <paramref name="rows"/> into <paramref name="into"/> ("Table (Column, …)", a value for each column in
    /// each row) with as few statements as it takes: a row costs a statement's work once in many rows, not each time.
    /// </summary>
    public void Insert(string into, IReadOnlyList<object?[]> rows)
    {
        for (var start = 0; start < rows.Count; start += MaxRowsPerInsert)
        {
            var count = Math.Min(MaxRowsPerInsert, rows.Count - start);
            var columns = rows[start].Length;
            if (!inserts.TryGetValue((into, count), out var sql))
            {
                var tuples = Enumerable.Range(0, count)
                    .Select(r => "(" + string.Join(", ", Enumerable.Range(0, columns).Select(c => $"$v{(r * columns) + c}")) + ")");
                inserts[(into, count)] = sql = $"INSERT INTO {into} VALUES {string.Join(", ", tuples)}";
            }

            var values = new object?[count * columns];
            for (var r = 0; r < count; r++)
            {
                rows[start + r].CopyTo(values, r * columns);
            }

            Run(sql, values);
        }
    }

    /// <summary>Sends the writes still waiting (on PostgreSQL); their errors are thrown here.</summary>
    public void Flush()
    {
        if (pending is not { BatchCommands.Count: > 0 } batch)
        {
            return;
        }

        try
        {
            batch.Transaction = (NpgsqlTransaction?)Transaction;
            batch.ExecuteNonQuery();
        }
        finally
        {
            batch.BatchCommands.Clear();
        }
    }

    /// <summary>The first column of the first row, or null when there is none.</summary>
    public object? Scalar(string sql, params object?[] values) => InSqliteTransaction is { } database
        ? StepSqlite(database, sql, values, read: true)
        : Bind(sql, values).ExecuteScalar() is { } value and not DBNull ? value : null;

    /// <summary>The id a statement's RETURNING clause gives.</summary>
    public int Id(string sql, params object?[] values) => Convert.ToInt32(Scalar(sql, values), CultureInfo.InvariantCulture);

    /// <summary>Calls <paramref name="row"/> for each row of <paramref name="sql"/>.</summary>
    public void Query(string sql, Action<DbDataReader> row, params object?[] values)
    {
        using var reader = Bind(sql, values).ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }

    /// <summary>Runs statements that take no parameters (PRAGMAs, savepoints, locks), prepared once like the others.</summary>
    public void Execute(string sql) => Bind(sql, []).ExecuteNonQuery();

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        commands.Clear();
        foreach (var statement in sqliteStatements.Values)
        {
            statement.Dispose();
        }

        sqliteStatements.Clear();
        pending?.Dispose();
        pending = null;
    }

    private DbCommand Bind(string sql, object?[] values)
    {
        Flush();
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = IsPostgreSql ? Positional(sql) : sql;
            foreach (var name in ParameterNames(sql))
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = IsPostgreSql ? "" : name;
                command.Parameters.Add(parameter);
            }

            commands[sql] = command;
        }

        CheckValueCount(command.Parameters.Count, values, sql);

        command.Transaction = Transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }

    /// <summary>The connection's SQLite database while a transaction is open on it, else null.</summary>
    private sqlite3? InSqliteTransaction => Transaction is not null && connection is SqliteConnection { Handle: { } database } ? database : null;

    /// <summary>
    /// Runs one statement as SQLite's own, prepared once, its parameters numbered in order of first appearance as the
    /// values come; gives the first column of its first row when asked to <paramref name="read"/> (null when it has none).
    /// </summary>
    private object? StepSqlite(sqlite3 database, string sql, object?[] values, bool read)
    {
        if (!sqliteStatements.TryGetValue(sql, out var statement))
        {
            Check(raw.sqlite3_prepare_v2(database, sql, out statement, out var rest), database);
            try
            {
                if (!string.IsNullOrWhiteSpace(rest))
                {
                    throw new ArgumentException($"It runs one statement, and this text holds more: {sql}", nameof(sql));
                }

                CheckValueCount(raw.sqlite3_bind_parameter_count(statement), values, sql);
            }
            catch
            {
                statement.Dispose();
                throw;
            }

            sqliteStatements[sql] = statement;
        }

        for (var i = 0; i < values.Length; i++)
        {
            Check(BindSqlite(statement, i + 1, values[i]), database);
        }

        var stepped = raw.sqlite3_step(statement);
        var value = read && stepped == raw.SQLITE_ROW ? ColumnValue(statement, 0) : null;
        raw.sqlite3_reset(statement);
        if (stepped is not (raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            SqliteException.ThrowExceptionForRC(stepped, database);
        }

        return value;
    }

    /// <summary>A column's value as Microsoft.Data.Sqlite gives it untyped: a long, a double, a string, bytes or null.</summary>
    private static object? ColumnValue(sqlite3_stmt statement, int column) => raw.sqlite3_column_type(statement, column) switch
    {
        raw.SQLITE_INTEGER => raw.sqlite3_column_int64(statement, column),
        raw.SQLITE_FLOAT => raw.sqlite3_column_double(statement, column),
        raw.SQLITE_TEXT => raw.sqlite3_column_text(statement, column).utf8_to_string(),
        raw.SQLITE_BLOB => raw.sqlite3_column_blob(statement, column).ToArray(),
        _ => null,
    };

    /// <summary>Binds a value as Microsoft.Data.Sqlite would: a date as its text, a flag as 0 or 1.</summary>
    private int BindSqlite(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(statement, index),
        // An empty span would be bound from a null pointer, which SQLite reads as NULL.
        "" => raw.sqlite3_bind_text(statement, index, ""),
        string text => raw.sqlite3_bind_text(statement, index, Utf8(text)),
        int number => raw.sqlite3_bind_int64(statement, index, number),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
        double number => raw.sqlite3_bind_double(statement, index, number),
        DateTime at => raw.sqlite3_bind_text(statement, index, Utf8(at)),
        byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
        _ => throw new NotSupportedException($"A {value.GetType().Name} is not a value the catalogue's writers bind."),
    };

    private ReadOnlySpan<byte> Utf8(string text)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (utf8.Length < most)
        {
            utf8 = new byte[Math.Max(most, utf8.Length * 2)];
        }

        return utf8.AsSpan(0, Encoding.UTF8.GetBytes(text, utf8));
    }

    private ReadOnlySpan<byte> Utf8(DateTime at)
    {
        at.TryFormat(utf8, out var written, "yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        return utf8.AsSpan(0, written);
    }

    private static void CheckValueCount(int takes, object?[] values, string sql)
    {
        if (takes != values.Length)
        {
            throw new ArgumentException($"The statement takes {takes} values, not {values.Length}: {sql}", nameof(values));
        }
    }

    private static void Check(int result, sqlite3 database)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, database);
        }
    }

    private static List<string> ParameterNames(string sql) =>
        [.. ParameterPattern().Matches(sql).Select(m => m.Value).Distinct(StringComparer.Ordinal)];

    /// <summary>The statement as PostgreSQL reads it: its named parameters numbered in order of first appearance.</summary>
    private string Positional(string sql)
    {
        if (!positional.TryGetValue(sql, out var numbered))
        {
            var names = ParameterNames(sql);
            positional[sql] = numbered = ParameterPattern().Replace(sql, m => "$" + (names.IndexOf(m.Value) + 1).ToString(CultureInfo.InvariantCulture));
        }

        return numbered;
    }

    [GeneratedRegex(@"\$[A-Za-z_]\w*", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterPattern();
}

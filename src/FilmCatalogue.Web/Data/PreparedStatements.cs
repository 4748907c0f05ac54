using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

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
/// </remarks>
internal sealed partial class PreparedStatements(DbConnection connection) : IDisposable
{
    private const int MaxPendingWrites = 1000;

    // Rows one INSERT writes at most: a statement is prepared for each number of rows up to it, for each table.
    private const int MaxRowsPerInsert = 32;

    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> positional = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Into, int Rows), string> inserts = [];
    private NpgsqlBatch? pending;

    public DbConnection Connection => connection;

    public bool IsPostgreSql { get; } = connection is NpgsqlConnection;

    public DbTransaction? Transaction { get; set; }

    /// <summary>Runs <paramref name="sql"/> with its <c>$parameters</c> bound, in order of first appearance, to <paramref name="values"/>.</summary>
    public void Run(string sql, params object?[] values)
    {
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
                var values = Enumerable.Range(0, count)
                    .Select(r => "(" + string.Join(", ", Enumerable.Range(0, columns).Select(c => $"$v{(r * columns) + c}")) + ")");
                inserts[(into, count)] = sql = $"INSERT INTO {into} VALUES {string.Join(", ", values)}";
            }

            Run(sql, [.. rows.Skip(start).Take(count).SelectMany(row => row)]);
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
    public object? Scalar(string sql, params object?[] values) => Bind(sql, values).ExecuteScalar() is { } value and not DBNull ? value : null;

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

        if (command.Parameters.Count != values.Length)
        {
            throw new ArgumentException($"The statement takes {command.Parameters.Count} values, not {values.Length}: {sql}", nameof(values));
        }

        command.Transaction = Transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
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

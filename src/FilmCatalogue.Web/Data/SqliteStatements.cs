using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace FilmCatalogue.Web.Data;

/// <summary>
/// SQLite statements on one connection, each prepared on first use and rebound for every row after: how the bulk
/// writers (the importer, the search index) get past EF Core's cost per statement. Every statement runs in
/// <see cref="Transaction"/>, which the owner sets as it begins and ends transactions.
/// </summary>
internal sealed partial class SqliteStatements(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    public SqliteConnection Connection => connection;

    public SqliteTransaction? Transaction { get; set; }

    /// <summary>Runs <paramref name="sql"/> with its <c>$parameters</c> bound, in order of first appearance, to <paramref name="values"/>.</summary>
    public void Run(string sql, params object?[] values) => Bind(sql, values).ExecuteNonQuery();

    /// <summary>The first column of the first row, or null when there is none.</summary>
    public object? Scalar(string sql, params object?[] values) => Bind(sql, values).ExecuteScalar() is { } value and not DBNull ? value : null;

    /// <summary>The id a statement's RETURNING clause gives.</summary>
    public int Id(string sql, params object?[] values) => Convert.ToInt32(Scalar(sql, values), CultureInfo.InvariantCulture);

    /// <summary>Calls <paramref name="row"/> for each row of <paramref name="sql"/>.</summary>
    public void Query(string sql, Action<SqliteDataReader> row, params object?[] values)
    {
        using var reader = Bind(sql, values).ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }

    /// <summary>Runs statements that take no parameters (PRAGMAs, savepoints), unprepared.</summary>
    public void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        commands.Clear();
    }

    private SqliteCommand Bind(string sql, object?[] values)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in ParameterNames(sql))
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
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

    private static IEnumerable<string> ParameterNames(string sql) =>
        ParameterPattern().Matches(sql).Select(m => m.Value).Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"\$\w+", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterPattern();
}

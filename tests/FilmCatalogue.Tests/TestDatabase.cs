using System.Diagnostics;
using FilmCatalogue.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FilmCatalogue.Tests;

/// <summary>
/// A database of a test's own. By default a SQLite file. When the environment variable FILMCATALOGUE_TEST_POSTGRES
/// holds a PostgreSQL connection string (a role that may create databases:
/// <c>Host=127.0.0.1;Port=5432;Username=filmcatalogue;Password=…</c>), a new PostgreSQL database of a unique name on
/// that server instead, dropped when disposed, so that tests stay parallel and independent on both.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string ServerVariable = "FILMCATALOGUE_TEST_POSTGRES";

    private static readonly string? Server = Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server ? server : null;

    private TestDatabase(string connectionString, string? sqliteFile)
    {
        ConnectionString = connectionString;
        SqliteFile = sqliteFile;
    }

    public static bool IsPostgreSql => Server is not null;

    /// <summary>The value of <c>Catalogue:Database</c>.</summary>
    public static string Provider => IsPostgreSql ? "PostgreSQL" : "Sqlite";

    public string ConnectionString { get; }

    /// <summary>The database file on SQLite; null on PostgreSQL.</summary>
    public string? SqliteFile { get; }

    /// <summary>A new database, empty: on SQLite, <paramref name="fileName"/> in <paramref name="folder"/> (whose owner deletes it).</summary>
    public static TestDatabase Create(string folder, string fileName = "catalogue.db")
    {
        if (Server is null)
        {
            return SqliteAt(Path.Combine(folder, fileName));
        }

        var name = $"filmcatalogue_test_{Guid.NewGuid():N}";
        using (var server = ServerConnection())
        {
            server.Open();
            using var create = server.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{name}\"";
            create.ExecuteNonQuery();
        }

        return new(new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString, null);
    }

    /// <summary>The SQLite database in <paramref name="file"/>, whether it exists yet or not: for tests of SQLite itself.</summary>
    public static TestDatabase SqliteAt(string file) => new($"Data Source={file}", file);

    /// <summary>Points a test host at this database.</summary>
    public void ApplyTo(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Catalogue:Database", Provider);
        builder.UseSetting("ConnectionStrings:Catalogue", ConnectionString);
    }

    /// <summary>Points the app's executable at this database, as an operator's environment would.</summary>
    public void ApplyTo(ProcessStartInfo start)
    {
        ArgumentNullException.ThrowIfNull(start);
        start.Environment["Catalogue__Database"] = Provider;
        start.Environment["ConnectionStrings__Catalogue"] = ConnectionString;
    }

    /// <summary>A context of this database outside any host, for what a test reads or writes behind the app's back.</summary>
    public CatalogueDbContext CreateContext() => IsPostgreSql
        ? new PostgreSqlCatalogueDbContext(new DbContextOptionsBuilder<PostgreSqlCatalogueDbContext>().UseNpgsql(ConnectionString).Options)
        : new CatalogueDbContext(new DbContextOptionsBuilder<CatalogueDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>Configures the app's context, whichever type it has on this database.</summary>
    public static void ConfigureContext(IServiceCollection services, Action<DbContextOptionsBuilder> configure)
    {
        services.ConfigureDbContext<CatalogueDbContext>(configure);
        services.ConfigureDbContext<PostgreSqlCatalogueDbContext>(configure);
    }

    // The server's own maintenance database, unless the connection string names another to connect to.
    private static NpgsqlConnection ServerConnection()
    {
        var server = new NpgsqlConnectionStringBuilder(Server);
        server.Database ??= "postgres";
        return new NpgsqlConnection(server.ConnectionString);
    }

    public void Dispose()
    {
        if (SqliteFile is not null)
        {
            using var file = new SqliteConnection(ConnectionString);
            SqliteConnection.ClearPool(file);
            return;
        }

        using var connection = new NpgsqlConnection(ConnectionString);
        NpgsqlConnection.ClearPool(connection);
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        using var server = ServerConnection();
        server.Open();
        using var drop = server.CreateCommand();
        // FORCE ends the sessions the app's own pools still hold.
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        drop.ExecuteNonQuery();
    }
}

/// <summary>A test of what only SQLite has (its backup API, its files): skipped when the tests run on PostgreSQL.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute(string because)
    {
        if (TestDatabase.IsPostgreSql)
        {
            Skip = $"SQLite only: {because}";
        }
    }
}

/// <summary>A test of what only PostgreSQL has (instances sharing one catalogue): skipped on SQLite.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (!TestDatabase.IsPostgreSql)
        {
            Skip = $"PostgreSQL only: set {TestDatabase.ServerVariable} to a server's connection string to run it";
        }
    }
}

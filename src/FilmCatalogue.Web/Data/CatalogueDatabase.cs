using Microsoft.Data.Sqlite;
using Npgsql;

namespace FilmCatalogue.Web.Data;

public enum CatalogueProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// Where the catalogue lives: <c>Catalogue:Database</c> names the database (<c>Sqlite</c>, the default, or
/// <c>PostgreSQL</c>) and <c>ConnectionStrings:Catalogue</c> the connection. On SQLite a relative file path is taken
/// from the app's content root and its folder is created on first run; PostgreSQL has no default connection.
/// </summary>
public sealed record CatalogueDatabase(CatalogueProvider Provider, string ConnectionString)
{
    internal const string DefaultSqliteConnection = "Data Source=App_Data/catalogue.db";

    public bool IsPostgreSql => Provider == CatalogueProvider.PostgreSql;

    /// <summary>The folder of the SQLite database file; null on PostgreSQL and for an in-memory database.</summary>
    public string? SqliteFolder
    {
        get
        {
            if (IsPostgreSql)
            {
                return null;
            }

            var builder = new SqliteConnectionStringBuilder(ConnectionString);
            return builder.Mode != SqliteOpenMode.Memory && Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder ? folder : null;
        }
    }

    /// <summary>
    /// The values of the JSON array in <paramref name="parameter"/> as a table of one column, <c>value</c>: how a
    /// statement takes a list of ids or keys in one parameter, whatever its length, on either database.
    /// </summary>
    public static string JsonArrayValues(bool postgreSql, string parameter) =>
        postgreSql ? $"json_array_elements_text(CAST({parameter} AS json))" : $"json_each({parameter})";

    public static CatalogueProvider ProviderOf(IConfiguration configuration) =>
        configuration["Catalogue:Database"] switch
        {
            null or "" => CatalogueProvider.Sqlite,
            var name when name.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) => CatalogueProvider.Sqlite,
            var name when name.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) => CatalogueProvider.PostgreSql,
            var name => throw new InvalidOperationException($"Catalogue:Database is '{name}': it must be Sqlite or PostgreSQL"),
        };

    public static CatalogueDatabase From(IConfiguration configuration, string contentRoot)
    {
        var connectionString = configuration.GetConnectionString("Catalogue");
        return ProviderOf(configuration) switch
        {
            CatalogueProvider.PostgreSql when string.IsNullOrWhiteSpace(connectionString) =>
                throw new InvalidOperationException("Catalogue:Database is PostgreSQL: set ConnectionStrings:Catalogue to the server and database"),
            CatalogueProvider.PostgreSql => new(CatalogueProvider.PostgreSql, WithAutoPrepare(connectionString!)),
            _ => new(CatalogueProvider.Sqlite, ResolveSqlite(connectionString ?? DefaultSqliteConnection, contentRoot)),
        };
    }

    /// <summary>
    /// Npgsql prepares the statements a connection runs again and again (every page's queries, the importer's writes)
    /// once it may keep some: unless the connection string says otherwise, it keeps 256.
    /// </summary>
    private static string WithAutoPrepare(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 256;
        }

        return builder.ConnectionString;
    }

    private static string ResolveSqlite(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        var isFile = builder.Mode != SqliteOpenMode.Memory
            && !string.IsNullOrEmpty(dataSource)
            && !dataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase);
        if (isFile)
        {
            if (!Path.IsPathRooted(dataSource))
            {
                builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, dataSource));
            }

            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}

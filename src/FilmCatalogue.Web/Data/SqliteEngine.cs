using SQLitePCL;

namespace FilmCatalogue.Web.Data;

/// <summary>
/// SQLite's settings for the whole process, which it takes only before its first connection opens:
/// <list type="bullet">
/// <item>No memory statistics. SQLite otherwise counts every allocation behind one lock for the whole process.</item>
/// <item>Multi-thread mode. SQLite otherwise takes a connection's lock on every call into it. ADO.NET never uses a
/// connection from two threads at once (a pooled connection is one caller's at a time), which is all that this mode
/// asks.</item>
/// </list>
/// An import of 100,000 films took about a tenth less time with them (docs/performance.md).
/// </summary>
public static class SqliteEngine
{
    private static readonly Lazy<bool> Applied = new(Apply);

    /// <summary>
    /// Applies the settings once, before the process's first connection; later calls do nothing. False when SQLite had
    /// started before the first call: it then keeps its own settings, and works as before, only slower.
    /// </summary>
    public static bool Configure() => Applied.Value;

    private static bool Apply()
    {
        Batteries_V2.Init();
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0) == raw.SQLITE_OK
            && raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK;
    }
}

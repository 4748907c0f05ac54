using FilmCatalogue.Web.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Caching;

/// <summary>
/// The page cache of a catalogue on PostgreSQL, kept in the database (the CachedPages table) so that every instance
/// serving the catalogue shares it: an edit or an import on one instance evicts the pages it changes for all of them
/// at once, since eviction deletes the rows that every instance reads. A page costs one read by its key instead of
/// its queries. Expired pages, and the oldest ones past <see cref="SizeLimit"/> bytes, are deleted at most once a
/// minute by whichever instance stores a page.
/// </summary>
public sealed class DatabaseOutputCacheStore(IServiceScopeFactory scopes, TimeProvider clock) : IOutputCacheStore
{
    /// <summary>The bytes of pages kept, as in ASP.NET Core's memory store.</summary>
    public const long SizeLimit = 100 * 1024 * 1024;

    private static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(1);

    private long nextPurge;

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PostgreSqlCatalogueDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.CachedPages.AsNoTracking().Where(p => p.Key == key && p.ExpiresAt > now).Select(p => p.Value).FirstOrDefaultAsync(cancellationToken);
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PostgreSqlCatalogueDbContext>();
        var now = clock.GetUtcNow();
        var expiresAt = (now + validFor).UtcDateTime;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO CachedPages (Key, Value, Tags, ExpiresAt) VALUES ({key}, {value}, {tags ?? []}, {expiresAt})
            ON CONFLICT (Key) DO UPDATE SET Value = excluded.Value, Tags = excluded.Tags, ExpiresAt = excluded.ExpiresAt
            """, cancellationToken);

        var due = Interlocked.Read(ref nextPurge);
        if (now.UtcTicks >= due && Interlocked.CompareExchange(ref nextPurge, (now + PurgeInterval).UtcTicks, due) == due)
        {
            await PurgeAsync(db, now.UtcDateTime, cancellationToken);
        }
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PostgreSqlCatalogueDbContext>();
        // Containment (@>) is what the Tags column's GIN index answers.
        await db.Database.ExecuteSqlAsync($"DELETE FROM CachedPages WHERE Tags @> ARRAY[{tag}]", cancellationToken);
    }

    /// <summary>Deletes the expired pages, then the pages that expire first until the rest fit in <see cref="SizeLimit"/>.</summary>
    private static async Task PurgeAsync(PostgreSqlCatalogueDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        await db.CachedPages.Where(p => p.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            DELETE FROM CachedPages WHERE Key IN (
                SELECT Key FROM (
                    SELECT Key, sum(octet_length(Value)) OVER (ORDER BY ExpiresAt DESC, Key) AS Kept FROM CachedPages
                ) AS NewestFirst
                WHERE Kept > {SizeLimit})
            """, cancellationToken);
    }
}

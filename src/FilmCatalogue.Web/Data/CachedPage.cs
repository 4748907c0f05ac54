namespace FilmCatalogue.Web.Data;

/// <summary>A page in the shared page cache (PostgreSQL only; see Caching/DatabaseOutputCacheStore).</summary>
public sealed class CachedPage
{
    /// <summary>The output cache's key: method, address and whatever the page varies by.</summary>
    public required string Key { get; set; }

    /// <summary>The response as the output cache serialises it: status, headers and body.</summary>
    public required byte[] Value { get; set; }

    /// <summary>What the page shows (<c>film:42</c>, <c>films-index</c>): an edit of it deletes the row.</summary>
    public required string[] Tags { get; set; }

    public DateTime ExpiresAt { get; set; }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace FilmCatalogue.Web.Caching;

/// <summary>
/// Validators (ETag, Last-Modified) and conditional answers (304 Not Modified) for the public site.
/// </summary>
/// <remarks>
/// Pages are cached briefly and revalidated: a browser or proxy may reuse a page for a minute without asking, and
/// after that must ask again (must-revalidate: never hand out a stale copy, even when the site cannot be reached),
/// which the ETag makes cheap: an unchanged page is answered 304 with no body. A minute keeps a curator's edit
/// visible almost at once while sparing the database repeated rendering of the same popular pages.
/// Last-Modified is given only where a date bounds what the response shows; a deletion leaves no date behind, so
/// the ETag (which wins whenever a client sends both) is what notices one.
/// </remarks>
public static class HttpCaching
{
    public const string PublicPolicy = "public, max-age=60, must-revalidate";

    /// <summary>For a signed-in visitor the page may differ (curators' links): only their own browser may keep it.</summary>
    public const string PrivatePolicy = "private, no-cache";

    /// <summary>
    /// Sets the validators of a response the endpoint is about to stream, computed from the data it will write
    /// rather than from its bytes (which are not known until they are sent). True when no body must follow: the
    /// request's validators match (the status is then 304) or it is a HEAD request.
    /// </summary>
    /// <param name="version">Whatever changes when the streamed content changes: counts, latest dates, ids.</param>
    public static bool AnswersWithoutBody(HttpContext context, string version, DateTime? lastModified)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Weak: the tag stands for the data, not for the exact bytes (the URLs in them depend on the host asked).
        var etag = new EntityTagHeaderValue($"\"{Hash(Encoding.UTF8.GetBytes(version))}\"", isWeak: true);
        var response = context.Response.GetTypedHeaders();
        response.ETag = etag;
        var modified = lastModified is { } date ? ToHttpDate(date) : (DateTimeOffset?)null;
        response.LastModified = modified;
        context.Response.Headers.CacheControl = PublicPolicy;
        if (IsFresh(context.Request, etag, modified))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return true;
        }

        return HttpMethods.IsHead(context.Request.Method);
    }

    /// <summary>Sets Last-Modified, for pages that know when what they show last changed.</summary>
    public static void SetLastModified(HttpContext context, DateTime lastModified)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.GetTypedHeaders().LastModified = ToHttpDate(lastModified);
    }

    /// <summary>
    /// Whether the client's copy is current. If-None-Match, when sent, decides alone (RFC 9110 §13.2.2): dates are
    /// only a fallback for clients that keep no tags. Tags compare weakly, as If-None-Match requires.
    /// </summary>
    internal static bool IsFresh(HttpRequest request, EntityTagHeaderValue etag, DateTimeOffset? lastModified)
    {
        var headers = request.GetTypedHeaders();
        if (headers.IfNoneMatch is { Count: > 0 } tags)
        {
            return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
        }

        return lastModified is { } modified && headers.IfModifiedSince is { } since && modified <= since;
    }

    /// <summary>An opaque tag: the first 128 bits of the SHA-256 of the bytes, in hex.</summary>
    internal static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes)[..16]);

    /// <summary>HTTP dates have whole seconds: a date with a fraction would never equal the one a client sends back.</summary>
    private static DateTimeOffset ToHttpDate(DateTime value)
    {
        var utc = new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc));
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond));
    }
}

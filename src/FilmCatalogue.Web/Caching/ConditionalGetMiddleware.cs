using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Net.Http.Headers;

namespace FilmCatalogue.Web.Caching;

/// <summary>
/// Gives every public page an ETag computed from the page itself: the response is buffered, hashed, and either
/// sent with its tag or, when the client already holds that tag, answered 304 with no body. Hashing what was
/// rendered is exact by construction: whatever a page gathers (a film, its people, its festivals), the tag changes
/// exactly when the page does. It saves bandwidth, not rendering; the streamed endpoints, which would be costly to
/// buffer, compute their validators from their data instead (<see cref="StreamedResponseAttribute"/>).
/// </summary>
internal sealed class ConditionalGetMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !HttpCachingExtensions.IsPublic(request.Path)
            || context.GetEndpoint()?.Metadata.GetMetadata<StreamedResponseAttribute>() is not null)
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK
            && !response.Headers.ContainsKey(HeaderNames.SetCookie)
            && !response.Headers.ContainsKey(HeaderNames.CacheControl))
        {
            var etag = new EntityTagHeaderValue($"\"{HttpCaching.Hash(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))}\"");
            var headers = response.GetTypedHeaders();
            headers.ETag = etag;
            // The user is known here even though authentication runs after this middleware: it has run by now.
            response.Headers.CacheControl = context.User.Identity?.IsAuthenticated == true ? HttpCaching.PrivatePolicy : HttpCaching.PublicPolicy;
            if (HttpCaching.IsFresh(request, etag, headers.LastModified))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }

        if (buffer.Length > 0)
        {
            response.ContentLength = buffer.Length;
            if (!HttpMethods.IsHead(request.Method))
            {
                buffer.Position = 0;
                await buffer.CopyToAsync(body, context.RequestAborted);
            }
        }
    }
}

public static class HttpCachingExtensions
{
    private const string HeadKey = "FilmCatalogue.Head";

    /// <summary>
    /// Static files: a URL carrying the current content fingerprint (<c>?v=</c>, from asp-append-version) never
    /// changes content, so it may be kept for a year without asking; any other URL, including one with an old
    /// fingerprint, is kept briefly.
    /// </summary>
    public static WebApplication UseCatalogueStaticFiles(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file =>
            {
                var http = file.Context;
                var version = http.Request.Query["v"].ToString();
                var current = version.Length > 0 && string.Equals(
                    http.RequestServices.GetRequiredService<IFileVersionProvider>().AddFileVersionToPath(http.Request.PathBase, http.Request.Path.Value!),
                    $"{http.Request.Path.Value}?v={version}",
                    StringComparison.Ordinal);
                http.Response.Headers.CacheControl = current ? "public, max-age=31536000, immutable" : "public, max-age=600";
            },
        });
        return app;
    }

    /// <summary>
    /// Before routing: HEAD is routed as GET (MVC's [HttpGet] would answer 405), and answered without a body: the
    /// method is put back by <see cref="UseHeadRestored"/> once the endpoint is chosen.
    /// </summary>
    public static WebApplication UseHeadAsGet(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method) && IsPublic(context.Request.Path))
            {
                context.Request.Method = HttpMethods.Get;
                context.Items[HeadKey] = true;
            }

            return next(context);
        });
        return app;
    }

    /// <summary>Right after routing: a HEAD request routed as GET is HEAD again for everything after it.</summary>
    public static WebApplication UseHeadRestored(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (context.Items.Remove(HeadKey))
            {
                context.Request.Method = HttpMethods.Head;
            }

            return next(context);
        });
        return app;
    }

    /// <summary>After routing (it reads the endpoint's metadata), and before authentication.</summary>
    public static WebApplication UseConditionalGets(this WebApplication app)
    {
        app.UseMiddleware<ConditionalGetMiddleware>();
        return app;
    }

    /// <summary>The curators' area and the account pages are private: never cached, never answered as HEAD-as-GET.</summary>
    internal static bool IsPublic(PathString path) =>
        !path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase);
}

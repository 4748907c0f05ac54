namespace FilmCatalogue.Web.Controllers;

internal static class RequestUrls
{
    /// <summary>The absolute URL of a site path ("/films/x") on the host the request came to.</summary>
    public static string AbsoluteUrl(this HttpRequest request, string path) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
}

using System.Net;
using System.Text.Json;
using AngleSharp;
using AngleSharp.Dom;

namespace FilmCatalogue.Tests.Web;

/// <summary>Fetches pages and parses them as a browser would, for tests that read what a visitor sees.</summary>
public static class PageReader
{
    public static async Task<IDocument> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url} gave {(int)response.StatusCode}, expected {(int)expected}");
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html).Address(new Uri(client.BaseAddress!, url)));
    }

    /// <summary>The page at <paramref name="url"/> and every page after it, following each one's link to the next (rel="next").</summary>
    public static async Task<List<IDocument>> GetPagesAsync(this HttpClient client, string url)
    {
        var pages = new List<IDocument>();
        for (string? next = url; next is not null; next = pages[^1].QuerySelector("a[rel='next']")?.GetAttribute("href"))
        {
            pages.Add(await client.GetPageAsync(next));
        }

        return pages;
    }

    /// <summary>The page's text with runs of white space folded, as a reader would take it in.</summary>
    public static string Text(this IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static JsonElement JsonLd(this IDocument page)
    {
        var script = page.QuerySelector("script[type='application/ld+json']");
        Assert.NotNull(script);
        return JsonDocument.Parse(script.TextContent).RootElement;
    }

    public static IEnumerable<string> Strings(this JsonElement array) =>
        array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetProperty("name").GetString()!);
}

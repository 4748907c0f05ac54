using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace FilmCatalogue.Web.Rendering;

/// <summary>Serialises schema.org JSON-LD for a page's &lt;script type="application/ld+json"&gt;.</summary>
public static class JsonLd
{
    public const string MediaType = "application/ld+json";

    // Keeps every script readable (Cyrillic stays as written) while still escaping <, > and &, so that no text
    // can close the script element.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static string Serialize(JsonObject document)
    {
        RemoveNulls(document);
        return document.ToJsonString(Options);
    }

    public static IHtmlContent Script(JsonObject document) =>
        new HtmlString($"<script type=\"application/ld+json\">{Serialize(document)}</script>");

    /// <summary>ISO 8601 duration: 52 minutes is "PT52M", 127 is "PT2H7M".</summary>
    public static string Duration(int minutes) =>
        minutes >= 60 ? $"PT{minutes / 60}H{(minutes % 60 == 0 ? "" : $"{minutes % 60}M")}" : $"PT{minutes}M";

    /// <summary>Properties without a value are left out rather than written as null.</summary>
    private static void RemoveNulls(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Where(p => p.Value is null).Select(p => p.Key).ToList())
                {
                    obj.Remove(key);
                }

                foreach (var (_, value) in obj)
                {
                    RemoveNulls(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    RemoveNulls(item);
                }

                break;
        }
    }

    /// <summary>A JSON array of the non-empty values, or null when there are none (the property is then left out).</summary>
    public static JsonArray? Array(IEnumerable<JsonNode?> items)
    {
        var array = new JsonArray([.. items.Where(i => i is not null)]);
        return array.Count == 0 ? null : array;
    }
}

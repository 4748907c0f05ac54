using Ganss.Xss;
using Markdig;

namespace FilmCatalogue.Web.Rendering;

/// <summary>
/// Renders curators' and records' Markdown (synopses) to HTML that is safe to embed: raw HTML in the source is
/// shown as text, and the output is sanitised so that only plain formatting and http(s)/mailto links survive
/// (Markdig alone lets <c>javascript:</c> and <c>data:</c> links through).
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    private readonly HtmlSanitizer sanitizer = CreateSanitizer();

    public string ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : sanitizer.Sanitize(Markdown.ToHtml(markdown, pipeline));

    /// <summary>
    /// The first paragraph as one line of plain text, for feeds and other summaries: emphasis is dropped, a link
    /// keeps its text, and anything written as HTML stays text, as it does on the page.
    /// </summary>
    public string FirstParagraphText(string? markdown)
    {
        var paragraph = (markdown ?? "").Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault();
        return paragraph is null
            ? ""
            : string.Join(' ', Markdown.ToPlainText(paragraph, pipeline).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(
                ["p", "br", "em", "strong", "del", "ins", "mark", "sub", "sup", "a", "ul", "ol", "li", "blockquote", "code", "pre", "hr", "h2", "h3", "h4"],
                StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "title"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
        });
        // Links leave the catalogue: they must not pass its referrer or control over the opener.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link)
            {
                link.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        return sanitizer;
    }
}

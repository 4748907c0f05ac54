using FilmCatalogue.Web.Rendering;

namespace FilmCatalogue.Tests.Rendering;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    [Fact]
    public void ParagraphsAndEmphasisBecomeHtml()
    {
        var html = renderer.ToHtml("First *paragraph*.\n\nSecond **one**.");

        Assert.Equal("<p>First <em>paragraph</em>.</p>\n<p>Second <strong>one</strong>.</p>\n", html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>")]
    public void RawHtmlIsShownAsTextNeverAsMarkup(string markdown)
    {
        var html = renderer.ToHtml(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("![x](javascript:alert(1))")]
    public void LinksWithScriptOrDataSchemesAreRemoved(string markdown)
    {
        var html = renderer.ToHtml(markdown);

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("vbscript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void WebLinksStayAndDoNotPassTheReferrer()
    {
        var html = renderer.ToHtml("[Festival](https://example.org/festival)");

        Assert.Contains("href=\"https://example.org/festival\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingToRenderGivesNothing()
    {
        Assert.Equal("", renderer.ToHtml(null));
        Assert.Equal("", renderer.ToHtml("  \n "));
    }

    [Fact]
    public void TheFirstParagraphAsTextKeepsWordsAndDropsFormatting()
    {
        var text = renderer.FirstParagraphText("First *paragraph* with a [link](https://example.org)\nand a second line.\n\nSecond one.");

        Assert.Equal("First paragraph with a link and a second line.", text);
    }

    [Fact]
    public void HtmlInASynopsisStaysTextInItsSummary()
    {
        Assert.Equal("A <b>bold</b> claim & more", renderer.FirstParagraphText("A <b>bold</b> claim & more"));
        Assert.Equal("", renderer.FirstParagraphText(null));
    }
}

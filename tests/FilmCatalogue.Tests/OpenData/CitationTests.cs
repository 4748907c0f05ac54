using System.Net;
using FilmCatalogue.Tests.Web;

namespace FilmCatalogue.Tests.OpenData;

public sealed class CitationTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task AnEntryWithoutAPublicationIsAMiscInBibTeX()
    {
        using var response = await client.GetAsync("/films/the-siege-2005/bibliography/3.bib");

        Assert.Equal("application/x-bibtex", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("the-siege-2005-3.bib", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(
            """
            @misc{the-siege-2005-3,
              author = {Barskova, Polina},
              title = {{Sergei Loznitsa : The Siege (Blokada, 2006)}},
              year = {2009},
            }

            """.ReplaceLineEndings("\n"),
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnEntryWithoutAPublicationIsGenericInRis()
    {
        using var response = await client.GetAsync("/films/the-siege-2005/bibliography/3.ris");

        Assert.Equal("application/x-research-info-systems", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("the-siege-2005-3.ris", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(
            "TY  - GEN\r\nTI  - Sergei Loznitsa : The Siege (Blokada, 2006)\r\nAU  - Barskova, Polina\r\nPY  - 2009\r\nER  - \r\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnEntryInAJournalIsAnArticle()
    {
        var bibtex = await client.GetStringAsync("/films/the-siege-2005/bibliography/2.bib");
        var ris = await client.GetStringAsync("/films/the-siege-2005/bibliography/2.ris");

        Assert.Equal(
            """
            @article{the-siege-2005-2,
              author = {Albera, François},
              title = {{Le re-montage dans le cinéma soviétique}},
              journal = {Décadrages},
              year = {2017},
            }

            """.ReplaceLineEndings("\n"),
            bibtex);
        Assert.Equal("TY  - JOUR\r\nTI  - Le re-montage dans le cinéma soviétique\r\nAU  - Albera, François\r\nT2  - Décadrages\r\nPY  - 2017\r\nER  - \r\n", ris);
    }

    [Fact]
    public async Task TheWholeBibliographyHoldsEveryEntryInPageOrder()
    {
        var bibtex = await client.GetStringAsync("/films/the-siege-2005/bibliography.bib");
        var ris = await client.GetStringAsync("/films/the-siege-2005/bibliography.ris");

        Assert.Equal(["the-siege-2005-1", "the-siege-2005-2", "the-siege-2005-3", "the-siege-2005-4"],
            bibtex.Split('\n').Where(l => l.StartsWith('@')).Select(l => l[(l.IndexOf('{', StringComparison.Ordinal) + 1)..^1]));
        Assert.Contains("  author = {Vernhes-Lermusiaux, Aurélien},\n  title = {{Blocus (Le Siège) [Blocade de Sergueï Loznitsa]}},\n", bibtex, StringComparison.Ordinal);
        Assert.Equal(4, ris.Split("\r\n").Count(l => l == "ER  - "));
        Assert.StartsWith("TY  - GEN\r\nTI  - Back in the USSR : les documentaires d’archives de Sergei Loznitsa\r\nAU  - Solano, Carlos\r\n", ris, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ris.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachEntryOnTheFilmPageLinksItsCitations()
    {
        var page = await client.GetPageAsync("/films/the-siege-2005");

        var third = page.QuerySelectorAll("#bibliography + ul li")[2];
        var links = third.QuerySelectorAll("a[download]").Select(a => (a.Text(), a.GetAttribute("href"), a.GetAttribute("download"))).ToList();
        Assert.Equal(
            [("BibTeX", "/films/the-siege-2005/bibliography/3.bib", "the-siege-2005-3.bib"), ("RIS", "/films/the-siege-2005/bibliography/3.ris", "the-siege-2005-3.ris")],
            links);
        Assert.NotNull(page.QuerySelector("a[href='/films/the-siege-2005/bibliography.bib'][download]"));
        foreach (var href in page.QuerySelectorAll("#bibliography ~ * a[download], #bibliography + ul a[download]").Select(a => a.GetAttribute("href")!))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(href)).StatusCode);
        }
    }

    [Theory]
    [InlineData("/films/the-siege-2005/bibliography/5.bib")]
    [InlineData("/films/the-siege-2005/bibliography/0.ris")]
    [InlineData("/films/the-siege-2005/bibliography/1.txt")]
    [InlineData("/films/hedgehog-in-the-fog-1975/bibliography.bib")]
    [InlineData("/films/no-such-film/bibliography.ris")]
    public async Task MissingEntriesAndFormatsAreNotFound(string url)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }
}

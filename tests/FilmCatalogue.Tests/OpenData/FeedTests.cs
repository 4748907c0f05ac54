using System.Xml.Linq;
using FilmCatalogue.Tests.Web;

namespace FilmCatalogue.Tests.OpenData;

public sealed class FeedTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task TheFeedIsAtomWithAnEntryPerFilmNewestChangeFirst()
    {
        using var response = await client.GetAsync("/feed.atom");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("http://localhost/feed.atom", feed.Element(Atom + "id")!.Value);
        Assert.NotEmpty(feed.Element(Atom + "title")!.Value);
        Assert.Equal("FilmCatalogue", feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Contains(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self" && (string?)l.Attribute("href") == "http://localhost/feed.atom");
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(3, entries.Count);
        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(updated.OrderDescending(), updated);
        Assert.Equal(updated[0], DateTimeOffset.Parse(feed.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(entries, e =>
        {
            Assert.StartsWith("http://localhost/films/", e.Element(Atom + "id")!.Value, StringComparison.Ordinal);
            Assert.NotEmpty(e.Element(Atom + "title")!.Value);
            Assert.Equal(e.Element(Atom + "id")!.Value, (string?)e.Element(Atom + "link")!.Attribute("href"));
        });
    }

    [Fact]
    public async Task AnEntrySummarisesTheSynopsisFirstParagraphAsPlainTextAndCreditsItsDirectors()
    {
        var feed = XDocument.Parse(await client.GetStringAsync("/feed.atom")).Root!;

        var entry = feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value == "http://localhost/films/the-event-2015");

        Assert.Equal("The Event (2015)", entry.Element(Atom + "title")!.Value);
        var summary = entry.Element(Atom + "summary")!;
        Assert.Equal("text", (string?)summary.Attribute("type"));
        Assert.Equal("August 1991: the coup against Gorbachev seen from the streets of Leningrad, in archive footage.", summary.Value);
        var author = Assert.Single(entry.Elements(Atom + "author"));
        Assert.Equal("Sergei Loznitsa", author.Element(Atom + "name")!.Value);
        Assert.Equal("http://localhost/people/sergei-loznitsa", author.Element(Atom + "uri")!.Value);
    }

    [Fact]
    public async Task EveryPageAnnouncesTheFeed()
    {
        var page = await client.GetPageAsync("/films");

        var link = page.QuerySelector("head link[rel='alternate'][type='application/atom+xml']")!;
        Assert.Equal("/feed.atom", link.GetAttribute("href"));
    }
}

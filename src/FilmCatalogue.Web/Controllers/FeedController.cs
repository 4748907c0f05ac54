using System.Globalization;
using System.Xml.Linq;
using FilmCatalogue.Web.Caching;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Controllers;

/// <summary>
/// An Atom 1.0 feed (RFC 4287) of the films most recently added or changed. Entries are identified by their
/// film's page URL, which is permanent; the catalogue's name stands as the author of entries without a director.
/// </summary>
public sealed class FeedController(CatalogueDbContext db, MarkdownRenderer markdown, TimeProvider clock) : Controller
{
    public const string MediaType = "application/atom+xml";
    private const int EntryCount = 50;
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [HttpGet("/feed.atom")]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken)
    {
        var films = await db.Films.AsNoTracking()
            .OrderByDescending(f => f.UpdatedAt).ThenByDescending(f => f.Id)
            .Take(EntryCount)
            .Select(f => new
            {
                f.Slug, f.Title, f.Year, f.CreatedAt, f.UpdatedAt, f.SynopsisMarkdown,
                People = f.Credits.Where(c => c.Person != null).OrderBy(c => c.Position)
                    .Select(c => new { c.Role, c.CreditedAs, c.Person!.Slug }).ToList(),
            })
            .ToListAsync(cancellationToken);

        var updated = films.Count == 0 ? clock.GetUtcNow().UtcDateTime : FilmPages.Utc(films.Max(f => f.UpdatedAt));
        var feed = new XElement(
            Atom + "feed",
            new XElement(Atom + "id", Request.AbsoluteUrl("/feed.atom")),
            new XElement(Atom + "title", "FilmCatalogue: films recently added or changed"),
            new XElement(Atom + "updated", Date(updated)),
            Link("self", Request.AbsoluteUrl("/feed.atom"), MediaType),
            Link("alternate", Request.AbsoluteUrl("/"), "text/html"),
            new XElement(Atom + "author", new XElement(Atom + "name", "FilmCatalogue"), new XElement(Atom + "uri", Request.AbsoluteUrl("/"))),
            films.Select(film =>
            {
                var url = Request.AbsoluteUrl($"/films/{film.Slug}");
                var summary = markdown.FirstParagraphText(film.SynopsisMarkdown);
                return new XElement(
                    Atom + "entry",
                    new XElement(Atom + "id", url),
                    new XElement(Atom + "title", new XAttribute("type", "text"), film.Year is { } year ? $"{film.Title} ({year})" : film.Title),
                    new XElement(Atom + "updated", Date(FilmPages.Utc(film.UpdatedAt))),
                    new XElement(Atom + "published", Date(FilmPages.Utc(film.CreatedAt))),
                    Link("alternate", url, "text/html"),
                    film.People
                        .Where(c => c.Role.StartsWith("Directed", StringComparison.OrdinalIgnoreCase))
                        .DistinctBy(c => c.Slug)
                        .Select(c => new XElement(
                            Atom + "author",
                            new XElement(Atom + "name", PersonNameParts.Display(c.CreditedAs)),
                            new XElement(Atom + "uri", Request.AbsoluteUrl($"/people/{c.Slug}")))),
                    summary.Length == 0 ? null : new XElement(Atom + "summary", new XAttribute("type", "text"), summary));
            }));

        HttpCaching.SetLastModified(HttpContext, updated);
        return Content(new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed, $"{MediaType}; charset=utf-8");
    }

    private static XElement Link(string relation, string href, string type) =>
        new(Atom + "link", new XAttribute("rel", relation), new XAttribute("type", type), new XAttribute("href", href));

    /// <summary>RFC 3339, as Atom requires.</summary>
    private static string Date(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

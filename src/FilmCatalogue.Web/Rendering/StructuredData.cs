using System.Globalization;
using System.Text.Json.Nodes;
using FilmCatalogue.Web.Models;

namespace FilmCatalogue.Web.Rendering;

/// <summary>schema.org descriptions of the catalogue's pages, for search engines and other machines.</summary>
public static class StructuredData
{
    private const string Context = "https://schema.org";

    public static JsonObject Movie(FilmPage film, string url)
    {
        var origin = new Uri(url).GetLeftPart(UriPartial.Authority);
        JsonArray? People(Func<string, bool> role, string type = "Person") => JsonLd.Array(
            film.Credits.Where(g => role(g.Role)).SelectMany(g => g.Credits).Select(c => (JsonNode)new JsonObject
            {
                ["@type"] = type,
                ["name"] = c.Name,
                ["url"] = origin + c.Href,
            }));

        return new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = "Movie",
            ["@id"] = url,
            ["url"] = url,
            ["name"] = film.Title,
            ["alternateName"] = JsonLd.Array(film.OtherTitles.Select(t => (JsonNode)t.Text)),
            ["dateCreated"] = film.Year?.ToString(CultureInfo.InvariantCulture),
            ["duration"] = film.DurationMinutes is { } minutes ? JsonLd.Duration(minutes) : null,
            ["countryOfOrigin"] = JsonLd.Array(film.Countries.Select(c => (JsonNode)new JsonObject { ["@type"] = "Country", ["name"] = c.Text })),
            ["genre"] = JsonLd.Array(film.Genres.Select(g => (JsonNode)g.Text)),
            ["director"] = People(r => r.StartsWith("Directed", StringComparison.OrdinalIgnoreCase)),
            ["author"] = People(r => r.StartsWith("Writ", StringComparison.OrdinalIgnoreCase) || r.Equals("Screenplay", StringComparison.OrdinalIgnoreCase)),
            ["actor"] = People(r => r.Equals("Cast", StringComparison.OrdinalIgnoreCase)),
            ["musicBy"] = People(r => r.Equals("Music", StringComparison.OrdinalIgnoreCase)),
            ["productionCompany"] = People(r => r.Equals("Production", StringComparison.OrdinalIgnoreCase), "Organization"),
            ["award"] = JsonLd.Array(film.Awards.Select(a => (JsonNode)AwardText(a))),
            ["description"] = film.Description,
            ["image"] = film.Poster is { } poster
                ? new JsonObject
                {
                    ["@type"] = "ImageObject",
                    ["url"] = origin + poster.Url,
                    ["width"] = poster.Width,
                    ["height"] = poster.Height,
                    ["caption"] = poster.Caption,
                }
                : null,
        };
    }

    public static JsonObject Person(PersonPage person, string url) => new()
    {
        ["@context"] = Context,
        ["@type"] = "Person",
        ["@id"] = url,
        ["url"] = url,
        ["name"] = person.Name,
        ["alternateName"] = JsonLd.Array(person.Spellings.Select(s => s.Text).Where(s => s != person.Name).Select(s => (JsonNode)s)),
    };

    public static JsonObject Organisation(string name, string url) => new()
    {
        ["@context"] = Context,
        ["@type"] = "Organization",
        ["@id"] = url,
        ["url"] = url,
        ["name"] = name,
    };

    public static JsonObject Festival(FestivalPage festival, string url) => new()
    {
        ["@context"] = Context,
        ["@type"] = "Festival",
        ["@id"] = url,
        ["url"] = url,
        ["name"] = festival.Name,
        ["location"] = festival.City is null && festival.Country is null ? null : new JsonObject
        {
            ["@type"] = "Place",
            ["name"] = string.Join(", ", new[] { festival.City, festival.Country?.Text }.Where(s => s is not null)),
            ["address"] = new JsonObject
            {
                ["@type"] = "PostalAddress",
                ["addressLocality"] = festival.City,
                ["addressCountry"] = festival.Country?.Text,
            },
        },
        ["subEvent"] = JsonLd.Array(festival.Editions.Where(e => e.Year is not null).Select(e => (JsonNode)new JsonObject
        {
            ["@type"] = "Festival",
            ["name"] = $"{festival.Name} {e.Year}",
            ["url"] = $"{url}/{e.Segment}",
            ["startDate"] = e.Segment,
        })),
    };

    public static string AwardText(AwardView award) =>
        string.Join(", ", new[] { award.Category, award.EventName, award.Year?.ToString(CultureInfo.InvariantCulture) }.Where(s => !string.IsNullOrEmpty(s)));
}

using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Models;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Rendering;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Controllers;

/// <summary>
/// Builds film pages from the catalogue. The film page, its JSON-LD document (/films/{slug}.json) and the
/// catalogue download all describe films through this one builder, so the three cannot drift apart.
/// </summary>
internal static class FilmPages
{
    /// <summary>The pages of <paramref name="films"/>, in the query's order.</summary>
    /// <param name="markdown">
    /// Null when only the structured data is wanted (the synopsis is then left unrendered): rendering and sanitising
    /// a synopsis costs more than all the rest of a film, which counts in a download of the whole catalogue.
    /// </param>
    /// <param name="absoluteUrl">Turns a site path ("/films/x") into the absolute URL machines are given.</param>
    public static async Task<IReadOnlyList<FilmPage>> LoadAsync(
        MarkdownRenderer? markdown, IQueryable<Film> films, Func<string, string> absoluteUrl, CancellationToken cancellationToken)
    {
        var rows = await films.AsNoTracking().AsSplitQuery()
            .Select(f => new
            {
                f.Id, f.Slug, f.Title, f.Year, f.DurationMinutes, f.Colour, f.SynopsisMarkdown, f.SynopsisSource, f.UpdatedAt,
                FestivalsUpdatedAt = f.Selections.Max(s => (DateTime?)s.Festival.UpdatedAt),
                Titles = f.Titles.Where(t => t.Kind != TitleKind.Main).OrderBy(t => t.Position).Select(t => new ForeignText(t.Text, t.Language)).ToList(),
                Countries = f.Countries.OrderBy(c => c.Position).Select(c => new LinkView(c.Country.Name, "/films?country=" + c.Country.Slug)).ToList(),
                Genres = f.Genres.OrderBy(g => g.Position).Select(g => new LinkView(g.Genre.Name, "/films?genre=" + g.Genre.Slug)).ToList(),
                Credits = f.Credits.OrderBy(c => c.Position).Select(c => new
                {
                    c.Role, c.CreditedAs, c.CreditedAsOriginal, c.Character,
                    PersonSlug = c.Person != null ? c.Person.Slug : null,
                    OrganisationSlug = c.Organisation != null ? c.Organisation.Slug : null,
                }).ToList(),
                Awards = f.Awards.OrderBy(a => a.Position).Select(a => new
                {
                    a.Category, a.EventName, a.City, a.CountryName, a.Year, FestivalSlug = a.Festival != null ? a.Festival.Slug : null,
                }).ToList(),
                Selections = f.Selections.OrderBy(s => s.Position).Select(s => new
                {
                    s.Festival.Name, s.Festival.Slug, s.FestivalId, s.City, Country = s.Festival.Country != null ? s.Festival.Country.Name : null, s.Year,
                }).ToList(),
                Bibliography = f.Bibliography.OrderBy(b => b.Position).Select(b => new BibliographyView(b.Title, b.Author, b.Publication, b.Year)).ToList(),
                Editions = f.Editions.OrderBy(e => e.Position).Select(e => new { e.Heading, e.Publisher, e.Year, e.Title, e.Extras }).ToList(),
                Media = f.Media.OrderBy(m => m.Position).Select(m => new { m.Location, m.Caption }).ToList(),
                Notes = f.Notes.OrderBy(n => n.Position).Select(n => new { n.Heading, n.Text }).ToList(),
                Images = f.Images.OrderBy(i => i.Position).ThenBy(i => i.Id).ToList(),
                AwardedFestivalIds = f.Awards.Where(a => a.FestivalId != null).Select(a => new { a.FestivalId, a.Year }).ToList(),
            })
            .ToListAsync(cancellationToken);

        return [.. rows.Select(film =>
        {
            var credits = film.Credits
                .GroupBy(c => c.Role, StringComparer.OrdinalIgnoreCase)
                .Select(g => new CreditGroup(g.Key, [.. g.Select(c => new CreditView(
                    c.OrganisationSlug is null ? PersonNameParts.Display(c.CreditedAs) : c.CreditedAs,
                    ForeignText.Of(c.CreditedAsOriginal),
                    c.OrganisationSlug is null ? $"/people/{c.PersonSlug}" : $"/organisations/{c.OrganisationSlug}",
                    c.Character))]))
                .ToList();

            var selections = film.Selections
                .GroupBy(s => s.Year)
                .OrderByDescending(g => g.Key)
                .Select(g => new SelectionYear(g.Key, [.. g.Select(s => new SelectionView(
                    s.Name, $"/festivals/{s.Slug}", Place(s.City, s.Country),
                    film.AwardedFestivalIds.Any(a => a.FestivalId == s.FestivalId && a.Year == s.Year)))]))
                .ToList();

            var page = new FilmPage
            {
                Id = film.Id,
                Slug = film.Slug,
                Title = film.Title,
                Year = film.Year,
                DurationMinutes = film.DurationMinutes,
                Colour = film.Colour,
                OtherTitles = film.Titles,
                Countries = film.Countries,
                Genres = [.. film.Genres.Select(g => g with { Text = CatalogueQueries.Capitalise(g.Text) })],
                Credits = credits,
                Awards = [.. film.Awards.Select(a => new AwardView(a.Category, a.EventName, a.FestivalSlug is null ? null : $"/festivals/{a.FestivalSlug}", Place(a.City, a.CountryName), a.Year))],
                Selections = selections,
                Bibliography = film.Bibliography,
                Editions = [.. film.Editions.Select(e => new EditionView(e.Heading, e.Publisher, e.Year, e.Title, Lines(e.Extras)))],
                SynopsisHtml = markdown?.ToHtml(film.SynopsisMarkdown) ?? "",
                SynopsisSource = film.SynopsisSource,
                Media = [.. film.Media.Select(m => new MediaView(m.Location, m.Caption, IsWebLink(m.Location)))],
                Notes = [.. film.Notes.Select(n => new NoteView(n.Heading, Lines(n.Text)))],
                Images = [.. film.Images.Select(FilmImageView.From)],
                Description = Describe(film.Title, film.Year, film.Countries, credits),
                LastModified = Utc(film.FestivalsUpdatedAt is { } festivals && festivals > film.UpdatedAt ? festivals : film.UpdatedAt),
                StructuredData = null!,
            };
            return page with { StructuredData = StructuredData.Movie(page, absoluteUrl($"/films/{page.Slug}")) };
        })];
    }

    /// <summary>SQLite gives dates back without a kind (PostgreSQL, in UTC); the catalogue stores them in UTC.</summary>
    internal static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    internal static string? Place(string? city, string? country) =>
        (city, country) switch
        {
            (null or "", null or "") => null,
            (null or "", _) => country,
            (_, null or "") => city,
            _ => $"{city}, {country}",
        };

    internal static string[] Lines(string? text) =>
        text is null ? [] : text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal static bool IsWebLink(string location) =>
        Uri.TryCreate(location, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>"The Siege (Russia, 2005), directed by Sergey Loznitsa."</summary>
    /// <param name="directedBy">
    /// How the directors are introduced: English by default, as the structured data (which is the same in every
    /// language) says it; the page's own description says it in the interface's language.
    /// </param>
    internal static string Describe(string title, int? year, IReadOnlyList<LinkView> countries, IReadOnlyList<CreditGroup> credits, string directedBy = "directed by {0}")
    {
        var directors = credits.FirstOrDefault(g => g.Role.StartsWith("Directed", StringComparison.OrdinalIgnoreCase))?.Credits.Select(c => c.Name);
        var what = string.Join(", ", new[] { string.Join(", ", countries.Select(c => c.Text)), year?.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Where(s => !string.IsNullOrEmpty(s)));
        return $"{title}{(what.Length > 0 ? $" ({what})" : "")}{(directors is null ? "" : ", " + string.Format(System.Globalization.CultureInfo.InvariantCulture, directedBy, string.Join(", ", directors)))}.";
    }
}

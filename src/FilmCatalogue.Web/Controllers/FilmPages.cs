using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Models;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Rendering;

namespace FilmCatalogue.Web.Controllers;

/// <summary>
/// Builds film pages from the catalogue. The film page, its JSON-LD document (/films/{slug}.json) and the
/// catalogue download all describe films through this one builder, so the three cannot drift apart.
/// </summary>
internal static class FilmPages
{
    /// <summary>The page of the film of <paramref name="slug"/>, or null when there is none.</summary>
    /// <param name="markdown">
    /// Null when only the structured data is wanted (the synopsis is then left unrendered): rendering and sanitising
    /// a synopsis costs more than all the rest of a film, which counts in a download of the whole catalogue.
    /// </param>
    /// <param name="absoluteUrl">Turns a site path ("/films/x") into the absolute URL machines are given.</param>
    public static FilmPage? Load(MarkdownRenderer? markdown, FilmRows films, string slug, Func<string, string> absoluteUrl) =>
        films.BySlug(slug) is { } row ? Page(markdown, row, absoluteUrl) : null;

    /// <summary>The pages of the films of <paramref name="ids"/>, by id.</summary>
    public static IReadOnlyList<FilmPage> Load(MarkdownRenderer? markdown, FilmRows films, IReadOnlyList<int> ids, Func<string, string> absoluteUrl) =>
        [.. films.ByIds(ids).Select(row => Page(markdown, row, absoluteUrl))];

    private static FilmPage Page(MarkdownRenderer? markdown, FilmRow film, Func<string, string> absoluteUrl)
    {
        var countries = FilmRows.Read<FilmRow.LinkRow>(film.Countries).Select(c => new LinkView(c.Name, "/films?country=" + c.Slug)).ToList();
        var awards = FilmRows.Read<FilmRow.AwardRow>(film.Awards);
        var credits = FilmRows.Read<FilmRow.CreditRow>(film.Credits)
            .GroupBy(c => c.Role, StringComparer.OrdinalIgnoreCase)
            .Select(g => new CreditGroup(g.Key, [.. g.Select(c => new CreditView(
                c.OrganisationSlug is null ? PersonNameParts.Display(c.CreditedAs) : c.CreditedAs,
                ForeignText.Of(c.CreditedAsOriginal),
                c.OrganisationSlug is null ? $"/people/{c.PersonSlug}" : $"/organisations/{c.OrganisationSlug}",
                c.Character))]))
            .ToList();

        var selections = FilmRows.Read<FilmRow.SelectionRow>(film.Selections)
            .GroupBy(s => s.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new SelectionYear(g.Key, [.. g.Select(s => new SelectionView(
                s.Name, $"/festivals/{s.Slug}", Place(s.City, s.Country),
                awards.Any(a => a.FestivalId == s.FestivalId && a.Year == s.Year)))]))
            .ToList();

        var page = new FilmPage
        {
            Id = film.Id,
            Slug = film.Slug,
            Title = film.Title,
            Year = film.Year,
            DurationMinutes = film.DurationMinutes,
            Colour = film.Colour,
            OtherTitles = [.. FilmRows.Read<FilmRow.TitleRow>(film.Titles).Select(t => new ForeignText(t.Text, t.Language))],
            Countries = countries,
            Genres = [.. FilmRows.Read<FilmRow.LinkRow>(film.Genres).Select(g => new LinkView(CatalogueQueries.Capitalise(g.Name), "/films?genre=" + g.Slug))],
            Credits = credits,
            Awards = [.. awards.Select(a => new AwardView(a.Category, a.EventName, a.FestivalSlug is null ? null : $"/festivals/{a.FestivalSlug}", Place(a.City, a.CountryName), a.Year))],
            Selections = selections,
            Bibliography = [.. FilmRows.Read<FilmRow.BibliographyRow>(film.Bibliography).Select(b => new BibliographyView(b.Title, b.Author, b.Publication, b.Year))],
            Editions = [.. FilmRows.Read<FilmRow.EditionRow>(film.Editions).Select(e => new EditionView(e.Heading, e.Publisher, e.Year, e.Title, Lines(e.Extras)))],
            SynopsisHtml = markdown?.ToHtml(film.SynopsisMarkdown) ?? "",
            SynopsisSource = film.SynopsisSource,
            Media = [.. FilmRows.Read<FilmRow.MediaRow>(film.Media).Select(m => new MediaView(m.Location, m.Caption, IsWebLink(m.Location)))],
            Notes = [.. FilmRows.Read<FilmRow.NoteRow>(film.Notes).Select(n => new NoteView(n.Heading, Lines(n.Text)))],
            Images = [.. FilmRows.Read<FilmRow.ImageRow>(film.Images).Select(FilmImageView.From)],
            Description = Describe(film.Title, film.Year, countries, credits),
            LastModified = Utc(film.FestivalsUpdatedAt is { } festivals && festivals > film.UpdatedAt ? festivals : film.UpdatedAt),
            StructuredData = null!,
        };
        return page with { StructuredData = StructuredData.Movie(page, absoluteUrl($"/films/{page.Slug}")) };
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

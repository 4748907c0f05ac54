using System.Collections.Concurrent;
using FilmCatalogue.Web.Controllers;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Models;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;

namespace FilmCatalogue.Web.Benchmarking;

/// <summary>
/// The references benchmarks/run.sh measures the pages against, served by the same process: a folder of the pages'
/// exact bytes as static files (<c>/bench-static/…</c>), the film page built the naive way (<c>/bench-naive/films/{slug}</c>),
/// and the film page's bytes from an action that does nothing else (<c>/bench-floor/films/{slug}</c>).
/// They exist only when <c>Catalogue:BenchmarkStaticRoot</c> names that folder; a normal start has none.
/// </summary>
public static class BenchmarkReferences
{
    public static bool IsEnabled(IConfiguration configuration) => !string.IsNullOrEmpty(configuration["Catalogue:BenchmarkStaticRoot"]);

    public static WebApplication UseBenchmarkReferences(this WebApplication app)
    {
        if (IsEnabled(app.Configuration))
        {
            var root = Path.GetFullPath(app.Configuration["Catalogue:BenchmarkStaticRoot"]!);
            Directory.CreateDirectory(root);
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(root), RequestPath = "/bench-static" });
        }

        return app;
    }
}

/// <summary>
/// The film page as a first EF version would build it: a tracking query with every Include in one statement, then the
/// view model from the entity graph. Same view, same bytes: the reference the projected page is compared with.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class NaiveFilmController(CatalogueDbContext db, MarkdownRenderer markdown, IConfiguration configuration) : Controller
{
    [HttpGet("bench-naive/films/{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        if (!BenchmarkReferences.IsEnabled(configuration))
        {
            return NotFound();
        }

        var film = await db.Films
            .Include(f => f.Titles).Include(f => f.Countries).ThenInclude(c => c.Country)
            .Include(f => f.Genres).ThenInclude(g => g.Genre)
            .Include(f => f.Credits).ThenInclude(c => c.Person)
            .Include(f => f.Credits).ThenInclude(c => c.Organisation)
            .Include(f => f.Awards).ThenInclude(a => a.Festival)
            .Include(f => f.Selections).ThenInclude(s => s.Festival).ThenInclude(f => f.Country)
            .Include(f => f.Bibliography).Include(f => f.Editions).Include(f => f.Media).Include(f => f.Notes)
            .Include(f => f.Images)
            .FirstOrDefaultAsync(f => f.Slug == slug, cancellationToken);
        if (film is null)
        {
            return NotFound();
        }

        var credits = film.Credits.OrderBy(c => c.Position)
            .GroupBy(c => c.Role, StringComparer.OrdinalIgnoreCase)
            .Select(g => new CreditGroup(g.Key, [.. g.Select(c => new CreditView(
                c.Organisation is null ? PersonNameParts.Display(c.CreditedAs) : c.CreditedAs,
                ForeignText.Of(c.CreditedAsOriginal),
                c.Organisation is null ? $"/people/{c.Person?.Slug}" : $"/organisations/{c.Organisation.Slug}",
                c.Character))]))
            .ToList();
        var awarded = film.Awards.Where(a => a.FestivalId != null).Select(a => (a.FestivalId, a.Year)).ToList();
        var selections = film.Selections.OrderBy(s => s.Position)
            .GroupBy(s => s.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new SelectionYear(g.Key, [.. g.Select(s => new SelectionView(
                s.Festival.Name, $"/festivals/{s.Festival.Slug}", FilmPages.Place(s.City, s.Festival.Country?.Name),
                awarded.Contains((s.FestivalId, s.Year))))]))
            .ToList();
        var countries = film.Countries.OrderBy(c => c.Position).Select(c => new LinkView(c.Country.Name, "/films?country=" + c.Country.Slug)).ToList();

        var page = new FilmPage
        {
            Slug = film.Slug,
            Title = film.Title,
            Year = film.Year,
            DurationMinutes = film.DurationMinutes,
            Colour = film.Colour,
            OtherTitles = [.. film.Titles.Where(t => t.Kind != TitleKind.Main).OrderBy(t => t.Position).Select(t => new ForeignText(t.Text, t.Language))],
            Countries = countries,
            Genres = [.. film.Genres.OrderBy(g => g.Position).Select(g => new LinkView(CatalogueQueries.Capitalise(g.Genre.Name), "/films?genre=" + g.Genre.Slug))],
            Credits = credits,
            Awards = [.. film.Awards.OrderBy(a => a.Position).Select(a => new AwardView(a.Category, a.EventName, a.Festival is null ? null : $"/festivals/{a.Festival.Slug}", FilmPages.Place(a.City, a.CountryName), a.Year))],
            Selections = selections,
            Bibliography = [.. film.Bibliography.OrderBy(b => b.Position).Select(b => new BibliographyView(b.Title, b.Author, b.Publication, b.Year))],
            Editions = [.. film.Editions.OrderBy(e => e.Position).Select(e => new EditionView(e.Heading, e.Publisher, e.Year, e.Title, FilmPages.Lines(e.Extras)))],
            SynopsisHtml = markdown.ToHtml(film.SynopsisMarkdown),
            SynopsisSource = film.SynopsisSource,
            Media = [.. film.Media.OrderBy(m => m.Position).Select(m => new MediaView(m.Location, m.Caption, FilmPages.IsWebLink(m.Location)))],
            Notes = [.. film.Notes.OrderBy(n => n.Position).Select(n => new NoteView(n.Heading, FilmPages.Lines(n.Text)))],
            Images = [.. film.Images.OrderBy(i => i.Position).ThenBy(i => i.Id).Select(FilmImageView.From)],
            Description = FilmPages.Describe(film.Title, film.Year, countries, credits),
            StructuredData = null!,
        };
        return View("~/Views/Films/Details.cshtml", page with { StructuredData = StructuredData.Movie(page, Request.AbsoluteUrl($"/films/{page.Slug}")) });
    }
}

/// <summary>
/// The framework's floor for the film page: the page's bytes, as the benchmark saved them in the static folder
/// (<c>film.html</c>), answered from memory by an MVC action through the same pipeline as the page (routing, the
/// conditional GET, authentication), with no query and no view. What the film page costs beyond it is its own work.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class FloorFilmController(IConfiguration configuration) : Controller
{
    private static readonly ConcurrentDictionary<string, byte[]> Pages = new(StringComparer.Ordinal);

    [HttpGet("bench-floor/films/{slug}")]
    public IActionResult Details()
    {
        if (!BenchmarkReferences.IsEnabled(configuration))
        {
            return NotFound();
        }

        var path = Path.GetFullPath(Path.Combine(configuration["Catalogue:BenchmarkStaticRoot"]!, "film.html"));
        if (!Pages.TryGetValue(path, out var page))
        {
            if (!System.IO.File.Exists(path))
            {
                return NotFound();
            }

            page = Pages.GetOrAdd(path, System.IO.File.ReadAllBytes);
        }

        return File(page, "text/html; charset=utf-8");
    }
}

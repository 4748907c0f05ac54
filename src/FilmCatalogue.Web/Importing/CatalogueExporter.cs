using System.Text;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Records;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Importing;

/// <summary>Gives films back as records: importing the records into an empty catalogue gives the same films.</summary>
public sealed class CatalogueExporter(CatalogueDbContext db)
{
    /// <summary>Writes every film to <paramref name="directory"/> as <c>{slug}.txt</c>; returns how many.</summary>
    public async Task<int> ExportAllAsync(string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var ids = await db.Films.AsNoTracking().OrderBy(f => f.Id).Select(f => f.Id).ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            var film = await LoadAsync(db.Films.Where(f => f.Id == id), cancellationToken);
            var path = Path.Combine(directory, film!.Slug + ".txt");
            await File.WriteAllTextAsync(path, RecordWriter.Write(ToRecord(film)), new UTF8Encoding(false), cancellationToken);
        }

        return ids.Count;
    }

    public async Task<FilmRecord?> ExportAsync(string slug, CancellationToken cancellationToken = default) =>
        await LoadAsync(db.Films.Where(f => f.Slug == slug), cancellationToken) is { } film ? ToRecord(film) : null;

    private static Task<Film?> LoadAsync(IQueryable<Film> films, CancellationToken cancellationToken) =>
        films.AsNoTracking().AsSplitQuery()
            .Include(f => f.Titles).Include(f => f.Countries).ThenInclude(c => c.Country)
            .Include(f => f.Genres).ThenInclude(g => g.Genre)
            .Include(f => f.Credits).Include(f => f.Awards)
            .Include(f => f.Selections).ThenInclude(s => s.Festival).ThenInclude(f => f.Country)
            .Include(f => f.Bibliography).Include(f => f.Editions).Include(f => f.Media).Include(f => f.Notes)
            .FirstOrDefaultAsync(cancellationToken);

    public static FilmRecord ToRecord(Film film) => new()
    {
        Countries = [.. film.Countries.OrderBy(c => c.Position).Select(c => c.Country.Name)],
        Year = film.Year,
        DurationMinutes = film.DurationMinutes,
        Colour = film.Colour,
        Genres = [.. film.Genres.OrderBy(g => g.Position).Select(g => g.Genre.Name)],
        MainTitle = film.Title,
        AlternativeTitles = [.. film.Titles.Where(t => t.Kind != TitleKind.Main).OrderBy(t => t.Position).Select(t => t.Text)],
        Credits = [.. film.Credits.OrderBy(c => c.Position).Select(c => new CreditRecord(c.Role, c.CreditedAs, c.CreditedAsOriginal, c.Character))],
        Awards = [.. film.Awards.OrderBy(a => a.Position).Select(a => new AwardRecord(a.Category, a.EventName, a.City, a.CountryName, a.Year))],
        Editions = [.. film.Editions.OrderBy(e => e.Position).Select(e => new EditionRecord(e.Heading, e.Publisher, e.Year, e.Title, e.Extras))],
        Synopsis = film.SynopsisMarkdown,
        SynopsisSource = film.SynopsisSource,
        Bibliography = [.. film.Bibliography.OrderBy(b => b.Position).Select(b => new BibliographyRecord(b.Title, b.Author, b.Publication, b.Year))],
        Selections = [.. film.Selections.OrderBy(s => s.Position).Select(s => new SelectionRecord(s.Festival.Name, s.City, s.Festival.Country?.Name, s.Year))],
        Media = [.. film.Media.OrderBy(m => m.Position).Select(m => new MediaRecord(m.Location, m.Caption))],
        Notes = [.. film.Notes.OrderBy(n => n.Position).Select(n => new NoteRecord(n.Heading, n.Text))],
    };
}

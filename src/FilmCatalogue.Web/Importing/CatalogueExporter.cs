using System.Runtime.CompilerServices;
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
        var count = 0;
        await foreach (var film in AllFilmsAsync(cancellationToken))
        {
            var path = Path.Combine(directory, film.Slug + ".txt");
            await File.WriteAllTextAsync(path, RecordWriter.Write(ToRecord(film)), new UTF8Encoding(false), cancellationToken);
            count++;
        }

        return count;
    }

    public async Task<FilmRecord?> ExportAsync(string slug, CancellationToken cancellationToken = default) =>
        await WithRecordContents(db.Films.Where(f => f.Slug == slug)).FirstOrDefaultAsync(cancellationToken) is { } film ? ToRecord(film) : null;

    /// <summary>
    /// Every film with all that its record holds, in id order, read a batch at a time: the whole catalogue passes
    /// through (to a folder, or a download streamed to its client) without ever being held in memory.
    /// </summary>
    public async IAsyncEnumerable<Film> AllFilmsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        const int batchSize = 100;
        var after = 0;
        while (true)
        {
            var batch = await WithRecordContents(db.Films.Where(f => f.Id > after).OrderBy(f => f.Id).Take(batchSize))
                .ToListAsync(cancellationToken);
            foreach (var film in batch)
            {
                yield return film;
            }

            if (batch.Count < batchSize)
            {
                yield break;
            }

            after = batch[^1].Id;
        }
    }

    private static IQueryable<Film> WithRecordContents(IQueryable<Film> films) =>
        films.AsNoTracking().AsSplitQuery()
            .Include(f => f.Titles).Include(f => f.Countries).ThenInclude(c => c.Country)
            .Include(f => f.Genres).ThenInclude(g => g.Genre)
            .Include(f => f.Credits).Include(f => f.Awards)
            .Include(f => f.Selections).ThenInclude(s => s.Festival).ThenInclude(f => f.Country)
            .Include(f => f.Bibliography).Include(f => f.Editions).Include(f => f.Media).Include(f => f.Notes);

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

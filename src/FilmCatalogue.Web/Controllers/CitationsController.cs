using System.Text;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Controllers;

/// <summary>A film's bibliography for reference managers: each entry, or all of them, as BibTeX or RIS.</summary>
[Route("films/{slug}")]
public sealed class CitationsController(CatalogueDbContext db) : Controller
{
    [HttpGet("bibliography.{format}")]
    public async Task<IActionResult> Bibliography(string slug, string format, CancellationToken cancellationToken) =>
        await CitationsAsync(slug, cancellationToken) is { Count: > 0 } citations
            ? Download(citations, format, $"{slug}-bibliography")
            : NotFound();

    /// <param name="number">The entry's place in the film's bibliography, from 1, as the page lists it.</param>
    [HttpGet("bibliography/{number:int:min(1)}.{format}")]
    public async Task<IActionResult> Entry(string slug, int number, string format, CancellationToken cancellationToken) =>
        await CitationsAsync(slug, cancellationToken) is { } citations && number <= citations.Count
            ? Download([citations[number - 1]], format, citations[number - 1].Key)
            : NotFound();

    private IActionResult Download(IReadOnlyList<Citation> citations, string format, string name) => format switch
    {
        "bib" => File(Encoding.UTF8.GetBytes(BibTeX.Write(citations)), $"{BibTeX.MediaType}; charset=utf-8", $"{name}.bib"),
        "ris" => File(Encoding.UTF8.GetBytes(Ris.Write(citations)), $"{Ris.MediaType}; charset=utf-8", $"{name}.ris"),
        _ => NotFound(),
    };

    private async Task<IReadOnlyList<Citation>?> CitationsAsync(string slug, CancellationToken cancellationToken)
    {
        var film = await db.Films.AsNoTracking().Where(f => f.Slug == slug)
            .Select(f => new { Entries = f.Bibliography.OrderBy(b => b.Position).Select(b => new { b.Title, b.Author, b.Publication, b.Year }).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        return film?.Entries.Select((b, i) => new Citation(Key(slug, i + 1), b.Title, b.Author, b.Publication, b.Year)).ToList();
    }

    /// <summary>The entry's BibTeX key, also its download's file name.</summary>
    internal static string Key(string slug, int number) => $"{slug}-{number}";
}

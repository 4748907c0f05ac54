using FilmCatalogue.Web.Caching;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Localization;
using FilmCatalogue.Web.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FilmCatalogue.Web.Controllers;

public sealed class HomeController(CatalogueDbContext db, CatalogueFacets facets, IStringLocalizer<InterfaceText> text) : Controller
{
    [HttpGet("/")]
    [OutputCache(PolicyName = CataloguePageCache.Home)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var none = new FilmIndexQuery();
        var counts = await facets.FilmsAsync(cancellationToken);
        return View(new HomePage
        {
            FilmCount = counts.Films,
            PersonCount = await db.People.CountAsync(cancellationToken),
            FestivalCount = await db.Festivals.CountAsync(cancellationToken),
            RecentFilms = await db.Films.AsNoTracking().OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id).Take(12).ToSummaries().ToListAsync(cancellationToken),
            Decades = CatalogueQueries.DecadeFacets(counts, none, text),
            Countries = CatalogueQueries.CountryFacets(counts, none, 12),
            Genres = CatalogueQueries.GenreFacets(counts, none, 12),
        });
    }
}

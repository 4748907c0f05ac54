using FilmCatalogue.Web.Caching;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Localization;
using FilmCatalogue.Web.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FilmCatalogue.Web.Controllers;

public sealed class HomeController(CatalogueDbContext db, IStringLocalizer<InterfaceText> text) : Controller
{
    [HttpGet("/")]
    [OutputCache(PolicyName = CataloguePageCache.Home)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var none = new FilmIndexQuery();
        return View(new HomePage
        {
            FilmCount = await db.Films.CountAsync(cancellationToken),
            PersonCount = await db.People.CountAsync(cancellationToken),
            FestivalCount = await db.Festivals.CountAsync(cancellationToken),
            RecentFilms = await db.Films.AsNoTracking().OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id).Take(12).ToSummaries().ToListAsync(cancellationToken),
            Decades = await CatalogueQueries.DecadeFacetsAsync(db, none, text, cancellationToken),
            Countries = await CatalogueQueries.CountryFacetsAsync(db, none, 12, cancellationToken),
            Genres = await CatalogueQueries.GenreFacetsAsync(db, none, 12, cancellationToken),
        });
    }
}

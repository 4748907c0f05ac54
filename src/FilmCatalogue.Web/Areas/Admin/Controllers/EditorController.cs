using FilmCatalogue.Web.Controllers;
using Microsoft.AspNetCore.Mvc;

namespace FilmCatalogue.Web.Areas.Admin.Controllers;

/// <summary>
/// The base of the catalogue's editors. Their pages hold unsaved work and antiforgery tokens: no cache, shared or
/// the browser's, keeps them.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public abstract class EditorController : AdminController
{
    /// <summary>The prefix of the editors' form fields ("Input.Title"), as the pages' models name them.</summary>
    protected const string InputPrefix = "Input";

    protected void Status(string message) => TempData[AccountController.StatusMessage] = message;

    /// <summary>
    /// Readies a refused form to be shown again with the entry's current version, so that saving it once more is a
    /// deliberate choice to replace the other curator's version.
    /// </summary>
    protected void TakeCurrentVersion(Models.IVersionedInput input, Guid current)
    {
        ArgumentNullException.ThrowIfNull(input);
        ModelState.Remove($"{InputPrefix}.{nameof(input.Version)}");
        input.Version = current;
        Response.StatusCode = StatusCodes.Status409Conflict;
    }
}

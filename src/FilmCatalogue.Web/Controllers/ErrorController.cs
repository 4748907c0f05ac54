using Microsoft.AspNetCore.Mvc;

namespace FilmCatalogue.Web.Controllers;

[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("error")]
    public IActionResult Error() => Page(StatusCodes.Status500InternalServerError);

    [Route("error/{status:int}")]
    public IActionResult Status(int status) => Page(status is >= 400 and < 600 ? status : StatusCodes.Status500InternalServerError);

    private ViewResult Page(int status)
    {
        Response.StatusCode = status;
        return View(status switch
        {
            StatusCodes.Status404NotFound => "NotFound",
            StatusCodes.Status403Forbidden => "AccessDenied",
            _ => "Error",
        }, status);
    }
}

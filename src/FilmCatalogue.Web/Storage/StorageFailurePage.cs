using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace FilmCatalogue.Web.Storage;

/// <summary>
/// A save that fails because the disk is full, read-only or failing is answered 503 with Retry-After and a page
/// saying so, rather than the generic error: the curator learns that nothing was saved and that trying again later
/// is the remedy. The transaction of the save has been rolled back by then (every write runs in one), and the failure
/// is logged once, with its cause, here.
/// </summary>
internal sealed partial class StorageFailurePage(IModelMetadataProvider metadata, ILogger<StorageFailurePage> logger) : IExceptionFilter
{
    /// <summary>The view data entry that turns the error page into this page.</summary>
    public const string ViewDataKey = "StorageFailure";

    public static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    public void OnException(ExceptionContext context)
    {
        if (StorageFailures.Of(context.Exception) is not { } failure)
        {
            return;
        }

        var http = context.HttpContext;
        LogRefused(logger, http.Request.Method, http.Request.Path, http.User.Identity?.Name, failure.Describe(), Innermost(context.Exception).Message);
        http.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        context.Result = new ViewResult
        {
            ViewName = "~/Views/Shared/Error.cshtml",
            StatusCode = StatusCodes.Status503ServiceUnavailable,
            ViewData = new ViewDataDictionary<int>(metadata, context.ModelState)
            {
                Model = StatusCodes.Status503ServiceUnavailable,
                [ViewDataKey] = failure.Describe(),
            },
        };
        context.ExceptionHandled = true;
    }

    private static Exception Innermost(Exception exception) => exception.InnerException is { } inner ? Innermost(inner) : exception;

    [LoggerMessage(EventId = 4001, Level = LogLevel.Error, Message = "{Method} {Path} by {Curator} not saved: {Cause} ({Detail})")]
    private static partial void LogRefused(ILogger logger, string method, string path, string? curator, string cause, string detail);
}

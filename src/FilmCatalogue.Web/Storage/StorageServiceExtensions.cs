using FilmCatalogue.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FilmCatalogue.Web.Storage;

public static class StorageServiceExtensions
{
    /// <summary>
    /// A full, read-only or failing disk: saves are refused with a 503 page that says why (and logged once), reads go on,
    /// and saving works again as soon as the disk does.
    /// </summary>
    public static IServiceCollection AddCatalogueStorageFailures(this IServiceCollection services)
    {
        services.Configure<MvcOptions>(options => options.Filters.Add<StorageFailurePage>());
        services.ConfigureDbContext<CatalogueDbContext>(options => options
            .AddInterceptors(new ReadOnlyDiskInterceptor())
            // EF Core reports a failed command, commit or save at Error before throwing, mostly without the exception;
            // the exception is logged where it is handled (StorageFailurePage with its cause, the error page with its
            // stack), so that one failure makes one line. EF's own lines stay at Debug, with the command's text.
            .ConfigureWarnings(warnings => warnings.Log(
                (RelationalEventId.CommandError, LogLevel.Debug),
                (RelationalEventId.TransactionError, LogLevel.Debug),
                (CoreEventId.SaveChangesFailed, LogLevel.Debug))));
        return services;
    }
}

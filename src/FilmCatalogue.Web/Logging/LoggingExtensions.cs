using System.Globalization;
using Serilog;
using Serilog.Events;

namespace FilmCatalogue.Web.Logging;

public static class LoggingExtensions
{
    /// <summary>
    /// Structured logs through Serilog, configured from the "Serilog" section. Each host keeps its own logger and
    /// leaves the static Log.Logger alone: with several hosts in one process (the tests), a shared static logger
    /// would send one host's events to whichever host started last.
    /// </summary>
    public static WebApplicationBuilder AddCatalogueLogging(this WebApplicationBuilder builder, bool quiet)
    {
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext();
            if (quiet)
            {
                // The command line's own output is the report; logs only add what went wrong.
                logger.MinimumLevel.Warning();
            }

            logger.WriteTo.Console(
                formatProvider: CultureInfo.InvariantCulture,
                standardErrorFromLevel: quiet ? LogEventLevel.Verbose : LogEventLevel.Error);
        }, preserveStaticLogger: true);
        return builder;
    }

    /// <summary>One structured event per request, written through this host's own logger.</summary>
    public static IApplicationBuilder UseCatalogueRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options => options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>());
}

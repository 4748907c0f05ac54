using System.Globalization;
using Serilog;
using Serilog.Events;

namespace FilmCatalogue.Web.Logging;

public static class LoggingExtensions
{
    /// <summary>
    /// Structured logs through Serilog, configured from the "Serilog" section. Registered per host rather than
    /// through the static bootstrap logger, so that many hosts (tests) can run in one process.
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
        },
        // Each host logs through its own logger: without this, every host's ILogger writes to the static Log.Logger,
        // which the last host to start replaces, so one test host's events land in another's sinks.
        preserveStaticLogger: true);
        return builder;
    }
}

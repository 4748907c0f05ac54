using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FilmCatalogue.Web.Data;

/// <summary>Ready when the catalogue's database answers a query and has every migration applied.</summary>
public sealed class CatalogueHealthCheck(CatalogueDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("the catalogue database cannot be opened");
            }

            var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
            return pending.Any()
                ? HealthCheckResult.Unhealthy("the catalogue database has migrations to apply")
                : HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("the catalogue database does not answer", exception);
        }
    }
}

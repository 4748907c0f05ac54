using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace FilmCatalogue.Web.Security;

/// <summary>
/// How many requests of one kind one client address may send per window, under <c>Catalogue:RateLimits:{Policy}</c>
/// (<c>PermitLimit</c>, <c>Window</c>). Over that the answer is 429 with Retry-After.
/// </summary>
public sealed class RateLimitOptions
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}

public static partial class RateLimits
{
    /// <summary>Sign-in form posts (password, authenticator code, recovery code): slows password guessing.</summary>
    public const string SignIn = "SignIn";

    /// <summary>Search pages: generous enough that nobody browsing meets it, tight enough to stop scraping loops.</summary>
    public const string Search = "Search";

    /// <summary>Curators' record imports: each one parses and writes, so a runaway script must not hog the database.</summary>
    public const string Import = "Import";

    private static readonly Dictionary<string, RateLimitOptions> Defaults = new(StringComparer.Ordinal)
    {
        [SignIn] = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) },
        [Search] = new() { PermitLimit = 120, Window = TimeSpan.FromMinutes(1) },
        [Import] = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) },
    };

    public static IServiceCollection AddCatalogueRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        foreach (var (policy, defaults) in Defaults)
        {
            services.AddOptions<RateLimitOptions>(policy).Configure(options =>
            {
                options.PermitLimit = defaults.PermitLimit;
                options.Window = defaults.Window;
                configuration.GetSection($"Catalogue:RateLimits:{policy}").Bind(options);
            });
        }

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            foreach (var policy in Defaults.Keys)
            {
                limiter.AddPolicy(policy, context =>
                {
                    var limits = context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().Get(policy);
                    return RateLimitPartition.GetFixedWindowLimiter(ClientOf(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.PermitLimit,
                        Window = limits.Window,
                        QueueLimit = 0,
                    });
                });
            }

            limiter.OnRejected = (rejected, _) =>
            {
                var context = rejected.HttpContext;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                var policy = context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>()?.PolicyName ?? "unknown";
                LogRejected(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimits)), policy, ClientOf(context));
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    // Behind a reverse proxy, the visitor's address when the proxy is named in Catalogue:ForwardedHeaders (ReverseProxy).
    private static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "{Policy} requests from {Client} are over the rate limit")]
    private static partial void LogRejected(ILogger logger, string policy, string client);
}

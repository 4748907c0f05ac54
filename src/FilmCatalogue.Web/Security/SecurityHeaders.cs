namespace FilmCatalogue.Web.Security;

/// <summary>
/// The response headers every page carries, error pages included: a strict Content-Security-Policy (the site runs
/// no inline script or style; everything comes from its own origin), no MIME sniffing, no framing, a referrer
/// policy and a permissions policy that turns off features the catalogue never uses.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    /// <summary>Adds the headers as the response starts, whichever part of the pipeline writes it.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });

    /// <summary>
    /// Outside Development: HTTPS only, remembered by browsers for a year with subdomains (ASP.NET Core skips HSTS
    /// for localhost, so the two-command local start stays on plain http), behind a TLS-terminating proxy too when it
    /// is named (<see cref="ReverseProxy"/>). Kestrel never names itself.
    /// </summary>
    public static WebApplicationBuilder AddTransportSecurity(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        builder.Services.AddCatalogueForwardedHeaders(builder.Configuration);
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        return builder;
    }

    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        return app;
    }
}

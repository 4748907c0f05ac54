using FilmCatalogue.Web.Data;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace FilmCatalogue.Web.Images;

public static class ImagesServiceExtensions
{
    /// <summary>The address the stored images are served under.</summary>
    public const string UrlPrefix = "/images";

    /// <summary>Curators' uploaded images: the limits (<c>Catalogue:Uploads:*</c>) and the folder they are stored in.</summary>
    public static IServiceCollection AddCatalogueImages(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.Section);
        services.AddSingleton(provider =>
        {
            var configured = provider.GetRequiredService<IOptions<UploadOptions>>().Value.Path;
            return new ImageStore(string.IsNullOrWhiteSpace(configured)
                ? Path.Combine(CatalogueDatabase.From(configuration, environment.ContentRootPath).SqliteFolder ?? Path.Combine(environment.ContentRootPath, "App_Data"), "uploads")
                : Path.GetFullPath(configured, environment.ContentRootPath),
                provider.GetRequiredService<ILogger<ImageStore>>());
        });
        return services;
    }

    /// <summary>
    /// Serves the stored images as static files: WebP only (a temporary file is never served), no directory listing,
    /// and, since a stored file never changes under its name, kept by browsers and proxies for a year without asking.
    /// </summary>
    public static WebApplication UseCatalogueImages(this WebApplication app)
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings.Clear();
        types.Mappings[ImageReencoder.Extension] = ImageReencoder.ContentType;
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = UrlPrefix,
            FileProvider = new PhysicalFileProvider(app.Services.GetRequiredService<ImageStore>().Root),
            ContentTypeProvider = types,
            OnPrepareResponse = file =>
            {
                file.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                // Every response has it (Security/SecurityHeaders); files from outside are where it matters most.
                file.Context.Response.Headers.XContentTypeOptions = "nosniff";
            },
        });
        return app;
    }

    /// <summary>The URL of a stored image file.</summary>
    public static string Url(string fileName) => $"{UrlPrefix}/{fileName}";
}

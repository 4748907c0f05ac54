namespace FilmCatalogue.Web.Areas.Admin.Editing;

public static class EditingServiceExtensions
{
    /// <summary>The admin's editors. The area's controllers come with MVC; its history with the data (HistoryRecorder).</summary>
    public static IServiceCollection AddCatalogueEditing(this IServiceCollection services)
    {
        services.AddScoped<FilmEditor>();
        services.AddScoped<EntryRestorer>();
        services.AddScoped<ImportPreviewer>();
        return services;
    }
}

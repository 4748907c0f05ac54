using FilmCatalogue.Web.Accounts;
using FilmCatalogue.Web.Areas.Admin.Editing;
using FilmCatalogue.Web.Controllers;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Images;
using FilmCatalogue.Web.Importing;
using FilmCatalogue.Web.Logging;
using FilmCatalogue.Web.Security;
using FilmCatalogue.Web.Storage;

// The same executable serves the catalogue and runs the catalogue's verbs (import, export, backup, restore, add-curator).
var isCommand = CatalogueCommandLine.IsCommand(args);
SqliteEngine.Configure();
// A verb reads its configuration once. Watching appsettings.json for changes would watch the content root's whole
// tree, the catalogue's own file in App_Data with it, and queue an event for every page an import writes.
var builder = WebApplication.CreateBuilder(isCommand ? ["--hostBuilder:reloadConfigOnChange=false"] : args);

builder.AddCatalogueLogging(quiet: isCommand);
builder.AddTransportSecurity();
builder.Services.AddCatalogueData(builder.Configuration, builder.Environment);
builder.Services.AddCatalogueStorageFailures();
builder.Services.AddCatalogueImporting();
builder.Services.AddCatalogueAccounts(builder.Configuration, builder.Environment);
builder.Services.AddCataloguePages(builder.Configuration);
builder.Services.AddCatalogueSiteUrl(builder.Configuration);
builder.Services.AddCatalogueEditing();
builder.Services.AddCatalogueImages(builder.Configuration, builder.Environment);

var app = builder.Build();
await app.Services.MigrateCatalogueAsync();
if (isCommand)
{
    return await CatalogueCommandLine.RunAsync(app.Services, args, Console.Out, Console.Error);
}

await app.Services.SeedCatalogueAsync(app.Configuration);

app.UseCatalogueForwardedHeaders();
app.UseSecurityHeaders();
app.UseTransportSecurity();
app.UseCataloguePages();
app.UseCatalogueAccounts();
app.MapHealthChecks("/health");
app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapControllers();
await app.RunAsync();
return 0;

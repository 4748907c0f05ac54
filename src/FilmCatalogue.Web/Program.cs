using FilmCatalogue.Web.Controllers;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Importing;
using FilmCatalogue.Web.Logging;

// The same executable serves the catalogue and runs the catalogue's verbs (import, export).
var isCommand = CatalogueCommandLine.IsCommand(args);
var builder = WebApplication.CreateBuilder(isCommand ? [] : args);

builder.AddCatalogueLogging(quiet: isCommand);
builder.Services.AddCatalogueData(builder.Configuration, builder.Environment);
builder.Services.AddCatalogueImporting();
builder.Services.AddCataloguePages(builder.Configuration);

var app = builder.Build();
await app.Services.MigrateCatalogueAsync();
if (isCommand)
{
    return await CatalogueCommandLine.RunAsync(app.Services, args, Console.Out, Console.Error);
}

await app.Services.SeedCatalogueAsync(app.Configuration);

app.UseCataloguePages();
app.MapControllers();
await app.RunAsync();
return 0;

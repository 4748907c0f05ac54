using FilmCatalogue.Web.Data;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCatalogueData(builder.Configuration, builder.Environment);
builder.Services.AddControllersWithViews();

var app = builder.Build();
app.MapControllers();
app.Run();

using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Data;

/// <summary>
/// The catalogue's database: its model, on SQLite (the default), whose schema lives in Migrations/ and is applied at
/// start. <see cref="PostgreSqlCatalogueDbContext"/> is the same model on PostgreSQL, with migrations of its own.
/// To change the schema: edit the entities or their configuration in Configurations/, then from the repository root
/// run <c>dotnet tool restore</c> once and add a migration for each database:
/// <c>dotnet ef migrations add NAME --project src/FilmCatalogue.Web --context CatalogueDbContext --output-dir Data/Migrations</c> and
/// <c>dotnet ef migrations add NAME --project src/FilmCatalogue.Web --context PostgreSqlCatalogueDbContext --output-dir Data/Migrations/PostgreSql</c>.
/// The curators' accounts and roles are ASP.NET Core Identity's tables (AspNetUsers and the rest) in the same database.
/// </summary>
public class CatalogueDbContext : IdentityDbContext<Curator>
{
    public CatalogueDbContext(DbContextOptions<CatalogueDbContext> options)
        : base(options)
    {
    }

    /// <summary>The same model on another database.</summary>
    protected CatalogueDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Film> Films => Set<Film>();
    public DbSet<FilmTitle> FilmTitles => Set<FilmTitle>();
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<FilmCountry> FilmCountries => Set<FilmCountry>();
    public DbSet<Genre> Genres => Set<Genre>();
    public DbSet<FilmGenre> FilmGenres => Set<FilmGenre>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonName> PersonNames => Set<PersonName>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Credit> Credits => Set<Credit>();
    public DbSet<Festival> Festivals => Set<Festival>();
    public DbSet<Selection> Selections => Set<Selection>();
    public DbSet<Award> Awards => Set<Award>();
    public DbSet<BibliographyEntry> Bibliography => Set<BibliographyEntry>();
    public DbSet<Edition> Editions => Set<Edition>();
    public DbSet<MediaItem> Media => Set<MediaItem>();
    public DbSet<FilmNote> FilmNotes => Set<FilmNote>();
    public DbSet<FilmImage> FilmImages => Set<FilmImage>();
    public DbSet<ImportedRecord> ImportedRecords => Set<ImportedRecord>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CatalogueDbContext).Assembly);
    }
}

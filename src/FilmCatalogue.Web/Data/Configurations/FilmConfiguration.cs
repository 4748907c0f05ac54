using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FilmCatalogue.Web.Data.Configurations;

internal sealed class FilmConfiguration : IEntityTypeConfiguration<Film>
{
    public void Configure(EntityTypeBuilder<Film> film)
    {
        film.HasIndex(f => f.Slug).IsUnique();
        film.HasIndex(f => new { f.TitleKey, f.Year });
        // The A–Z index pages by (letter, title key, id); the year index by (year, title key, id).
        film.HasIndex(f => new { f.IndexLetter, f.TitleKey, f.Id });
        film.HasIndex(f => new { f.Year, f.TitleKey, f.Id });
        film.HasIndex(f => f.CreatedAt);
        film.Property(f => f.Slug).HasMaxLength(120);
        film.Property(f => f.IndexLetter).HasMaxLength(1);
        film.Property(f => f.Version).IsConcurrencyToken();

        film.HasMany(f => f.Titles).WithOne().HasForeignKey(t => t.FilmId).OnDelete(DeleteBehavior.Cascade);
        film.HasMany(f => f.Countries).WithOne().HasForeignKey(c => c.FilmId).OnDelete(DeleteBehavior.Cascade);
        film.HasMany(f => f.Genres).WithOne().HasForeignKey(g => g.FilmId).OnDelete(DeleteBehavior.Cascade);
        film.HasMany(f => f.Credits).WithOne(c => c.Film).HasForeignKey(c => c.FilmId).OnDelete(DeleteBehavior.Cascade);
        film.HasMany(f => f.Awards).WithOne(a => a.Film).HasForeignKey(a => a.FilmId).OnDelete(DeleteBehavior.Cascade);
        film.HasMany(f => f.Selections).WithOne(s => s.Film).HasForeignKey(s => s.FilmId).OnDelete(DeleteBehavior.Cascade);
        film.HasMany(f => f.Bibliography).WithOne().HasForeignKey(b => b.FilmId).OnDelete(DeleteBehavior.Cascade);
        film.HasMany(f => f.Editions).WithOne().HasForeignKey(e => e.FilmId).OnDelete(DeleteBehavior.Cascade);
        film.HasMany(f => f.Media).WithOne().HasForeignKey(m => m.FilmId).OnDelete(DeleteBehavior.Cascade);
        film.HasMany(f => f.Notes).WithOne().HasForeignKey(n => n.FilmId).OnDelete(DeleteBehavior.Cascade);
        // The image files go with the film: the admin's deletion removes them once the film is gone.
        film.HasMany(f => f.Images).WithOne().HasForeignKey(i => i.FilmId).OnDelete(DeleteBehavior.Cascade);
    }
}

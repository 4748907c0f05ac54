using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FilmCatalogue.Web.Data.Configurations;

internal sealed class FilmGenreConfiguration : IEntityTypeConfiguration<FilmGenre>
{
    public void Configure(EntityTypeBuilder<FilmGenre> link)
    {
        link.HasKey(l => new { l.FilmId, l.GenreId });
        link.HasIndex(l => l.GenreId);
        link.HasOne(l => l.Genre).WithMany().HasForeignKey(l => l.GenreId).OnDelete(DeleteBehavior.Restrict);
    }
}

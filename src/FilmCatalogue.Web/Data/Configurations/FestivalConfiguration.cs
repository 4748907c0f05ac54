using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FilmCatalogue.Web.Data.Configurations;

internal sealed class FestivalConfiguration : IEntityTypeConfiguration<Festival>
{
    public void Configure(EntityTypeBuilder<Festival> festival)
    {
        festival.HasIndex(f => f.Slug).IsUnique();
        festival.HasIndex(f => f.Key).IsUnique();
        festival.Property(f => f.Slug).HasMaxLength(120);
        festival.Property(f => f.Version).IsConcurrencyToken();
        festival.Property(f => f.FilmCount).IsKeptByTheDatabase();
        festival.HasOne(f => f.Country).WithMany().HasForeignKey(f => f.CountryId).OnDelete(DeleteBehavior.Restrict);
        festival.HasMany(f => f.Selections).WithOne(s => s.Festival).HasForeignKey(s => s.FestivalId).OnDelete(DeleteBehavior.Restrict);
        festival.HasMany(f => f.Awards).WithOne(a => a.Festival).HasForeignKey(a => a.FestivalId).OnDelete(DeleteBehavior.SetNull);
    }
}

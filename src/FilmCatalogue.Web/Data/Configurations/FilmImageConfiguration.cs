using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FilmCatalogue.Web.Data.Configurations;

internal sealed class FilmImageConfiguration : IEntityTypeConfiguration<FilmImage>
{
    public void Configure(EntityTypeBuilder<FilmImage> image)
    {
        image.HasIndex(i => new { i.FilmId, i.Position });
        image.HasIndex(i => new { i.FilmId, i.ContentHash }).IsUnique();
        image.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        image.Property(i => i.AltText).HasMaxLength(500);
        image.Property(i => i.Caption).HasMaxLength(1000);
        image.Property(i => i.Credit).HasMaxLength(300);
        image.Property(i => i.FileName).HasMaxLength(64);
        image.Property(i => i.SmallFileName).HasMaxLength(64);
        image.Property(i => i.MediumFileName).HasMaxLength(64);
        image.Property(i => i.ContentHash).HasMaxLength(64);
        image.Property(i => i.CuratorId).HasMaxLength(450);
        image.Property(i => i.CuratorEmail).HasMaxLength(256);
    }
}

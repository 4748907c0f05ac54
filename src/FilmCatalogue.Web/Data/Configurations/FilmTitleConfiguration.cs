using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FilmCatalogue.Web.Data.Configurations;

internal sealed class FilmTitleConfiguration : IEntityTypeConfiguration<FilmTitle>
{
    public void Configure(EntityTypeBuilder<FilmTitle> title)
    {
        title.HasIndex(t => new { t.FilmId, t.Position });
        title.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        title.Property(t => t.Script).HasMaxLength(4);
        title.Property(t => t.Language).HasMaxLength(35);
    }
}

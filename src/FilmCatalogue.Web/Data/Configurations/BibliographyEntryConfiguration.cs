using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FilmCatalogue.Web.Data.Configurations;

internal sealed class BibliographyEntryConfiguration : IEntityTypeConfiguration<BibliographyEntry>
{
    public void Configure(EntityTypeBuilder<BibliographyEntry> entry)
    {
        entry.ToTable("Bibliography");
        entry.HasIndex(e => new { e.FilmId, e.Position });
    }
}

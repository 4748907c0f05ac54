using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FilmCatalogue.Web.Data.Configurations;

internal sealed class SelectionConfiguration : IEntityTypeConfiguration<Selection>
{
    public void Configure(EntityTypeBuilder<Selection> selection)
    {
        selection.HasIndex(s => new { s.FilmId, s.Position });
        selection.HasIndex(s => new { s.FestivalId, s.Year });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FilmCatalogue.Web.Data.Configurations;

internal sealed class AwardConfiguration : IEntityTypeConfiguration<Award>
{
    public void Configure(EntityTypeBuilder<Award> award)
    {
        award.HasIndex(a => new { a.FilmId, a.Position });
        award.HasIndex(a => new { a.FestivalId, a.Year });
    }
}

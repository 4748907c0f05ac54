using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FilmCatalogue.Web.Data.Configurations;

internal sealed class FilmCountryConfiguration : IEntityTypeConfiguration<FilmCountry>
{
    public void Configure(EntityTypeBuilder<FilmCountry> link)
    {
        link.HasKey(l => new { l.FilmId, l.CountryId });
        link.HasIndex(l => l.CountryId);
        link.HasOne(l => l.Country).WithMany().HasForeignKey(l => l.CountryId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FilmCatalogue.Web.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> organisation)
    {
        organisation.HasIndex(o => o.Slug).IsUnique();
        organisation.HasIndex(o => o.Key).IsUnique();
        organisation.Property(o => o.Slug).HasMaxLength(120);
        organisation.Property(o => o.Version).IsConcurrencyToken();
        organisation.Property(o => o.FilmCount).IsKeptByTheDatabase();
        organisation.HasMany(o => o.Credits).WithOne(c => c.Organisation).HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FilmCatalogue.Web.Data.Configurations;

/// <summary>Identity's own mapping (AspNetUsers) comes from IdentityDbContext; this adds only what is ours.</summary>
internal sealed class CuratorConfiguration : IEntityTypeConfiguration<Curator>
{
    public void Configure(EntityTypeBuilder<Curator> curator)
    {
        curator.Property(c => c.CreatedAt);
    }
}

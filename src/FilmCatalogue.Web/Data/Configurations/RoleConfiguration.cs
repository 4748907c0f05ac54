using FilmCatalogue.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FilmCatalogue.Web.Data.Configurations;

/// <summary>
/// The two roles exist from the migration on, with fixed ids and stamps so that the model does not change between
/// builds. Accounts never ship: the first one is made with the <c>add-curator</c> verb.
/// </summary>
internal sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> role)
    {
        role.HasData(
            new IdentityRole
            {
                Id = "6c0f2e57-5b0e-4f55-9d0a-3f4f1d6f8a01",
                Name = CatalogueRoles.Curator,
                NormalizedName = CatalogueRoles.Curator.ToUpperInvariant(),
                ConcurrencyStamp = "b1f0a3c4-7d2e-4c1a-9a65-1f1d1e7c0a01",
            },
            new IdentityRole
            {
                Id = "6c0f2e57-5b0e-4f55-9d0a-3f4f1d6f8a02",
                Name = CatalogueRoles.Administrator,
                NormalizedName = CatalogueRoles.Administrator.ToUpperInvariant(),
                ConcurrencyStamp = "b1f0a3c4-7d2e-4c1a-9a65-1f1d1e7c0a02",
            });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FilmCatalogue.Web.Data.Configurations;

internal sealed class CreditConfiguration : IEntityTypeConfiguration<Credit>
{
    public void Configure(EntityTypeBuilder<Credit> credit)
    {
        credit.HasIndex(c => new { c.FilmId, c.Position });
        credit.HasIndex(c => c.PersonId);
        credit.HasIndex(c => c.OrganisationId);
        credit.ToTable(t => t.HasCheckConstraint(
            "CK_Credits_PersonOrOrganisation",
            "(PersonId IS NULL) <> (OrganisationId IS NULL)"));
    }
}

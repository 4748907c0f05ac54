using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FilmCatalogue.Web.Data.Configurations;

internal sealed class CreditConfiguration : IEntityTypeConfiguration<Credit>
{
    public void Configure(EntityTypeBuilder<Credit> credit)
    {
        credit.HasIndex(c => new { c.FilmId, c.Position });
        // A person's films and main roles (people lists, search) are read from these alone: a prolific person's
        // thousands of credits are never fetched row by row. A role's first credit is the first entry of its
        // (position, id): SQLite's indexes end in the row id anyway, PostgreSQL's only when told.
        credit.HasIndex(c => new { c.PersonId, c.FilmId });
        credit.HasIndex(c => new { c.PersonId, c.Role, c.Position, c.Id });
        // A studio's film count (the organisations index) reads this alone.
        credit.HasIndex(c => new { c.OrganisationId, c.FilmId });
        credit.ToTable(t => t.HasCheckConstraint(
            "CK_Credits_PersonOrOrganisation",
            "(PersonId IS NULL) <> (OrganisationId IS NULL)"));
    }
}

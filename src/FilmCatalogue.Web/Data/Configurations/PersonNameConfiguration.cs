using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FilmCatalogue.Web.Data.Configurations;

internal sealed class PersonNameConfiguration : IEntityTypeConfiguration<PersonName>
{
    public void Configure(EntityTypeBuilder<PersonName> name)
    {
        name.HasIndex(n => n.Key);
        name.HasIndex(n => new { n.PersonId, n.Name }).IsUnique();
        name.Property(n => n.Script).HasMaxLength(4);
    }
}

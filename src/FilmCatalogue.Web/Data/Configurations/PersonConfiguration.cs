using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FilmCatalogue.Web.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> person)
    {
        person.HasIndex(p => p.Slug).IsUnique();
        person.HasIndex(p => p.OriginalNameKey);
        person.HasIndex(p => new { p.IndexLetter, p.SortKey, p.Id });
        person.HasIndex(p => new { p.OriginalIndexLetter, p.OriginalSortKey, p.Id });
        person.Property(p => p.OriginalIndexLetter).HasMaxLength(1);
        person.Property(p => p.Slug).HasMaxLength(120);
        person.Property(p => p.IndexLetter).HasMaxLength(1);
        person.Property(p => p.Version).IsConcurrencyToken();
        person.Property(p => p.FilmCount).IsKeptByTheDatabase();
        person.HasMany(p => p.Names).WithOne().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Cascade);
        person.HasMany(p => p.Credits).WithOne(c => c.Person).HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

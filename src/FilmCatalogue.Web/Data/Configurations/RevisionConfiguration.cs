using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FilmCatalogue.Web.Data.Configurations;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> revision)
    {
        // An entry's history page, newest first; the deleted list and the dashboard read by id.
        revision.HasIndex(r => new { r.EntryKind, r.EntryId, r.Id });
        revision.Property(r => r.EntryKind).HasConversion<string>().HasMaxLength(20);
        revision.Property(r => r.Action).HasConversion<string>().HasMaxLength(20);
        revision.Property(r => r.CuratorId).HasMaxLength(450);
        revision.Property(r => r.CuratorEmail).HasMaxLength(256);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FilmCatalogue.Web.Data.Configurations;

internal sealed class ImportedRecordConfiguration : IEntityTypeConfiguration<ImportedRecord>
{
    public void Configure(EntityTypeBuilder<ImportedRecord> record)
    {
        record.HasIndex(r => r.ContentHash).IsUnique();
        record.HasIndex(r => r.FilmId);
        record.Property(r => r.ContentHash).HasMaxLength(64);
        // Read all at once when an import starts (see ImportSession.ImportedFiles): no index to keep up.
        record.Property(r => r.FileHash).HasMaxLength(64);
        // A film deleted by a curator keeps its import entry, so the seeds do not bring it back.
        record.HasOne<Film>().WithMany().HasForeignKey(r => r.FilmId).OnDelete(DeleteBehavior.SetNull);
    }
}

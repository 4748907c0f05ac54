using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FilmCatalogue.Web.Data.Configurations;

internal sealed class FilmNoteConfiguration : IEntityTypeConfiguration<FilmNote>
{
    public void Configure(EntityTypeBuilder<FilmNote> note)
    {
        note.HasIndex(n => new { n.FilmId, n.Position });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FilmCatalogue.Web.Data.Configurations;

internal sealed class SlugRedirectConfiguration : IEntityTypeConfiguration<SlugRedirect>
{
    public void Configure(EntityTypeBuilder<SlugRedirect> redirect)
    {
        redirect.HasIndex(r => new { r.EntryKind, r.OldSlug }).IsUnique();
        redirect.HasIndex(r => new { r.EntryKind, r.EntryId });
        redirect.Property(r => r.EntryKind).HasConversion<string>().HasMaxLength(20);
        redirect.Property(r => r.OldSlug).HasMaxLength(120);
    }
}

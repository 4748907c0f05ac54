using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FilmCatalogue.Web.Data.Configurations;

internal static class KeptCounts
{
    /// <summary>
    /// A count that the database's triggers keep (see the FilmCounts migrations): it starts at 0, and EF reads it but
    /// never writes it, so that no save from a stale entity can overwrite what the triggers counted.
    /// </summary>
    public static void IsKeptByTheDatabase(this PropertyBuilder<int> count)
    {
        var property = count.HasDefaultValue(0).ValueGeneratedOnAddOrUpdate().Metadata;
        property.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        property.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
    }
}

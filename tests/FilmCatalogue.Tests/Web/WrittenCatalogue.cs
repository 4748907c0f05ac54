using System.Globalization;

namespace FilmCatalogue.Tests.Web;

/// <summary>A catalogue seeded from records a fixture writes (<c>001.txt</c>, <c>002.txt</c>, …) into a folder of its own.</summary>
public abstract class WrittenCatalogue : IDisposable
{
    private readonly string records = Directory.CreateTempSubdirectory("filmcatalogue-written-").FullName;

    /// <param name="record">The text of the record numbered from 1 to <paramref name="count"/>.</param>
    protected WrittenCatalogue(int count, Func<int, string> record)
    {
        ArgumentNullException.ThrowIfNull(record);
        for (var i = 1; i <= count; i++)
        {
            File.WriteAllText(Path.Combine(records, $"{i.ToString("000", CultureInfo.InvariantCulture)}.txt"), record(i));
        }

        Factory = CatalogueFactory.SeededFrom(records);
    }

    public CatalogueFactory Factory { get; }

    public void Dispose()
    {
        Factory.Dispose();
        Directory.Delete(records, recursive: true);
        GC.SuppressFinalize(this);
    }
}

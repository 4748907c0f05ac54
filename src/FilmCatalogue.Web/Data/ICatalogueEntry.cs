namespace FilmCatalogue.Web.Data;

/// <summary>What films, people, organisations and festivals share: an address, a version and a date of change.</summary>
public interface ICatalogueEntry
{
    int Id { get; }

    string Slug { get; set; }

    /// <summary>Changed on every save; a save from a stale form is refused instead of overwriting.</summary>
    Guid Version { get; set; }

    DateTime UpdatedAt { get; set; }
}

namespace FilmCatalogue.Web.Data;

public sealed class Festival : ICatalogueEntry
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }

    /// <summary>Folded name and country: the same event named in two records is one festival.</summary>
    public required string Key { get; set; }

    public string? City { get; set; }
    public int? CountryId { get; set; }
    public Country? Country { get; set; }

    /// <summary>How many films the festival selected, in all its editions: kept by the database, as a person's count is.</summary>
    public int FilmCount { get; private set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; }

    public List<Selection> Selections { get; set; } = [];
    public List<Award> Awards { get; set; } = [];
}

/// <summary>A film selected at a festival or event in a year.</summary>
public sealed class Selection
{
    public int Id { get; set; }
    public int FilmId { get; set; }
    public Film Film { get; set; } = null!;
    public int FestivalId { get; set; }
    public Festival Festival { get; set; } = null!;

    /// <summary>The city as this record writes it; a touring event may name another one.</summary>
    public string? City { get; set; }

    public int? Year { get; set; }
    public int Position { get; set; }
}

public sealed class Award
{
    public int Id { get; set; }
    public int FilmId { get; set; }
    public Film Film { get; set; } = null!;

    /// <summary>"Best documentary"; null when the record's text could not be split into category and event.</summary>
    public string? Category { get; set; }

    /// <summary>The event's name, or the award's whole text when it could not be split.</summary>
    public required string EventName { get; set; }

    public int? FestivalId { get; set; }
    public Festival? Festival { get; set; }
    public string? City { get; set; }
    public string? CountryName { get; set; }
    public int? Year { get; set; }
    public int Position { get; set; }
}

namespace FilmCatalogue.Web.Data;

public sealed class Person : ICatalogueEntry
{
    public int Id { get; set; }
    public required string Slug { get; set; }

    /// <summary>The Latin-script name first seen, given names first and the family name in capitals.</summary>
    public required string Name { get; set; }

    /// <summary>The name in its original script, when known ("Сергей ЛОЗНИЦА").</summary>
    public string? OriginalName { get; set; }

    /// <summary>Folded original-script name: one person wherever it appears, whatever the Latin spelling.</summary>
    public string? OriginalNameKey { get; set; }

    /// <summary>The A–Z index letter of the Latin name's family name.</summary>
    public required string IndexLetter { get; set; }

    /// <summary>The family name, then the given names, folded: the order of the Latin index.</summary>
    public required string SortKey { get; set; }

    /// <summary>The letter of the original-script family name, for the index in that script (Cyrillic А–Я).</summary>
    public string? OriginalIndexLetter { get; set; }

    public string? OriginalSortKey { get; set; }

    /// <summary>
    /// How many films credit the person, in any role: kept by the database's own triggers on Credits, whatever writes
    /// them (import, editor, merge, restore, a film's deletion), and never written by the app.
    /// </summary>
    public int FilmCount { get; private set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; }

    public List<PersonName> Names { get; set; } = [];
    public List<Credit> Credits { get; set; } = [];
}

/// <summary>Every spelling under which the person has been credited.</summary>
public sealed class PersonName
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public required string Name { get; set; }
    public required string Key { get; set; }
    public string? Script { get; set; }
}

public sealed class Organisation : ICatalogueEntry
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string Key { get; set; }

    /// <summary>How many films credit the organisation, in any role: kept by the database, as a person's is.</summary>
    public int FilmCount { get; private set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; }
    public List<Credit> Credits { get; set; } = [];
}

/// <summary>A film's credit of a person or an organisation in a role, in the order the record gives.</summary>
public sealed class Credit
{
    public int Id { get; set; }
    public int FilmId { get; set; }
    public Film Film { get; set; } = null!;
    public required string Role { get; set; }
    public int Position { get; set; }

    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    /// <summary>The name as this film credits it: spellings differ between records of one person.</summary>
    public required string CreditedAs { get; set; }

    public string? CreditedAsOriginal { get; set; }
    public string? Character { get; set; }
}

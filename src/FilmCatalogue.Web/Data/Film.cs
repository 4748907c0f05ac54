namespace FilmCatalogue.Web.Data;

public sealed class Film : ICatalogueEntry
{
    public int Id { get; set; }
    public required string Slug { get; set; }

    /// <summary>The main title, also kept among <see cref="Titles"/>: lists sort and show it without a join.</summary>
    public required string Title { get; set; }

    /// <summary>Folded main title (<c>TextFolding.IdentityKey</c>): with the year, how a re-imported record finds its film.</summary>
    public required string TitleKey { get; set; }

    /// <summary>The A–Z index letter: the first letter or digit of the transliterated title, upper case; '#' otherwise.</summary>
    public required string IndexLetter { get; set; }

    public int? Year { get; set; }
    public int? DurationMinutes { get; set; }
    public string? Colour { get; set; }
    public string? SynopsisMarkdown { get; set; }
    public string? SynopsisSource { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Set when a curator edits the film: from then on a re-import never overwrites it.</summary>
    public DateTime? CuratorEditedAt { get; set; }

    /// <summary>Changed on every save; a save from a stale form is refused instead of overwriting.</summary>
    public Guid Version { get; set; }

    public List<FilmTitle> Titles { get; set; } = [];
    public List<FilmCountry> Countries { get; set; } = [];
    public List<FilmGenre> Genres { get; set; } = [];
    public List<Credit> Credits { get; set; } = [];
    public List<Award> Awards { get; set; } = [];
    public List<Selection> Selections { get; set; } = [];
    public List<BibliographyEntry> Bibliography { get; set; } = [];
    public List<Edition> Editions { get; set; } = [];
    public List<MediaItem> Media { get; set; } = [];
    public List<FilmNote> Notes { get; set; } = [];
    public List<FilmImage> Images { get; set; } = [];
}

public enum TitleKind
{
    Main,
    Alternative,

    /// <summary>An alternative title in a non-Latin script: the film's title in its own language.</summary>
    OriginalScript,
}

public sealed class FilmTitle
{
    public int Id { get; set; }
    public int FilmId { get; set; }
    public required string Text { get; set; }
    public TitleKind Kind { get; set; }

    /// <summary>ISO 15924 code ("Latn", "Cyrl"), detected from the letters.</summary>
    public string? Script { get; set; }

    /// <summary>BCP 47 language tag when known or inferred from the script ("ru" for Cyrillic); null for Latin text.</summary>
    public string? Language { get; set; }

    public int Position { get; set; }
}

public sealed class Country
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
}

public sealed class FilmCountry
{
    public int FilmId { get; set; }
    public int CountryId { get; set; }
    public Country Country { get; set; } = null!;
    public int Position { get; set; }
}

public sealed class Genre
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
}

public sealed class FilmGenre
{
    public int FilmId { get; set; }
    public int GenreId { get; set; }
    public Genre Genre { get; set; } = null!;
    public int Position { get; set; }
}

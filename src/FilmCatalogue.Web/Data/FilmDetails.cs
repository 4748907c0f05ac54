namespace FilmCatalogue.Web.Data;

public sealed class BibliographyEntry
{
    public int Id { get; set; }
    public int FilmId { get; set; }
    public required string Title { get; set; }
    public string? Author { get; set; }
    public string? Publication { get; set; }
    public int? Year { get; set; }
    public int Position { get; set; }
}

/// <summary>A home-video edition (DVD, Blu-ray) with its extras.</summary>
public sealed class Edition
{
    public int Id { get; set; }
    public int FilmId { get; set; }

    /// <summary>The line that opens the edition in the record, e.g. "DVD with subtitles".</summary>
    public required string Heading { get; set; }

    public string? Publisher { get; set; }
    public int? Year { get; set; }
    public string? Title { get; set; }
    public string? Extras { get; set; }
    public int Position { get; set; }
}

/// <summary>A still, poster or video: a file name or URL with an optional caption.</summary>
public sealed class MediaItem
{
    public int Id { get; set; }
    public int FilmId { get; set; }
    public required string Location { get; set; }
    public string? Caption { get; set; }
    public int Position { get; set; }
}

/// <summary>A section of a record under a heading the format does not know, kept as written.</summary>
public sealed class FilmNote
{
    public int Id { get; set; }
    public int FilmId { get; set; }
    public required string Heading { get; set; }
    public required string Text { get; set; }
    public int Position { get; set; }
}

/// <summary>A record the importer has read, by its canonical content hash: a record seen once is not imported again.</summary>
public sealed class ImportedRecord
{
    public int Id { get; set; }
    public required string ContentHash { get; set; }

    /// <summary>The hash of the file's bytes: the same file imported again is known without reading it (null for records imported before it was kept).</summary>
    public string? FileHash { get; set; }

    public required string SourceName { get; set; }
    public int? FilmId { get; set; }
    public DateTime ImportedAt { get; set; }

    /// <summary>The reader's and importer's warnings, one a line, for curators to review.</summary>
    public string? Warnings { get; set; }
}

namespace FilmCatalogue.Web.Data;

/// <summary>The catalogue entries that have a history, an admin editor and a public page.</summary>
public enum EntryKind
{
    Film,
    Person,
    Organisation,
    Festival,
}

public enum RevisionAction
{
    Created,
    Updated,
    Deleted,
}

/// <summary>
/// One change to one entry: who made it and when, which fields went from what to what, and the whole entry as it
/// stood after the change (before it, for a deletion), so that any revision can be restored. Written by
/// <see cref="FilmCatalogue.Web.History.HistoryRecorder"/> in the transaction of the change itself.
/// </summary>
public sealed class Revision
{
    public int Id { get; set; }
    public EntryKind EntryKind { get; set; }
    public int EntryId { get; set; }
    public RevisionAction Action { get; set; }

    /// <summary>What the change was, when more than an edit: "Imported from hedgehog.txt", "Restored revision 12".</summary>
    public string? Note { get; set; }

    /// <summary>The entry's name when the change was made, for lists that outlive the entry.</summary>
    public required string EntryName { get; set; }

    /// <summary>The curator's account id; null for the importer run from the command line or at start.</summary>
    public string? CuratorId { get; set; }

    public string? CuratorEmail { get; set; }
    public DateTime At { get; set; }

    /// <summary>JSON list of <see cref="FilmCatalogue.Web.History.FieldChange"/>.</summary>
    public required string ChangesJson { get; set; }

    /// <summary>
    /// The entry's snapshot (<see cref="FilmCatalogue.Web.History.FilmSnapshot"/> and the others) as JSON, compressed
    /// (see <see cref="FilmCatalogue.Web.History.Snapshots.Pack"/>): the largest thing the catalogue stores.
    /// </summary>
    public required byte[] Snapshot { get; set; }
}

/// <summary>
/// An address an entry answered to before: a slug a curator changed, or the slug of an entry merged into another.
/// The public pages answer an unknown slug found here with a permanent redirect to the entry's address today.
/// </summary>
public sealed class SlugRedirect
{
    public int Id { get; set; }
    public EntryKind EntryKind { get; set; }
    public required string OldSlug { get; set; }
    public int EntryId { get; set; }
    public DateTime CreatedAt { get; set; }
}

using System.Globalization;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using FilmCatalogue.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.History;

/// <summary>
/// An entry as a curator sees it, without database ids of its own rows: what a revision stores, what a restore puts
/// back, and what two versions are compared by. Links to other entries keep their id and their name, so that a
/// restore finds the entry again by name when the id is gone (merged or deleted).
/// </summary>
public abstract record EntrySnapshot
{
    public required string Slug { get; init; }

    public abstract string DisplayName { get; }

    /// <summary>The fields in the order an editor shows them; a collection is one field with one line per row.</summary>
    public abstract IReadOnlyList<SnapshotField> Fields();
}

/// <summary>A field of a snapshot: a value, or the lines of a collection's rows.</summary>
public sealed record SnapshotField(string Name, string? Value, IReadOnlyList<string>? Rows = null)
{
    public static SnapshotField Of(string name, string? value) => new(name, string.IsNullOrEmpty(value) ? null : value);

    public static SnapshotField Of(string name, int? value) => new(name, value?.ToString(CultureInfo.InvariantCulture));

    public static SnapshotField List(string name, IEnumerable<string> rows) => new(name, null, [.. rows]);
}

public sealed record FilmSnapshot : EntrySnapshot
{
    public required string Title { get; init; }
    public string? TitleLanguage { get; init; }
    public int? Year { get; init; }
    public int? DurationMinutes { get; init; }
    public string? Colour { get; init; }
    public string? SynopsisMarkdown { get; init; }
    public string? SynopsisSource { get; init; }
    public IReadOnlyList<TitleSnapshot> Titles { get; init; } = [];
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<string> Genres { get; init; } = [];
    public IReadOnlyList<CreditSnapshot> Credits { get; init; } = [];
    public IReadOnlyList<AwardSnapshot> Awards { get; init; } = [];
    public IReadOnlyList<SelectionSnapshot> Selections { get; init; } = [];
    public IReadOnlyList<BibliographySnapshot> Bibliography { get; init; } = [];
    public IReadOnlyList<EditionSnapshot> Editions { get; init; } = [];
    public IReadOnlyList<MediaSnapshot> Media { get; init; } = [];
    public IReadOnlyList<NoteSnapshot> Notes { get; init; } = [];

    public override string DisplayName => Year is null ? Title : $"{Title} ({Year.Value.ToString(CultureInfo.InvariantCulture)})";

    public override IReadOnlyList<SnapshotField> Fields() =>
    [
        SnapshotField.Of("Title", Title),
        SnapshotField.Of("Title language", TitleLanguage),
        SnapshotField.Of("Address", Slug),
        SnapshotField.Of("Year", Year),
        SnapshotField.Of("Running time (minutes)", DurationMinutes),
        SnapshotField.Of("Colour", Colour),
        SnapshotField.List("Other titles", Titles.Select(t => t.ToString())),
        SnapshotField.List("Countries", Countries),
        SnapshotField.List("Genres", Genres),
        SnapshotField.Of("Synopsis", SynopsisMarkdown),
        SnapshotField.Of("Synopsis source", SynopsisSource),
        SnapshotField.List("Credits", Credits.Select(c => c.ToString())),
        SnapshotField.List("Awards", Awards.Select(a => a.ToString())),
        SnapshotField.List("Festival selections", Selections.Select(s => s.ToString())),
        SnapshotField.List("Bibliography", Bibliography.Select(b => b.ToString())),
        SnapshotField.List("Editions", Editions.Select(e => e.ToString())),
        SnapshotField.List("Media", Media.Select(m => m.ToString())),
        SnapshotField.List("Notes", Notes.Select(n => n.ToString())),
    ];
}

public sealed record TitleSnapshot(string Text, TitleKind Kind, string? Language)
{
    public override string ToString() => $"{Text} ({Kind switch { TitleKind.OriginalScript => "original script", _ => "alternative" }}{(Language is null ? "" : ", " + Language)})";
}

/// <param name="PersonId">The person credited, or null for an organisation.</param>
public sealed record CreditSnapshot(string Role, string CreditedAs, string? CreditedAsOriginal, string? Character, int? PersonId, int? OrganisationId)
{
    public override string ToString() =>
        $"{Role}: {CreditedAs}{(CreditedAsOriginal is null ? "" : $" ({CreditedAsOriginal})")}{(Character is null ? "" : $" [{Character}]")}";
}

public sealed record AwardSnapshot(string? Category, string EventName, int? FestivalId, string? City, string? CountryName, int? Year)
{
    public override string ToString() => Join(Category is null ? EventName : $"{Category}, {EventName}", City, CountryName, Year);

    internal static string Join(string what, string? city, string? country, int? year) =>
        string.Join(", ", new[] { what, city, country, year?.ToString(CultureInfo.InvariantCulture) }.Where(s => !string.IsNullOrEmpty(s)));
}

/// <param name="FestivalName">The festival's name and country then: a restore finds it by them when the id is gone.</param>
public sealed record SelectionSnapshot(int FestivalId, string FestivalName, string? FestivalCountry, string? City, int? Year)
{
    public override string ToString() => AwardSnapshot.Join(FestivalName, City, FestivalCountry, Year);
}

public sealed record BibliographySnapshot(string Title, string? Author, string? Publication, int? Year)
{
    public override string ToString() => AwardSnapshot.Join(Title, Author, Publication, Year);
}

public sealed record EditionSnapshot(string Heading, string? Publisher, int? Year, string? Title, string? Extras)
{
    public override string ToString() =>
        AwardSnapshot.Join(Heading, Publisher, Title, Year) + (Extras is null ? "" : $" — {Extras.ReplaceLineEndings(" / ")}");
}

public sealed record MediaSnapshot(string Location, string? Caption)
{
    public override string ToString() => Caption is null ? Location : $"{Location} ({Caption})";
}

public sealed record NoteSnapshot(string Heading, string Text)
{
    public override string ToString() => $"{Heading}: {Text.ReplaceLineEndings(" / ")}";
}

public sealed record PersonSnapshot : EntrySnapshot
{
    public required string Name { get; init; }
    public string? OriginalName { get; init; }

    /// <summary>Every spelling the person is credited under, in the order they were first met.</summary>
    public IReadOnlyList<string> Spellings { get; init; } = [];

    public override string DisplayName => Name;

    public override IReadOnlyList<SnapshotField> Fields() =>
    [
        SnapshotField.Of("Name", Name),
        SnapshotField.Of("Name in the original script", OriginalName),
        SnapshotField.Of("Address", Slug),
        SnapshotField.List("Spellings", Spellings),
    ];
}

public sealed record OrganisationSnapshot : EntrySnapshot
{
    public required string Name { get; init; }

    public override string DisplayName => Name;

    public override IReadOnlyList<SnapshotField> Fields() =>
    [
        SnapshotField.Of("Name", Name),
        SnapshotField.Of("Address", Slug),
    ];
}

public sealed record FestivalSnapshot : EntrySnapshot
{
    public required string Name { get; init; }
    public string? City { get; init; }
    public string? Country { get; init; }

    public override string DisplayName => Country is null ? Name : $"{Name} ({Country})";

    public override IReadOnlyList<SnapshotField> Fields() =>
    [
        SnapshotField.Of("Name", Name),
        SnapshotField.Of("City", City),
        SnapshotField.Of("Country", Country),
        SnapshotField.Of("Address", Slug),
    ];
}

/// <summary>Reads entries as snapshots, and keeps snapshots as JSON.</summary>
public static class Snapshots
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Names in any script are kept as written (a Cyrillic letter is two bytes, not a six-byte escape); what HTML
        // would read as markup is still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// The snapshot as a revision keeps it: its UTF-8 JSON, zlib-compressed (a film's is about 2.9 KB as JSON, 1.3 KB
    /// compressed, and revisions are most of what an import writes).
    /// </summary>
    public static byte[] Pack(EntrySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.Fastest))
        {
            JsonSerializer.Serialize(zlib, snapshot, snapshot.GetType(), Json);
        }

        return packed.ToArray();
    }

    /// <summary>
    /// A snapshot as <see cref="Pack"/> keeps it; revisions written before snapshots were compressed hold the plain
    /// UTF-8 JSON, which begins with '{' where zlib's data begins with 0x78.
    /// </summary>
    public static EntrySnapshot Unpack(EntryKind kind, byte[] packed)
    {
        ArgumentNullException.ThrowIfNull(packed);
        using var stored = new MemoryStream(packed, writable: false);
        using Stream json = packed is [(byte)'{', ..] ? stored : new ZLibStream(stored, CompressionMode.Decompress);
        return kind switch
        {
            EntryKind.Film => JsonSerializer.Deserialize<FilmSnapshot>(json, Json)!,
            EntryKind.Person => JsonSerializer.Deserialize<PersonSnapshot>(json, Json)!,
            EntryKind.Organisation => JsonSerializer.Deserialize<OrganisationSnapshot>(json, Json)!,
            EntryKind.Festival => JsonSerializer.Deserialize<FestivalSnapshot>(json, Json)!,
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    public static string ChangesToJson(IReadOnlyList<FieldChange> changes) => JsonSerializer.Serialize(changes, Json);

    public static IReadOnlyList<FieldChange> ChangesFromJson(string json) =>
        JsonSerializer.Deserialize<List<FieldChange>>(json, Json) ?? [];

    /// <summary>
    /// What a revision changed. A revision that created its entry keeps no list of changes (every field is one, and
    /// its snapshot holds them all): they are read from the snapshot, which halves what an import of new films writes.
    /// </summary>
    public static IReadOnlyList<FieldChange> ChangesOf(Revision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return revision.Action == RevisionAction.Created
            ? SnapshotDiff.Changes(null, Unpack(revision.EntryKind, revision.Snapshot))
            : ChangesFromJson(revision.ChangesJson);
    }

    /// <summary>The entry as the database holds it now (inside the caller's transaction), or null when there is none.</summary>
    public static async Task<EntrySnapshot?> LoadAsync(CatalogueDbContext db, EntryKind kind, int id, CancellationToken cancellationToken) => kind switch
    {
        EntryKind.Film => await LoadFilmAsync(db, id, cancellationToken),
        EntryKind.Person => await db.People.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PersonSnapshot
            {
                Slug = p.Slug,
                Name = p.Name,
                OriginalName = p.OriginalName,
                Spellings = p.Names.OrderBy(n => n.Id).Select(n => n.Name).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken),
        EntryKind.Organisation => await db.Organisations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OrganisationSnapshot { Slug = o.Slug, Name = o.Name })
            .FirstOrDefaultAsync(cancellationToken),
        EntryKind.Festival => await db.Festivals.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new FestivalSnapshot { Slug = f.Slug, Name = f.Name, City = f.City, Country = f.Country == null ? null : f.Country.Name })
            .FirstOrDefaultAsync(cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static Task<FilmSnapshot?> LoadFilmAsync(CatalogueDbContext db, int id, CancellationToken cancellationToken) =>
        db.Films.AsNoTracking().AsSplitQuery().Where(f => f.Id == id)
            .Select(f => new FilmSnapshot
            {
                Slug = f.Slug,
                Title = f.Title,
                TitleLanguage = f.Titles.Where(t => t.Kind == TitleKind.Main).Select(t => t.Language).FirstOrDefault(),
                Year = f.Year,
                DurationMinutes = f.DurationMinutes,
                Colour = f.Colour,
                SynopsisMarkdown = f.SynopsisMarkdown,
                SynopsisSource = f.SynopsisSource,
                Titles = f.Titles.Where(t => t.Kind != TitleKind.Main).OrderBy(t => t.Position).ThenBy(t => t.Id)
                    .Select(t => new TitleSnapshot(t.Text, t.Kind, t.Language)).ToList(),
                Countries = f.Countries.OrderBy(c => c.Position).Select(c => c.Country.Name).ToList(),
                Genres = f.Genres.OrderBy(g => g.Position).Select(g => g.Genre.Name).ToList(),
                Credits = f.Credits.OrderBy(c => c.Position).ThenBy(c => c.Id)
                    .Select(c => new CreditSnapshot(c.Role, c.CreditedAs, c.CreditedAsOriginal, c.Character, c.PersonId, c.OrganisationId)).ToList(),
                Awards = f.Awards.OrderBy(a => a.Position).ThenBy(a => a.Id)
                    .Select(a => new AwardSnapshot(a.Category, a.EventName, a.FestivalId, a.City, a.CountryName, a.Year)).ToList(),
                Selections = f.Selections.OrderBy(s => s.Position).ThenBy(s => s.Id)
                    .Select(s => new SelectionSnapshot(s.FestivalId, s.Festival.Name, s.Festival.Country == null ? null : s.Festival.Country.Name, s.City, s.Year)).ToList(),
                Bibliography = f.Bibliography.OrderBy(b => b.Position).ThenBy(b => b.Id)
                    .Select(b => new BibliographySnapshot(b.Title, b.Author, b.Publication, b.Year)).ToList(),
                Editions = f.Editions.OrderBy(e => e.Position).ThenBy(e => e.Id)
                    .Select(e => new EditionSnapshot(e.Heading, e.Publisher, e.Year, e.Title, e.Extras)).ToList(),
                Media = f.Media.OrderBy(m => m.Position).ThenBy(m => m.Id).Select(m => new MediaSnapshot(m.Location, m.Caption)).ToList(),
                Notes = f.Notes.OrderBy(n => n.Position).ThenBy(n => n.Id).Select(n => new NoteSnapshot(n.Heading, n.Text)).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
}

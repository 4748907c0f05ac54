using System.ComponentModel.DataAnnotations;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.History;
using FilmCatalogue.Web.Localization;
using Microsoft.Extensions.Localization;

namespace FilmCatalogue.Web.Areas.Admin.Models;

/// <summary>
/// The film editor's form: the film's fields and one list of rows per collection. A row left wholly blank is
/// ignored on save, so a curator can leave a freshly added row empty.
/// </summary>
public sealed class FilmInput : IVersionedInput
{
    /// <summary>The film's version when the form was loaded: a save from an older form is refused.</summary>
    public Guid Version { get; set; }

    [Required(ErrorMessage = "A film needs its main title.")]
    [StringLength(300)]
    [Display(Name = "Main title")]
    public string? Title { get; set; }

    [StringLength(35)]
    [RegularExpression("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", ErrorMessage = "A language tag such as fr, ru or uk.")]
    [Display(Name = "Language of the main title")]
    public string? TitleLanguage { get; set; }

    [StringLength(Search.Slug.MaxLength)]
    [RegularExpression(SlugPattern.Pattern, ErrorMessage = SlugPattern.Message)]
    [Display(Name = "Address (left empty: made from the title)")]
    public string? Slug { get; set; }

    [Range(1870, 2100, ErrorMessage = "A year between 1870 and 2100.")]
    public int? Year { get; set; }

    [Range(1, 6000, ErrorMessage = "Minutes: a whole number from 1 to 6000.")]
    [Display(Name = "Running time (minutes)")]
    public int? DurationMinutes { get; set; }

    [StringLength(100)]
    public string? Colour { get; set; }

    [StringLength(1000)]
    [Display(Name = "Countries (separated by commas)")]
    public string? Countries { get; set; }

    [StringLength(1000)]
    [Display(Name = "Genres (separated by commas)")]
    public string? Genres { get; set; }

    [StringLength(20000)]
    [Display(Name = "Synopsis (Markdown)")]
    public string? SynopsisMarkdown { get; set; }

    [StringLength(300)]
    [Display(Name = "Synopsis source")]
    public string? SynopsisSource { get; set; }

    public List<TitleInput> Titles { get; set; } = [];
    public List<CreditInput> Credits { get; set; } = [];
    public List<AwardInput> Awards { get; set; } = [];
    public List<SelectionInput> Selections { get; set; } = [];
    public List<BibliographyInput> Bibliography { get; set; } = [];
    public List<EditionInput> Editions { get; set; } = [];
    public List<MediaInput> Media { get; set; } = [];
    public List<NoteInput> Notes { get; set; } = [];

    public static FilmInput From(FilmSnapshot film, Guid version) => new()
    {
        Version = version,
        Title = film.Title,
        TitleLanguage = film.TitleLanguage,
        Slug = film.Slug,
        Year = film.Year,
        DurationMinutes = film.DurationMinutes,
        Colour = film.Colour,
        Countries = string.Join(", ", film.Countries),
        Genres = string.Join(", ", film.Genres),
        SynopsisMarkdown = film.SynopsisMarkdown,
        SynopsisSource = film.SynopsisSource,
        Titles = [.. film.Titles.Select(t => new TitleInput { Text = t.Text, Kind = t.Kind, Language = t.Language })],
        Credits = [.. film.Credits.Select(c => new CreditInput
        {
            Role = c.Role,
            Name = c.CreditedAs,
            OriginalName = c.CreditedAsOriginal,
            Character = c.Character,
            Kind = c.OrganisationId is null ? CreditKind.Person : CreditKind.Organisation,
            Link = c.PersonId is { } person ? CreditInput.PersonLink(person) : c.OrganisationId is { } organisation ? CreditInput.OrganisationLink(organisation) : null,
        })],
        Awards = [.. film.Awards.Select(a => new AwardInput
        {
            Category = a.Category, EventName = a.EventName, FestivalId = a.FestivalId, City = a.City, CountryName = a.CountryName, Year = a.Year,
        })],
        Selections = [.. film.Selections.Select(s => new SelectionInput
        {
            FestivalId = s.FestivalId, FestivalName = s.FestivalName, FestivalCountry = s.FestivalCountry, City = s.City, Year = s.Year,
        })],
        Bibliography = [.. film.Bibliography.Select(b => new BibliographyInput { Title = b.Title, Author = b.Author, Publication = b.Publication, Year = b.Year })],
        Editions = [.. film.Editions.Select(e => new EditionInput { Heading = e.Heading, Publisher = e.Publisher, Year = e.Year, Title = e.Title, Extras = e.Extras })],
        Media = [.. film.Media.Select(m => new MediaInput { Location = m.Location, Caption = m.Caption })],
        Notes = [.. film.Notes.Select(n => new NoteInput { Heading = n.Heading, Text = n.Text })],
    };

    /// <summary>The form as a snapshot, to show a curator their unsaved version beside the saved one.</summary>
    public FilmSnapshot ToSnapshot(string currentSlug) => new()
    {
        Slug = string.IsNullOrWhiteSpace(Slug) ? currentSlug : Slug.Trim(),
        Title = Title?.Trim() ?? "",
        TitleLanguage = Clean(TitleLanguage),
        Year = Year,
        DurationMinutes = DurationMinutes,
        Colour = Clean(Colour),
        SynopsisMarkdown = Clean(SynopsisMarkdown),
        SynopsisSource = Clean(SynopsisSource),
        Titles = [.. Titles.Where(r => !r.IsBlank).Select(t => new TitleSnapshot(t.Text?.Trim() ?? "", t.Kind ?? TitleKind.Alternative, Clean(t.Language)))],
        Countries = SplitList(Countries),
        Genres = SplitList(Genres),
        Credits = [.. Credits.Where(r => !r.IsBlank).Select(c => new CreditSnapshot(c.Role?.Trim() ?? "", c.Name?.Trim() ?? "", Clean(c.OriginalName), Clean(c.Character), null, null))],
        Awards = [.. Awards.Where(r => !r.IsBlank).Select(a => new AwardSnapshot(Clean(a.Category), a.EventName?.Trim() ?? "", a.FestivalId, Clean(a.City), Clean(a.CountryName), a.Year))],
        Selections = [.. Selections.Where(r => !r.IsBlank).Select(s => new SelectionSnapshot(s.FestivalId ?? 0, s.FestivalName?.Trim() ?? "", Clean(s.FestivalCountry), Clean(s.City), s.Year))],
        Bibliography = [.. Bibliography.Where(r => !r.IsBlank).Select(b => new BibliographySnapshot(b.Title?.Trim() ?? "", Clean(b.Author), Clean(b.Publication), b.Year))],
        Editions = [.. Editions.Where(r => !r.IsBlank).Select(e => new EditionSnapshot(e.Heading?.Trim() ?? "", Clean(e.Publisher), e.Year, Clean(e.Title), Clean(e.Extras)))],
        Media = [.. Media.Where(r => !r.IsBlank).Select(m => new MediaSnapshot(m.Location?.Trim() ?? "", Clean(m.Caption)))],
        Notes = [.. Notes.Where(r => !r.IsBlank).Select(n => new NoteSnapshot(n.Heading?.Trim() ?? "", n.Text?.Trim() ?? ""))],
    };

    /// <summary>
    /// Adds, removes or moves up a row, as a row button asks ("add:Credits", "remove:Credits:2", "up:Credits:2").
    /// Returns false for anything else.
    /// </summary>
    public bool ApplyRowCommand(string? command)
    {
        var parts = (command ?? "").Split(':');
        if (parts.Length is < 2 or > 3 || (parts.Length == 3 && !int.TryParse(parts[2], System.Globalization.CultureInfo.InvariantCulture, out _)))
        {
            return false;
        }

        var index = parts.Length == 3 ? int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) : -1;
        return parts[1] switch
        {
            nameof(Titles) => Rows.Apply(Titles, parts[0], index),
            nameof(Credits) => Rows.Apply(Credits, parts[0], index),
            nameof(Awards) => Rows.Apply(Awards, parts[0], index),
            nameof(Selections) => Rows.Apply(Selections, parts[0], index),
            nameof(Bibliography) => Rows.Apply(Bibliography, parts[0], index),
            nameof(Editions) => Rows.Apply(Editions, parts[0], index),
            nameof(Media) => Rows.Apply(Media, parts[0], index),
            nameof(Notes) => Rows.Apply(Notes, parts[0], index),
            _ => false,
        };
    }

    public static IReadOnlyList<string> SplitList(string? text) =>
        [.. (text ?? "").Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>What every editor's form carries: the entry's version when it was loaded, and its address.</summary>
public interface IVersionedInput
{
    Guid Version { get; set; }

    string? Slug { get; set; }
}

internal static class Rows
{
    public static bool Apply<T>(List<T> rows, string action, int index)
        where T : new()
    {
        switch (action)
        {
            case "add":
                rows.Add(new T());
                return true;
            case "remove" when index >= 0 && index < rows.Count:
                rows.RemoveAt(index);
                return true;
            case "up" when index > 0 && index < rows.Count:
                (rows[index - 1], rows[index]) = (rows[index], rows[index - 1]);
                return true;
            default:
                return false;
        }
    }

    public static bool Blank(params object?[] values) =>
        values.All(v => v is null || (v is string s && string.IsNullOrWhiteSpace(s)));

    /// <summary>A row's message in the interface's language: MVC's validation context carries the request's services.</summary>
    public static string Translate(this ValidationContext context, string message) =>
        context.GetService(typeof(IStringLocalizer<InterfaceText>)) is IStringLocalizer text ? text[message] : message;
}

public sealed class TitleInput : IValidatableObject
{
    [StringLength(300)]
    [Display(Name = "Title")]
    public string? Text { get; set; }

    /// <summary>Empty: told from the title's letters, as the importer does.</summary>
    [Display(Name = "Kind")]
    public TitleKind? Kind { get; set; }

    [StringLength(35)]
    [RegularExpression("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", ErrorMessage = "A language tag such as fr, ru or uk.")]
    [Display(Name = "Language")]
    public string? Language { get; set; }

    internal bool IsBlank => Rows.Blank(Text, Language);

    /// <summary>A row left wholly blank is no row: only a row with something in it must be complete.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsBlank)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            yield return new ValidationResult(validationContext.Translate("Write the title, or remove the row."), [nameof(Text)]);
        }
    }
}

public enum CreditKind
{
    Person,
    Organisation,
}

public sealed class CreditInput : IValidatableObject
{
    [StringLength(100)]
    public string? Role { get; set; }

    [StringLength(300)]
    [Display(Name = "Name as credited")]
    public string? Name { get; set; }

    [StringLength(300)]
    [Display(Name = "Name in the original script")]
    public string? OriginalName { get; set; }

    [StringLength(300)]
    public string? Character { get; set; }

    [Display(Name = "Person or organisation")]
    public CreditKind? Kind { get; set; }

    /// <summary>"person:12" or "organisation:7": who the credit links to. Empty: found (or added) by the name on save.</summary>
    [Display(Name = "Links to")]
    public string? Link { get; set; }

    internal bool IsBlank => Rows.Blank(Role, Name, OriginalName, Character);

    public static string PersonLink(int id) => $"person:{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static string OrganisationLink(int id) => $"organisation:{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    internal int? LinkedId(CreditKind kind)
    {
        var prefix = kind == CreditKind.Person ? "person:" : "organisation:";
        return Link is { } link && link.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(link.AsSpan(prefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    /// <summary>A row left wholly blank is no row: only a row with something in it must be complete.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsBlank)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Role))
        {
            yield return new ValidationResult(validationContext.Translate("Say the role (Directed by, Cast, Production…)."), [nameof(Role)]);
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return new ValidationResult(validationContext.Translate("Write the name as the film credits it."), [nameof(Name)]);
        }
    }
}

public sealed class AwardInput : IValidatableObject
{
    [StringLength(300)]
    public string? Category { get; set; }

    [StringLength(300)]
    [Display(Name = "Festival or event")]
    public string? EventName { get; set; }

    /// <summary>The festival the award links to: kept while the event's name and country still name it.</summary>
    public int? FestivalId { get; set; }

    [StringLength(100)]
    public string? City { get; set; }

    [StringLength(100)]
    [Display(Name = "Country")]
    public string? CountryName { get; set; }

    [Range(1870, 2100, ErrorMessage = "A year between 1870 and 2100.")]
    public int? Year { get; set; }

    internal bool IsBlank => Rows.Blank(Category, EventName, City, CountryName, Year);

    /// <summary>A row left wholly blank is no row: only a row with something in it must be complete.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsBlank)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(EventName))
        {
            yield return new ValidationResult(validationContext.Translate("Name the festival or event."), [nameof(EventName)]);
        }
    }
}

public sealed class SelectionInput : IValidatableObject
{
    /// <summary>The festival the selection links to: kept while the name and country still name it.</summary>
    public int? FestivalId { get; set; }

    [StringLength(300)]
    [Display(Name = "Festival or event")]
    public string? FestivalName { get; set; }

    [StringLength(100)]
    [Display(Name = "Festival's country")]
    public string? FestivalCountry { get; set; }

    [StringLength(100)]
    public string? City { get; set; }

    [Range(1870, 2100, ErrorMessage = "A year between 1870 and 2100.")]
    public int? Year { get; set; }

    internal bool IsBlank => Rows.Blank(FestivalName, FestivalCountry, City, Year);

    /// <summary>A row left wholly blank is no row: only a row with something in it must be complete.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsBlank)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(FestivalName))
        {
            yield return new ValidationResult(validationContext.Translate("Name the festival or event."), [nameof(FestivalName)]);
        }
    }
}

public sealed class BibliographyInput : IValidatableObject
{
    [StringLength(500)]
    public string? Title { get; set; }

    [StringLength(300)]
    public string? Author { get; set; }

    [StringLength(300)]
    public string? Publication { get; set; }

    [Range(1800, 2100, ErrorMessage = "A year between 1800 and 2100.")]
    public int? Year { get; set; }

    internal bool IsBlank => Rows.Blank(Title, Author, Publication, Year);

    /// <summary>A row left wholly blank is no row: only a row with something in it must be complete.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsBlank)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Title))
        {
            yield return new ValidationResult(validationContext.Translate("Write the title, or remove the row."), [nameof(Title)]);
        }
    }
}

public sealed class EditionInput : IValidatableObject
{
    [StringLength(300)]
    [Display(Name = "Edition")]
    public string? Heading { get; set; }

    [StringLength(300)]
    public string? Publisher { get; set; }

    [Range(1900, 2100, ErrorMessage = "A year between 1900 and 2100.")]
    public int? Year { get; set; }

    [StringLength(300)]
    public string? Title { get; set; }

    [StringLength(4000)]
    [Display(Name = "Extras (one a line)")]
    public string? Extras { get; set; }

    internal bool IsBlank => Rows.Blank(Heading, Publisher, Year, Title, Extras);

    /// <summary>A row left wholly blank is no row: only a row with something in it must be complete.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsBlank)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Heading))
        {
            yield return new ValidationResult(validationContext.Translate("Say what the edition is (DVD, Blu-ray…)."), [nameof(Heading)]);
        }
    }
}

public sealed class MediaInput : IValidatableObject
{
    [StringLength(1000)]
    [Display(Name = "File or address")]
    public string? Location { get; set; }

    [StringLength(500)]
    public string? Caption { get; set; }

    internal bool IsBlank => Rows.Blank(Location, Caption);

    /// <summary>A row left wholly blank is no row: only a row with something in it must be complete.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsBlank)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Location))
        {
            yield return new ValidationResult(validationContext.Translate("A file name or web address."), [nameof(Location)]);
        }
    }
}

public sealed class NoteInput : IValidatableObject
{
    [StringLength(200)]
    public string? Heading { get; set; }

    [StringLength(10000)]
    public string? Text { get; set; }

    internal bool IsBlank => Rows.Blank(Heading, Text);

    /// <summary>A row left wholly blank is no row: only a row with something in it must be complete.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsBlank)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Heading))
        {
            yield return new ValidationResult(validationContext.Translate("Give the note a heading."), [nameof(Heading)]);
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            yield return new ValidationResult(validationContext.Translate("Write the note, or remove the row."), [nameof(Text)]);
        }
    }
}

public sealed class PersonInput : IVersionedInput
{
    public Guid Version { get; set; }

    [Required(ErrorMessage = "A person needs a name.")]
    [StringLength(300)]
    [Display(Name = "Name (given names, then the family name in capitals)")]
    public string? Name { get; set; }

    [StringLength(300)]
    [Display(Name = "Name in the original script")]
    public string? OriginalName { get; set; }

    [StringLength(Search.Slug.MaxLength)]
    [RegularExpression(SlugPattern.Pattern, ErrorMessage = SlugPattern.Message)]
    [Display(Name = "Address (left empty: made from the name)")]
    public string? Slug { get; set; }

    [StringLength(10000)]
    [Display(Name = "Other spellings, one a line")]
    public string? Spellings { get; set; }

    public static PersonInput From(PersonSnapshot person, Guid version) => new()
    {
        Version = version,
        Name = person.Name,
        OriginalName = person.OriginalName,
        Slug = person.Slug,
        Spellings = string.Join("\n", person.Spellings),
    };

    public PersonSnapshot ToSnapshot(string currentSlug) => new()
    {
        Slug = string.IsNullOrWhiteSpace(Slug) ? currentSlug : Slug.Trim(),
        Name = Name?.Trim() ?? "",
        OriginalName = FilmInput.Clean(OriginalName),
        Spellings = SpellingList(),
    };

    public IReadOnlyList<string> SpellingList() =>
        [.. (Spellings ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
}

public sealed class OrganisationInput : IVersionedInput
{
    public Guid Version { get; set; }

    [Required(ErrorMessage = "An organisation needs a name.")]
    [StringLength(300)]
    public string? Name { get; set; }

    [StringLength(Search.Slug.MaxLength)]
    [RegularExpression(SlugPattern.Pattern, ErrorMessage = SlugPattern.Message)]
    [Display(Name = "Address (left empty: made from the name)")]
    public string? Slug { get; set; }

    public static OrganisationInput From(OrganisationSnapshot organisation, Guid version) =>
        new() { Version = version, Name = organisation.Name, Slug = organisation.Slug };

    public OrganisationSnapshot ToSnapshot(string currentSlug) => new()
    {
        Slug = string.IsNullOrWhiteSpace(Slug) ? currentSlug : Slug.Trim(),
        Name = Name?.Trim() ?? "",
    };
}

public sealed class FestivalInput : IVersionedInput
{
    public Guid Version { get; set; }

    [Required(ErrorMessage = "A festival needs a name.")]
    [StringLength(300)]
    public string? Name { get; set; }

    [StringLength(100)]
    public string? City { get; set; }

    [StringLength(100)]
    public string? Country { get; set; }

    [StringLength(Search.Slug.MaxLength)]
    [RegularExpression(SlugPattern.Pattern, ErrorMessage = SlugPattern.Message)]
    [Display(Name = "Address (left empty: made from the name)")]
    public string? Slug { get; set; }

    public static FestivalInput From(FestivalSnapshot festival, Guid version) =>
        new() { Version = version, Name = festival.Name, City = festival.City, Country = festival.Country, Slug = festival.Slug };

    public FestivalSnapshot ToSnapshot(string currentSlug) => new()
    {
        Slug = string.IsNullOrWhiteSpace(Slug) ? currentSlug : Slug.Trim(),
        Name = Name?.Trim() ?? "",
        City = FilmInput.Clean(City),
        Country = FilmInput.Clean(Country),
    };
}

internal static class SlugPattern
{
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public const string Message = "Lower-case letters and digits, words joined by hyphens: le-siege-2018.";
}

/// <summary>The page of an entry's editor: the form, and what the page shows around it.</summary>
public sealed class EditorPage<TInput>
    where TInput : class
{
    public required TInput Input { get; init; }

    /// <summary>The entry's id; null for a new one.</summary>
    public int? Id { get; init; }

    public string? PublicUrl { get; init; }

    /// <summary>When the save was refused because someone else saved first: the fields in which the two differ.</summary>
    public IReadOnlyList<FieldComparison>? Conflict { get; init; }

    /// <summary>The synopsis as the public page will show it, when the curator asked for a preview.</summary>
    public string? PreviewHtml { get; init; }

    /// <summary>Names of the entries the form's rows link to ("person:12" → "Jane DOE").</summary>
    public IReadOnlyDictionary<string, string> LinkNames { get; init; } = new Dictionary<string, string>();

    /// <summary>For a credit row whose name fits several people: who it may be, by row.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<KeyValuePair<string, string>>> Candidates { get; init; } = new Dictionary<int, IReadOnlyList<KeyValuePair<string, string>>>();
}

/// <summary>The words and addresses of each kind of entry, as the admin's pages say them.</summary>
public static class EntryKinds
{
    /// <summary>
    /// A phrase about an entry of <paramref name="kind"/>, in the interface's language: one key per kind, since
    /// French and Russian nouns have genders and cases that a noun slotted into one sentence would get wrong.
    /// </summary>
    public static string ForKind(this IStringLocalizer text, EntryKind kind, string film, string person, string organisation, string festival)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[kind switch
        {
            EntryKind.Film => film,
            EntryKind.Person => person,
            EntryKind.Organisation => organisation,
            _ => festival,
        }];
    }

    /// <summary>A field of a snapshot ("Title", "Credits (order)") as the history and conflict tables label it.</summary>
    public static string FieldName(this IStringLocalizer text, string field)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(field);
        const string Order = " (order)";
        return field.EndsWith(Order, StringComparison.Ordinal) ? text["{0} (order)", text[field[..^Order.Length]]] : text[field];
    }

    /// <summary>The admin's and the public site's path segment: "films", "people".</summary>
    public static string Segment(EntryKind kind) => kind switch
    {
        EntryKind.Film => "films",
        EntryKind.Person => "people",
        EntryKind.Organisation => "organisations",
        _ => "festivals",
    };

    public static EntryKind? FromSegment(string segment) => segment switch
    {
        "films" => EntryKind.Film,
        "people" => EntryKind.Person,
        "organisations" => EntryKind.Organisation,
        "festivals" => EntryKind.Festival,
        _ => null,
    };
}

public sealed record EntryRow(int Id, string Name, string? Detail, string PublicUrl, DateTime UpdatedAt);

public sealed class EntryListPage
{
    public required EntryKind Kind { get; init; }
    public string? Query { get; init; }
    public IReadOnlyList<EntryRow> Rows { get; init; } = [];
}

/// <summary>The confirmation before a deletion: what goes with the entry, or why it cannot go.</summary>
public sealed class DeletePage
{
    public required EntryKind Kind { get; init; }
    public required int Id { get; init; }
    public required string Name { get; init; }
    public Guid Version { get; init; }
    public required string PublicUrl { get; init; }
    public IReadOnlyList<string> Consequences { get; init; } = [];
    public IReadOnlyList<string> Remains { get; init; } = [];

    /// <summary>Why the entry cannot be deleted; null when it can.</summary>
    public string? Refusal { get; init; }

    /// <summary>What holds the entry back (the films crediting a person), each with its page.</summary>
    public IReadOnlyList<EntryLink> HeldBy { get; init; } = [];

    public string? MergeUrl { get; init; }
}

public sealed record MergeSide(int Id, string Name, Guid Version, string PublicUrl, IReadOnlyList<string> Details);

/// <summary>Two entries side by side, the curator choosing the one that stays; or, with one, a search for the other.</summary>
public sealed class MergePage
{
    public required EntryKind Kind { get; init; }
    public required MergeSide First { get; init; }
    public MergeSide? Second { get; init; }
    public string? Query { get; init; }
    public IReadOnlyList<EntryRow> Matches { get; init; } = [];
    public MergeInput Input { get; init; } = new();
}

public sealed class MergeInput
{
    public int First { get; set; }
    public int Second { get; set; }
    public Guid FirstVersion { get; set; }
    public Guid SecondVersion { get; set; }

    [Required(ErrorMessage = "Choose the entry that stays.")]
    [Display(Name = "Which one stays")]
    public int? Survivor { get; set; }
}

public sealed class RevisionView
{
    public required int Id { get; init; }
    public required EntryKind Kind { get; init; }
    public required int EntryId { get; init; }
    public required string EntryName { get; init; }
    public required RevisionAction Action { get; init; }
    public string? Note { get; init; }

    /// <summary>The curator's email; null for changes made without a signed-in curator (the importer's).</summary>
    public string? Who { get; init; }

    public DateTime At { get; init; }
    public IReadOnlyList<FieldChange> Changes { get; init; } = [];

    public string HistoryUrl => $"/admin/{EntryKinds.Segment(Kind)}/{EntryId}/history";

    /// <summary>"created", "updated", "deleted", in the interface's language.</summary>
    public string ActionText(IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[Action switch
        {
            RevisionAction.Created => "created",
            RevisionAction.Updated => "updated",
            _ => "deleted",
        }];
    }

    public static RevisionView Of(Revision revision) => new()
    {
        Id = revision.Id,
        Kind = revision.EntryKind,
        EntryId = revision.EntryId,
        EntryName = revision.EntryName,
        Action = revision.Action,
        Note = revision.Note,
        Who = revision.CuratorEmail,
        At = revision.At,
        Changes = Snapshots.ChangesOf(revision),
    };
}

public sealed class HistoryPage
{
    public required EntryKind Kind { get; init; }
    public required int EntryId { get; init; }
    public required string Name { get; init; }

    /// <summary>The entry's version now; null when the entry is deleted (a restore brings it back).</summary>
    public Guid? CurrentVersion { get; init; }

    public string? PublicUrl { get; init; }
    public IReadOnlyList<RevisionView> Revisions { get; init; } = [];
}

public sealed class ChangesPage
{
    /// <summary>The deleted entries rather than the latest changes.</summary>
    public bool Deleted { get; init; }

    public IReadOnlyList<RevisionView> Revisions { get; init; } = [];
}

public sealed class ImportInput
{
    [Display(Name = "Paste a record")]
    public string? Text { get; set; }

    [Display(Name = "Or choose a record file")]
    public IFormFile? File { get; set; }
}

/// <summary>The record shown in the preview, carried to the import exactly as it was read.</summary>
public sealed class ImportCommitInput
{
    [Required]
    public string? SourceName { get; set; }

    /// <summary>The record's bytes in base64: what was previewed is what is imported, line ends and all.</summary>
    [Required]
    public string? Content { get; set; }
}

public sealed class ImportPage
{
    public ImportInput Input { get; init; } = new();
    public Editing.ImportPreview? Preview { get; init; }
    public ImportCommitInput? Commit { get; init; }
    public Importing.ImportOutcome? Outcome { get; init; }
    public int MaxKilobytes { get; init; }
}

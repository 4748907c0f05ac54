using System.ComponentModel.DataAnnotations;

namespace FilmCatalogue.Web.Areas.Admin.Models;

public sealed class DashboardPage
{
    public int FilmCount { get; init; }
    public int PersonCount { get; init; }
    public int OrganisationCount { get; init; }
    public int FestivalCount { get; init; }
    public IReadOnlyList<ImportRow> RecentImports { get; init; } = [];
    public int RecordsWithWarningsCount { get; init; }
    public IReadOnlyList<ImportRow> RecordsWithWarnings { get; init; } = [];
    public IReadOnlyList<DuplicatePair> PersonDuplicates { get; init; } = [];
    public IReadOnlyList<DuplicatePair> FestivalDuplicates { get; init; } = [];
}

public sealed class ImportRow
{
    public required string SourceName { get; init; }
    public DateTime ImportedAt { get; init; }
    public string? FilmTitle { get; init; }
    public string? FilmSlug { get; init; }
    public string? Warnings { get; init; }

    public IEnumerable<string> WarningLines =>
        (Warnings ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A catalogue entry named and linked: "/people/sergei-loznitsa".</summary>
public sealed record EntryLink(int Id, string Name, string Url);

public sealed record DuplicatePair(EntryLink First, EntryLink Second);

public sealed class CuratorsPage
{
    public IReadOnlyList<CuratorRow> Curators { get; init; } = [];
    public string CurrentId { get; init; } = "";
}

public sealed class CuratorRow
{
    public required string Id { get; init; }
    public required string Email { get; init; }
    public bool IsCurator { get; init; }
    public bool IsAdministrator { get; init; }
    public bool TwoFactorEnabled { get; init; }
    public DateTimeOffset? LockoutEnd { get; init; }
    public DateTime CreatedAt { get; init; }

    public bool IsLocked(DateTimeOffset now) => LockoutEnd > now;

    /// <summary>Locked by an administrator (until further notice), rather than for a while after failed sign-ins.</summary>
    public bool IsLockedByAdministrator => LockoutEnd == DateTimeOffset.MaxValue;
}

public sealed class AddCuratorInput
{
    [Required]
    [EmailAddress]
    public string Email { get; set; } = "";

    [Required]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Required]
    [DataType(DataType.Password)]
    [Display(Name = "Password again")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    public string ConfirmPassword { get; set; } = "";

    [Display(Name = "Administrator: may also manage curators")]
    public bool IsAdministrator { get; set; }
}

using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace FilmCatalogue.Web.Areas.Admin.Editing;

/// <summary>
/// The derived fields of entries (keys, index letters, sort keys), kept as the importer keeps them so that an
/// edited entry is found, sorted and indexed like an imported one; where the indexes file an entry is
/// <see cref="Filing"/>'s, for both.
/// </summary>
public static class EntryRules
{
    public static void SetTitle(Film film, string title)
    {
        film.Title = title;
        film.TitleKey = TextFolding.IdentityKey(title);
        film.IndexLetter = Filing.IndexLetter(title);
    }

    public static void SetName(Person person, string name)
    {
        person.Name = name;
        (person.IndexLetter, person.SortKey) = Filing.Name(name);
        AddSpelling(person, name);
    }

    public static void SetOriginalName(Person person, string? originalName)
    {
        person.OriginalName = originalName;
        if (originalName is null)
        {
            person.OriginalNameKey = null;
            person.OriginalIndexLetter = null;
            person.OriginalSortKey = null;
            return;
        }

        person.OriginalNameKey = TextFolding.IdentityKey(originalName);
        (person.OriginalIndexLetter, person.OriginalSortKey) = Filing.OriginalName(originalName);
        AddSpelling(person, originalName);
    }

    /// <summary>Keeps a spelling of the person's name; the same letters in other capitals are not a new spelling.</summary>
    public static void AddSpelling(Person person, string name)
    {
        var key = TextFolding.IdentityKey(name);
        if (!person.Names.Any(n => n.Key == key))
        {
            person.Names.Add(new PersonName { Name = name, Key = key, Script = ScriptDetector.Detect(name) });
        }
    }

    public static string OrganisationKey(string name) => TextFolding.IdentityKey(name);

    public static string FestivalKey(string name, string? country) =>
        TextFolding.IdentityKey(name) + "|" + TextFolding.IdentityKey(country ?? "");

    /// <summary>A slug no other entry of the set uses (nor one of <paramref name="pending"/>): the base, or base-2, base-3…</summary>
    public static async Task<string> UniqueSlugAsync<T>(IQueryable<T> set, string baseSlug, int? exceptId, ISet<string>? pending, CancellationToken cancellationToken)
        where T : class
    {
        var taken = await set
            .Where(e => exceptId == null || EF.Property<int>(e, "Id") != exceptId)
            .Select(e => EF.Property<string>(e, "Slug"))
            .Where(s => s == baseSlug || s.StartsWith(baseSlug + "-"))
            .ToListAsync(cancellationToken);
        var takenSet = taken.ToHashSet(StringComparer.Ordinal);
        var slug = Slug.Unique(baseSlug, s => takenSet.Contains(s) || (pending?.Contains(s) ?? false));
        pending?.Add(slug);
        return slug;
    }

    public static async Task<Country> CountryAsync(CatalogueDbContext db, string name, CancellationToken cancellationToken)
    {
        var slug = Slug.From(name);
        var country = db.Countries.Local.FirstOrDefault(c => c.Slug == slug)
            ?? await db.Countries.FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (country is null)
        {
            country = new Country { Name = name, Slug = slug };
            db.Countries.Add(country);
        }

        return country;
    }

    public static async Task<Genre> GenreAsync(CatalogueDbContext db, string name, CancellationToken cancellationToken)
    {
        var slug = Slug.From(name);
        var genre = db.Genres.Local.FirstOrDefault(g => g.Slug == slug)
            ?? await db.Genres.FirstOrDefaultAsync(g => g.Slug == slug, cancellationToken);
        if (genre is null)
        {
            genre = new Genre { Name = name, Slug = slug };
            db.Genres.Add(genre);
        }

        return genre;
    }
}

/// <summary>SQL LIKE patterns for the admin's lists.</summary>
public static class LikePattern
{
    public const string Escape = "\\";

    /// <summary>Matches text that contains <paramref name="text"/> as written (LIKE's own wildcards escaped).</summary>
    public static string Containing(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
    }
}

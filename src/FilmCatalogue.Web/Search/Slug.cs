using System.Globalization;
using System.Text;

namespace FilmCatalogue.Web.Search;

/// <summary>URL slugs: lower-case ASCII words joined by hyphens.</summary>
public static class Slug
{
    public const int MaxLength = 80;

    private const string Fallback = "untitled";

    /// <summary>
    /// "Сергей Лозница" → "sergey-loznitsa", "Le Siège" → "le-siege". Apostrophes are dropped rather than turned into
    /// hyphens ("Don't" → "dont"), as in search. Longer than <see cref="MaxLength"/> is cut at the last hyphen that
    /// fits; a text with nothing left (empty, punctuation, a script the transliteration does not cover) is "untitled".
    /// </summary>
    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var plain = Latin.StripDiacritics(TextFolding.Transliterate(text).ToLowerInvariant());
        var sb = new StringBuilder(plain.Length);
        foreach (var c in plain)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
            }
            else if (!Latin.IsApostrophe(c) && sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = Shorten(sb.ToString().TrimEnd('-'), MaxLength);
        return slug.Length == 0 ? Fallback : slug;
    }

    /// <summary>
    /// <paramref name="baseSlug"/> if it is free, else the first free of base-2, base-3, …; the base is shortened so
    /// that the suffixed slug still fits <see cref="MaxLength"/>.
    /// </summary>
    /// <param name="isTaken">Whether a slug is already in use; called once per candidate, in order.</param>
    public static string Unique(string baseSlug, Func<string, bool> isTaken)
    {
        ArgumentNullException.ThrowIfNull(baseSlug);
        ArgumentNullException.ThrowIfNull(isTaken);

        var stem = string.IsNullOrWhiteSpace(baseSlug) ? Fallback : baseSlug;
        if (!isTaken(stem))
        {
            return stem;
        }

        for (var n = 2; ; n = checked(n + 1))
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            var candidate = Shorten(stem, MaxLength - suffix.Length) + suffix;
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }
    }

    private static string Shorten(string slug, int maxLength)
    {
        if (slug.Length <= maxLength)
        {
            return slug;
        }

        // A hyphen just past the limit means the cut already falls between words.
        var cut = slug[maxLength] == '-' ? maxLength : slug.LastIndexOf('-', maxLength - 1);
        return (cut > 0 ? slug[..cut] : slug[..maxLength]).TrimEnd('-');
    }
}

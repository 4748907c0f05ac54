using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FilmCatalogue.Web.Records;

/// <summary>The pieces of the record format's syntax that the reader and the writer must agree on.</summary>
internal static partial class RecordSyntax
{
    private static readonly SearchValues<char> Brackets = SearchValues.Create("()[]");

    public const string AwardsHeading = "Awards :";
    public const string SynopsisHeading = "Plot synopsis";
    public const string BibliographyHeading = "Commentaries and bibliography";
    public const string SelectionsHeading = "Selected in the following festivals or events :";
    public const string MediaHeading = "Photos and videos";
    public const string SourceLabel = "Source";
    public const string EditorLabel = "Editor";
    public const string TitleMarker = "Titre :";

    public static readonly string[] ColourTerms =
    [
        "Colour", "Color", "Black and white", "Black and white and colour", "Black and white and color",
    ];

    // Labels a record's first credit line can be recognised by before the main title has been
    // seen: any other "X : Y" line in that position is taken as a title that contains a colon.
    private static readonly HashSet<string> KnownRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Directed by", "Director", "Writing credits", "Screenplay", "Script", "Cinematography", "Camera",
        "Sound", "Editing", "Produced by", "Producer", "Production", "Music", "Original music",
        "Art direction", "Cast", "Distribution",
    };

    /// <summary>
    /// Turns every Unicode space into U+0020, collapses runs and trims the ends. Runs are collapsed
    /// because a doubled space is never data in this format (the doc: spaces are "not data"), and the
    /// folded comparisons of events and names need one spelling; the writer never emits a run, so
    /// what it writes reads back unchanged.
    /// </summary>
    public static string Normalise(ReadOnlySpan<char> line)
    {
        if (IsNormal(line))
        {
            return line.ToString();
        }

        var builder = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    // Most lines are already normal: no white space but single spaces between words.
    private static bool IsNormal(ReadOnlySpan<char> line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (char.IsWhiteSpace(line[i]) && (line[i] != ' ' || i == 0 || i == line.Length - 1 || line[i + 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    public static string StripTrailingColon(string line) =>
        line.EndsWith(':') ? line[..^1].TrimEnd() : line;

    public static bool IsColourTerm(string item) => ColourTerm(item) is not null;

    public static bool IsKnownRole(string label) => KnownRoles.Contains(label);

    /// <summary>The known role <paramref name="label"/> is, spelt as this list spells it; null for any other label.</summary>
    public static string? KnownRole(string label) => KnownRoles.TryGetValue(label, out var known) ? known : null;

    /// <summary>The colour term <paramref name="item"/> is, spelt as this list spells it; null for anything else.</summary>
    public static string? ColourTerm(string item) =>
        ColourTerms.FirstOrDefault(term => term.Equals(item, StringComparison.OrdinalIgnoreCase));

    public static bool IsYear(string item) => item.Length == 4 && item.All(char.IsAsciiDigit);

    public static bool IsNumber(string item) => item.Length > 0 && item.All(char.IsAsciiDigit);

    public static bool IsRatingLine(string line) =>
        line.Length > 0 && line.Any(c => c != ' ') && line.All(c => c is ' ' or '▪' or '■' or '★' or '☆');

    /// <summary>
    /// Splits "Label : value" at the first " : ". "Label: value" (no space before the colon) and
    /// "Label :" (nothing after it) are accepted too, as hand-typed records hold both.
    /// </summary>
    public static bool TrySplitLabel(string line, out string label, out string value)
    {
        var at = line.IndexOf(" : ", StringComparison.Ordinal);
        var width = 3;
        if (at < 0)
        {
            at = line.IndexOf(": ", StringComparison.Ordinal);
            width = 2;
        }

        if (at < 0 && line.EndsWith(':'))
        {
            at = line.Length - 1;
            width = 1;
        }

        if (at <= 0)
        {
            label = value = "";
            return false;
        }

        label = line[..at].Trim();
        value = line[(at + width)..].Trim();
        return label.Length > 0;
    }

    public static bool TryParseDuration(string item, out int minutes)
    {
        var match = DurationPattern().Match(item);
        minutes = 0;
        return match.Success && int.TryParse(match.Groups["minutes"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out minutes);
    }

    public static int ParseYear(string item) => int.Parse(item, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>"City (Country)", "(Country)" or "City ()": empty parts are absent.</summary>
    public static bool TryParsePlace(ReadOnlySpan<char> item, out string? city, out string? country)
    {
        city = country = null;
        var open = item.IndexOfAny('(', ')');
        if (open < 0 || item[open] != '(' || item[^1] != ')' || item[(open + 1)..^1].ContainsAny('(', ')'))
        {
            return false;
        }

        city = NullIfEmpty(item[..open].Trim());
        country = NullIfEmpty(item[(open + 1)..^1].Trim());
        return true;
    }

    public static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string? NullIfEmpty(ReadOnlySpan<char> text) => text.IsEmpty ? null : text.ToString();

    /// <summary>
    /// A credited name, "Name (Original) [Character]": the name holds no bracket, the original no bracket either, the
    /// character no square one; a space may stand before each bracket, two before a character without an original.
    /// False when the text is not so, or has no name. The original and the character are trimmed, and absent when empty.
    /// </summary>
    public static bool TryParsePerson(string text, out string name, out string? original, out string? character)
    {
        name = text;
        original = character = null;
        var at = text.AsSpan().IndexOfAny(Brackets);
        int nameEnd;
        if (at < 0)
        {
            nameEnd = SpacesBefore(text, text.Length, most: 2);
            at = text.Length;
        }
        else if (text[at] == '(')
        {
            nameEnd = SpacesBefore(text, at, most: 1);
            var close = text.AsSpan(at + 1).IndexOfAny(Brackets) + at + 1;
            if (close == at || text[close] != ')')
            {
                return false;
            }

            original = NullIfEmpty(text.AsSpan(at + 1, close - at - 1).Trim());
            at = close + 1 < text.Length && text[close + 1] == ' ' ? close + 2 : close + 1;
        }
        else if (text[at] == '[')
        {
            nameEnd = SpacesBefore(text, at, most: 2);
        }
        else
        {
            return false;
        }

        if (at < text.Length)
        {
            if (text[at] != '[' || text[^1] != ']' || text.AsSpan(at + 1, text.Length - at - 2).ContainsAny('[', ']'))
            {
                return false;
            }

            character = NullIfEmpty(text.AsSpan(at + 1, text.Length - at - 2).Trim());
        }

        name = text[..nameEnd];
        return nameEnd > 0;

        static int SpacesBefore(string text, int end, int most)
        {
            var start = end;
            while (start > 0 && end - start < most && text[start - 1] == ' ')
            {
                start--;
            }

            return start;
        }
    }

    /// <summary>Appends "City (Country)", or "(Country)" without a city: the reverse of <see cref="TryParsePlace"/>.</summary>
    public static void WritePlace(string? city, string? country, StringBuilder text)
    {
        var name = city.AsSpan().TrimStart();
        if (!name.IsEmpty)
        {
            text.Append(name).Append(' ');
        }

        text.Append('(').Append(country).Append(')');
    }

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Splits at commas that are not inside ( ) or [ ], as names carry "(Original)" and "[Character]".</summary>
    public static List<string> SplitTopLevel(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ',' when depth == 0:
                    parts.Add(text[start..i].Trim());
                    start = i + 1;
                    break;
                default:
                    break;
            }
        }

        parts.Add(text[start..].Trim());
        return parts;
    }

    [GeneratedRegex(@"^(?<minutes>\d{1,4}) ?(?:mn|mns|min|mins|minutes)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    // "Titre :" as the seed writes it, or "Title :"; only where a word starts, so "Les Titres" is no marker.
    [GeneratedRegex(@"(?:^|(?<= ))(?:Titre|Title) ?: ?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TitleMarkerPattern();
}

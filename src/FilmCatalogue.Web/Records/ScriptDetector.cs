using System.Text;

namespace FilmCatalogue.Web.Records;

/// <summary>
/// Tells which writing system a piece of text is in, so that a title or a name in parentheses
/// can be recognised as the original-script form (docs/record-format.md, "Header" and "Credits").
/// </summary>
public static class ScriptDetector
{
    // Block ranges rather than a full Unicode Script property table: .NET exposes no script
    // property, and the catalogue only needs the scripts film records are written in.
    // Ordered by likelihood so that the common Latin and Cyrillic letters are found first.
    private static readonly (int First, int Last, string Script)[] Ranges =
    [
        (0x0041, 0x024F, "Latn"),
        (0x0250, 0x02AF, "Latn"),
        (0x1E00, 0x1EFF, "Latn"),
        (0x0400, 0x052F, "Cyrl"),
        (0x1C80, 0x1C8F, "Cyrl"),
        (0x2DE0, 0x2DFF, "Cyrl"),
        (0xA640, 0xA69F, "Cyrl"),
        (0x0370, 0x03FF, "Grek"),
        (0x1F00, 0x1FFF, "Grek"),
        (0x0530, 0x058F, "Armn"),
        (0xFB13, 0xFB17, "Armn"),
        (0x10A0, 0x10FF, "Geor"),
        (0x1C90, 0x1CBF, "Geor"),
        (0x2D00, 0x2D2F, "Geor"),
        (0x0590, 0x05FF, "Hebr"),
        (0xFB1D, 0xFB4F, "Hebr"),
        (0x0600, 0x06FF, "Arab"),
        (0x0750, 0x077F, "Arab"),
        (0x08A0, 0x08FF, "Arab"),
        (0xFB50, 0xFDFF, "Arab"),
        (0xFE70, 0xFEFF, "Arab"),
        (0x0900, 0x097F, "Deva"),
        (0x0980, 0x09FF, "Beng"),
        (0x0E00, 0x0E7F, "Thai"),
        (0x1200, 0x139F, "Ethi"),
        (0x3040, 0x309F, "Hira"),
        (0x30A0, 0x30FF, "Kana"),
        (0x31F0, 0x31FF, "Kana"),
        (0x1100, 0x11FF, "Hang"),
        (0x3130, 0x318F, "Hang"),
        (0xAC00, 0xD7AF, "Hang"),
        (0x3400, 0x4DBF, "Hani"),
        (0x4E00, 0x9FFF, "Hani"),
        (0xF900, 0xFAFF, "Hani"),
        (0x20000, 0x3FFFF, "Hani"),
        (0x2C60, 0x2C7F, "Latn"),
        (0xA720, 0xA7FF, "Latn"),
        (0xAB30, 0xAB6F, "Latn"),
        (0xFF21, 0xFF3A, "Latn"),
        (0xFF41, 0xFF5A, "Latn"),
    ];

    /// <summary>Letters of a script the table does not know ("Zzzz" is ISO 15924's code for an unknown script).</summary>
    private const string Unknown = "Zzzz";

    /// <returns>The ISO 15924 code of the script most of the letters are in; null when there is no letter.
    /// A tie goes to the script met first.</returns>
    public static string? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune))
            {
                continue;
            }

            var script = ScriptOf(rune.Value);
            if (counts.TryGetValue(script, out var count))
            {
                counts[script] = count + 1;
            }
            else
            {
                counts[script] = 1;
                order.Add(script);
            }
        }

        string? dominant = null;
        foreach (var script in order)
        {
            if (dominant is null || counts[script] > counts[dominant])
            {
                dominant = script;
            }
        }

        return dominant;
    }

    /// <returns>True when no letter of the text is in a script other than Latin (text without letters included).</returns>
    public static bool IsLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetter(rune) && ScriptOf(rune.Value) != "Latn")
            {
                return false;
            }
        }

        return true;
    }

    private static string ScriptOf(int codePoint)
    {
        foreach (var (first, last, script) in Ranges)
        {
            if (codePoint >= first && codePoint <= last)
            {
                return script;
            }
        }

        return Unknown;
    }
}

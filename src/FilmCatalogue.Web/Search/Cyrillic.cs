using System.Text;

namespace FilmCatalogue.Web.Search;

/// <summary>
/// The Cyrillic → Latin table: a simplified BGN/PCGN-style scheme, chosen because it is the spelling English-language
/// sources (and most users typing a query) already use: "Сергей Лозница" → "Sergey Loznitsa".
/// </summary>
internal static class Cyrillic
{
    private const char First = '\u0400';
    private const char Last = '\u04FF';

    // Indexed by (lower-case letter - First); null means "not a letter this scheme knows", which passes through.
    private static readonly string?[] Table = BuildTable();

    /// <summary>
    /// Transliterates the covered Cyrillic letters of <paramref name="s"/>, copying everything else. A capital that
    /// becomes several letters is written in capitals when a neighbouring letter is a capital (ЩУКИН → SHCHUKIN) and
    /// title-cased otherwise (Щукин → Shchukin).
    /// </summary>
    /// <param name="yoAsYe">Whether ё is written as е would be: search treats them as one letter.</param>
    public static string Transliterate(string s, bool yoAsYe)
    {
        StringBuilder? sb = null;
        var wordIsUkrainianOrBelarusian = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (!IsLetter(s, i - 1) && IsLetter(s, i))
            {
                wordIsUkrainianOrBelarusian = HasUkrainianOrBelarusianLetter(s, i);
            }

            var lower = char.ToLowerInvariant(c);
            var latin = ToLatin(lower, yoAsYe, wordIsUkrainianOrBelarusian, atWordStart: !IsLetter(s, i - 1));
            if (latin is null)
            {
                sb?.Append(c);
                continue;
            }

            sb ??= new StringBuilder(s.Length + 8).Append(s, 0, i);
            if (c == lower || latin.Length == 0)
            {
                sb.Append(latin);
            }
            else if (latin.Length == 1 || IsCapital(s, i + 1) || (!IsLetter(s, i + 1) && IsCapital(s, i - 1)))
            {
                sb.Append(latin.ToUpperInvariant());
            }
            else
            {
                sb.Append(char.ToUpperInvariant(latin[0])).Append(latin, 1, latin.Length - 1);
            }
        }

        return sb?.ToString() ?? s;
    }

    private static string? ToLatin(char lower, bool yoAsYe, bool ukrainianOrBelarusian, bool atWordStart)
    {
        if (lower is < First or > Last)
        {
            return null;
        }

        // A word spelt with і, ї, є, ґ or ў is not Russian, so г and и take their Ukrainian/Belarusian values
        // (Київ → Kyiv, Григорій → Hryhoriy) and ї is "i" inside a word, as in the Ukrainian national scheme.
        return lower switch
        {
            'ё' when yoAsYe => "e",
            'г' when ukrainianOrBelarusian => "h",
            'и' when ukrainianOrBelarusian => "y",
            'ї' when !atWordStart => "i",
            _ => Table[lower - First],
        };
    }

    private static bool HasUkrainianOrBelarusianLetter(string s, int wordStart)
    {
        for (var i = wordStart; i < s.Length && (char.IsLetter(s[i]) || Latin.IsApostrophe(s[i])); i++)
        {
            if (char.ToLowerInvariant(s[i]) is 'і' or 'ї' or 'є' or 'ґ' or 'ў')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLetter(string s, int index) => index >= 0 && index < s.Length && char.IsLetter(s[index]);

    private static bool IsCapital(string s, int index) => IsLetter(s, index) && char.IsUpper(s[index]);

    private static string?[] BuildTable()
    {
        var table = new string?[Last - First + 1];
        void Set(char c, string latin) => table[c - First] = latin;

        // Russian.
        Set('а', "a"); Set('б', "b"); Set('в', "v"); Set('г', "g"); Set('д', "d"); Set('е', "e"); Set('ё', "yo");
        Set('ж', "zh"); Set('з', "z"); Set('и', "i"); Set('й', "y"); Set('к', "k"); Set('л', "l"); Set('м', "m");
        Set('н', "n"); Set('о', "o"); Set('п', "p"); Set('р', "r"); Set('с', "s"); Set('т', "t"); Set('у', "u");
        Set('ф', "f"); Set('х', "kh"); Set('ц', "ts"); Set('ч', "ch"); Set('ш', "sh"); Set('щ', "shch");
        Set('ъ', ""); Set('ы', "y"); Set('ь', ""); Set('э', "e"); Set('ю', "yu"); Set('я', "ya");

        // Ukrainian and Belarusian; see ToLatin for г and и in their words.
        Set('і', "i"); Set('ї', "yi"); Set('є', "ye"); Set('ґ', "g"); Set('ў', "w");
        return table;
    }
}

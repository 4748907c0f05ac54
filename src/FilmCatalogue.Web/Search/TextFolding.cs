using System.Text;

namespace FilmCatalogue.Web.Search;

/// <summary>
/// Folding of film titles and people's names for identity matching (<see cref="IdentityKey"/>), display
/// transliteration (<see cref="Transliterate"/>) and search (<see cref="SearchTokens"/>).
/// </summary>
public static class TextFolding
{
    /// <summary>
    /// The key under which two credits are the same name: invariant lower case, whitespace runs as one space, trimmed,
    /// ё as е, NFC. Script and diacritics are kept, so "Sergey" and "Сергей" stay apart here; search is what joins them.
    /// Invisible format characters (soft hyphen, zero-width space/joiners, BOM) are dropped: pasted web text carries them.
    /// </summary>
    public static string IdentityKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var lower = ToNfc(text).ToLowerInvariant();
        var key = lower.Length <= 256 ? stackalloc char[lower.Length] : new char[lower.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in lower)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (IsInvisibleFormat(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                key[length++] = ' ';
                pendingSpace = false;
            }

            key[length++] = c == 'ё' ? 'е' : c;
        }

        // A name already in its key's form (most are, once lower-cased) is not copied again.
        return ToNfc(key[..length].SequenceEqual(lower) ? lower : new string(key[..length]));
    }

    /// <summary>
    /// Cyrillic → Latin in the common English style ("Сергей Лозница" → "Sergey Loznitsa"), case kept (ЩУКИН → SHCHUKIN,
    /// Щукин → Shchukin). Words spelt with і, ї, є, ґ or ў read г as h and и as y (Київ → Kyiv). Everything that is not
    /// a covered Cyrillic letter is copied unchanged.
    /// </summary>
    public static string Transliterate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // A й or ё typed as base letter + combining mark must become one letter before the table sees it.
        return Cyrillic.Transliterate(ToNfc(text), yoAsYe: false);
    }

    /// <summary>
    /// The search skeleton of a text: its tokens, in order and with repeats, each transliterated (ё read as е),
    /// lower-cased, stripped of diacritics and rewritten by <see cref="SpellingRules"/>. Tokens are split at
    /// anything that is not a letter or digit, except apostrophes, which are dropped so that "L'Usine" is "lusine"
    /// and "Zhizn'" is "zhizn".
    /// </summary>
    public static IReadOnlyList<string> SearchTokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var plain = Latin.StripDiacritics(Cyrillic.Transliterate(ToNfc(text).ToLowerInvariant(), yoAsYe: true));
        var tokens = new List<string>();
        var token = new StringBuilder();
        Span<char> letter = stackalloc char[2];
        foreach (var rune in plain.EnumerateRunes())
        {
            if (rune.IsBmp && Latin.IsApostrophe((char)rune.Value))
            {
                continue;
            }

            if (Rune.IsLetterOrDigit(rune))
            {
                token.Append(letter[..rune.EncodeToUtf16(letter)]);
                continue;
            }

            Flush();
        }

        Flush();
        return tokens;

        void Flush()
        {
            if (token.Length > 0)
            {
                tokens.Add(SpellingRules.Fold(token.ToString()));
                token.Clear();
            }
        }
    }

    /// <summary>The search tokens joined by single spaces: the text that goes into the full-text index.</summary>
    public static string SearchText(string text) => string.Join(' ', SearchTokens(text));

    /// <summary>
    /// Whether the optimal-string-alignment distance between a and b is at most 1: equal, or one insertion, deletion,
    /// substitution or swap of adjacent characters apart. Compares chars ordinally.
    /// </summary>
    public static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < b.Length)
        {
            return WithinOneEdit(b, a);
        }

        if (a.Length - b.Length > 1)
        {
            return false;
        }

        var i = a.CommonPrefixLength(b);
        if (i == a.Length)
        {
            return true;
        }

        if (a.Length != b.Length)
        {
            return a[(i + 1)..].SequenceEqual(b[i..]);
        }

        if (a[(i + 1)..].SequenceEqual(b[(i + 1)..]))
        {
            return true;
        }

        return i + 1 < a.Length
            && a[i] == b[i + 1]
            && a[i + 1] == b[i]
            && a[(i + 2)..].SequenceEqual(b[(i + 2)..]);
    }

    /// <summary>
    /// A token and each of its one-letter deletions, each once ("abca": abca, bca, aca, aba, abc). Two tokens within one
    /// edit (<see cref="WithinOneEdit"/>) always share a member of their neighbourhoods, so an index of every indexed
    /// token's neighbourhood finds the tokens near a query word through the query word's own (SymSpell); what it finds
    /// is then checked with <see cref="WithinOneEdit"/>, as two deletions can also meet two edits apart. A letter is a
    /// Unicode scalar value, as SQLite's <c>substr</c> counts them.
    /// </summary>
    public static IReadOnlyList<string> DeletionNeighbourhood(string token)
    {
        ArgumentNullException.ThrowIfNull(token);

        var neighbourhood = new List<string>(token.Length + 1) { token };
        var i = 0;
        foreach (var rune in token.EnumerateRunes())
        {
            var deletion = string.Concat(token.AsSpan(0, i), token.AsSpan(i + rune.Utf16SequenceLength));
            if (!neighbourhood.Contains(deletion, StringComparer.Ordinal))
            {
                neighbourhood.Add(deletion);
            }

            i += rune.Utf16SequenceLength;
        }

        return neighbourhood;
    }

    private static string ToNfc(string s) =>
        s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);

    private static bool IsInvisibleFormat(char c) =>
        c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';
}

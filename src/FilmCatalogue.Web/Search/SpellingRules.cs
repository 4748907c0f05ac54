using System.Buffers;

namespace FilmCatalogue.Web.Search;

/// <summary>
/// Rewrites one lower-case, diacritic-free token to its spelling skeleton so that the usual English, French, German,
/// Polish/Czech and scientific transliterations of a Russian name meet the one <see cref="Cyrillic"/> produces.
/// </summary>
/// <remarks>
/// <para>A hand-written, single left-to-right pass with at most four characters of look-ahead, then a pass that
/// collapses doubled letters; linear in the token, no regular expressions. The rules, in the order they are tried
/// at each position (first match wins):</para>
/// <code>
///  tsch, tzch, tch → ch     (German, French, English ч)        cz → ch   (Polish ч)
///  szcz → shch              (Polish щ)                         sch → sh  (German ш)
///  ch → ch, kh → kh         (kept whole so the h is not touched)
///  ck → k                   c before a e i y or at the end → ts (Polish/Czech ц: Loznica); any other c → k (Victor)
///  tz → ts                  ph → f     x → ks     w → v
///  h not after c s z k t → kh   (Hutsiev = Khutsiev)
///  ou → u                   (French: Iouri, Tchoukhraï)
///  gu before e i y → g      (French: Sergueï, Guerman)
///  j before i → zh          (French ж: Jizn)
///  yo at the start, yo/jo after a consonant → e   (ё is е: Yolka = Ёлка, Pyotr = Пётр, Fjodor = Фёдор)
///  ye/je/ie at the start or after a vowel → e      (Yelena, Jewgeni, Ievgueni, Dostoyevsky, Andreyev)
///  y, j → i                 (Yuriy, Juri, Sergej, Tarkovskij, Yakov/Jakov/Iakov)
///  then doubled letters → one   (ii of -skii/-iy, Kirill/Kiril, Loznitsa's tts); digits are never collapsed
/// </code>
/// <para>The whole is repeated until nothing changes (in practice one extra pass that confirms), which is what
/// makes folding idempotent even where one rewrite exposes another (for example "oou" → "ou" → "u").</para>
/// <para>Known misses, accepted because each fix would merge unrelated names: German "ch" for х (Chutsiev), French
/// "ch" for ш and "j" for ж before anything but i (Joukov), German "sch" for ж (Schisn), "io" for ё (Piotr), and English
/// c = k before a vowel (Carmen ≠ Karmen).</para>
/// </remarks>
internal static class SpellingRules
{
    private const int MaxPasses = 4;
    private const int StackLimit = 256;

    public static string Fold(string token)
    {
        var current = token;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var next = FoldOnce(current);
            if (string.Equals(next, current, StringComparison.Ordinal))
            {
                return current;
            }

            current = next;
        }

        return current;
    }

    private static string FoldOnce(string token)
    {
        // Every rule writes at most twice what it reads (c → ts, h → kh, x → ks).
        var capacity = (token.Length * 2) + 4;
        char[]? rented = null;
        var buffer = capacity <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            var length = Rewrite(token, buffer);
            length = CollapseDoubles(buffer[..length]);
            var result = buffer[..length];
            return result.SequenceEqual(token) ? token : new string(result);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static int Rewrite(ReadOnlySpan<char> s, Span<char> output)
    {
        var o = 0;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            var next = At(s, i + 1);
            var prev = i > 0 ? s[i - 1] : '\0';
            switch (c)
            {
                case 't' when Follows(s, i + 1, "sch") || Follows(s, i + 1, "zch"):
                    Emit(output, ref o, ref i, "ch", 4);
                    break;
                case 't' when Follows(s, i + 1, "ch"):
                    Emit(output, ref o, ref i, "ch", 3);
                    break;
                case 't' when next == 'z':
                    Emit(output, ref o, ref i, "ts", 2);
                    break;
                case 's' when Follows(s, i + 1, "zcz"):
                    Emit(output, ref o, ref i, "shch", 4);
                    break;
                case 's' when Follows(s, i + 1, "ch"):
                    Emit(output, ref o, ref i, "sh", 3);
                    break;
                case 'c' when next is 'h' or 'z':
                    Emit(output, ref o, ref i, "ch", 2);
                    break;
                case 'c' when next == 'k':
                    Emit(output, ref o, ref i, "k", 2);
                    break;
                case 'c' when next is 'a' or 'e' or 'i' or 'y' or '\0':
                    Emit(output, ref o, ref i, "ts", 1);
                    break;
                case 'c':
                    Emit(output, ref o, ref i, "k", 1);
                    break;
                case 'k' when next == 'h':
                    Emit(output, ref o, ref i, "kh", 2);
                    break;
                case 'p' when next == 'h':
                    Emit(output, ref o, ref i, "f", 2);
                    break;
                case 'h' when o > 0 && output[o - 1] is 'c' or 's' or 'z' or 'k' or 't':
                    Emit(output, ref o, ref i, "h", 1);
                    break;
                case 'h':
                    Emit(output, ref o, ref i, "kh", 1);
                    break;
                case 'x':
                    Emit(output, ref o, ref i, "ks", 1);
                    break;
                case 'w':
                    Emit(output, ref o, ref i, "v", 1);
                    break;
                case 'o' when next == 'u':
                    Emit(output, ref o, ref i, "u", 2);
                    break;
                case 'g' when next == 'u' && At(s, i + 2) is 'e' or 'i' or 'y':
                    Emit(output, ref o, ref i, "g", 2);
                    break;
                case 'j' when next == 'i':
                    Emit(output, ref o, ref i, "zh", 1);
                    break;
                case 'y' or 'j' when next == 'o' && ((c == 'y' && i == 0) || IsConsonant(prev)):
                    Emit(output, ref o, ref i, "e", 2);
                    break;
                case 'y' or 'j' or 'i' when next == 'e' && (i == 0 || IsVowel(prev)):
                    Emit(output, ref o, ref i, "e", 2);
                    break;
                case 'y' or 'j':
                    Emit(output, ref o, ref i, "i", 1);
                    break;
                default:
                    output[o++] = c;
                    i++;
                    break;
            }
        }

        return o;
    }

    private static void Emit(Span<char> output, ref int o, ref int i, string replacement, int consumed)
    {
        replacement.CopyTo(output[o..]);
        o += replacement.Length;
        i += consumed;
    }

    private static int CollapseDoubles(Span<char> s)
    {
        if (s.IsEmpty)
        {
            return 0;
        }

        var o = 1;
        for (var i = 1; i < s.Length; i++)
        {
            if (s[i] != s[o - 1] || !char.IsLetter(s[i]))
            {
                s[o++] = s[i];
            }
        }

        return o;
    }

    private static char At(ReadOnlySpan<char> s, int index) => index < s.Length ? s[index] : '\0';

    private static bool Follows(ReadOnlySpan<char> s, int index, string text) =>
        s[index..].StartsWith(text, StringComparison.Ordinal);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && !IsVowel(c);
}

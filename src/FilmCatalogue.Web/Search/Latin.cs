using System.Globalization;
using System.Text;

namespace FilmCatalogue.Web.Search;

/// <summary>Reduction of accented and ligature Latin letters to plain ASCII, shared by search folding and slugs.</summary>
internal static class Latin
{
    /// <summary>
    /// Apostrophes and primes are dropped rather than treated as separators: inside a word they mark a soft sign
    /// (Gor'kiy, Zhizn', ISO 9's ʹ) or an elision (L'Usine, Don't), and splitting there would cut a name in two.
    /// </summary>
    public static bool IsApostrophe(char c) =>
        c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02B9' or '\u02BA' or '`' or '\u00B4' or '\u2032';

    /// <summary>
    /// Removes combining marks after canonical decomposition and spells out the letters NFD leaves alone.
    /// Expects lower-case input: the special letters are only listed in their lower-case form.
    /// </summary>
    public static string StripDiacritics(string lower)
    {
        if (Ascii.IsValid(lower))
        {
            return lower;
        }

        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'œ': sb.Append("oe"); break;
                case 'æ': sb.Append("ae"); break;
                case 'ß': sb.Append("ss"); break;
                case 'ł': sb.Append('l'); break;
                case 'đ': sb.Append('d'); break;
                case 'ð': sb.Append('d'); break;
                case 'ø': sb.Append('o'); break;
                case 'ı': sb.Append('i'); break;
                case 'þ': sb.Append("th"); break;
                case 'ħ': sb.Append('h'); break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}

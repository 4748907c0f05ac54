using System.Text;
using CsCheck;
using FilmCatalogue.Tests.Web;

namespace FilmCatalogue.Tests.Records;

/// <summary>
/// Broken records for the reader: the seed and the test records with lines deleted, doubled, swapped,
/// cut or stuffed with hostile text (combining marks, right-to-left text and controls, lone surrogates,
/// control characters, very long lines, runs of blank lines, CR/LF mixes, byte-order marks), as text and as bytes.
/// </summary>
internal static class RecordMutations
{
    /// <summary>Every record file the tests hold, and the reference seed.</summary>
    public static readonly string[] Corpus =
    [
        File.ReadAllText(TestRecords.SeedPath),
        .. new[] { "Records", "Catalogue", "Batch", "Xss" }
            .SelectMany(folder => Directory.EnumerateFiles(TestPaths.Data(folder), "*.txt"))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText),
    ];

    private static Gen<string> Chars(char first, char last, int max) =>
        Gen.Char[first, last].Array[1, max].Select(chars => new string(chars));

    private static Gen<string> Chars(string alphabet, int max) =>
        Gen.Char[alphabet].Array[1, max].Select(chars => new string(chars));

    /// <summary>Short runs of text from the character classes a reader gets wrong.</summary>
    public static readonly Gen<string> HostileText = Gen.Frequency(
        (3, Chars("abcXYZ éàç ", 12)),
        (2, Chars('а', 'я', 8)),
        (2, Chars('\u0300', '\u036F', 6)),                      // combining marks
        (2, Chars('\u05D0', '\u05EA', 6)),                      // Hebrew
        (1, Chars('\u0627', '\u064A', 6)),                      // Arabic
        (2, Chars("\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C", 4)), // bidi controls
        (2, Gen.Int[0x1F300, 0x1FAFF].Array[1, 4].Select(cs => string.Concat(cs.Select(char.ConvertFromUtf32)))), // astral pairs
        (1, Chars('\uD800', '\uDFFF', 2)),                      // lone or swapped surrogates
        (1, Chars('\u0000', '\u001F', 3)),                      // C0 controls, CR and LF among them
        (1, Chars('\u007F', '\u009F', 3)),                      // DEL and C1 controls, NEL among them
        (2, Chars("\u00A0\u1680\u2000\u2007\u200A\u2028\u2029\u202F\u205F\u3000\t\v\f", 4)), // Unicode spaces
        (1, Chars("\uFEFF\u200B\u200C\u200D\u2060\uFFFD\uFFFE\uFFFF", 3)), // BOM, zero-width, non-characters
        (4, Chars(" :,-()[]|.▪■★☆'\"", 6)),                     // the format's own punctuation
        (3, Gen.OneOf(
            "Awards :", "DVD", "DVD zone 2", "Editor : Juste Doc. 2017. Titre : X.", "Titre :", "Plot synopsis", "Source :",
            "Commentaries and bibliography", "Selected in the following festivals or events :", "Photos and videos",
            "- Event, (France), 2023", "- , (), ", "Directed by : ", "Cast : A (Б) [c", "Cast : ] [ ) (", " : ", ": ",
            "▪ ▪ ▪", "Russia, 2005, 52mn", "Colour, drama", "52 min", "0000", "99999999999999999999", ",,,,", "( ( [ [",
            " - ", "x | y", "| ", "Production : ,", "Category Event, City (Country), 2005")),
        (1, Gen.Int[1, 300].Select(n => new string('x', n * 100))),  // a long run
        (1, Gen.Int[1, 50].Select(n => new string('\n', n))));       // blank lines

    private enum Kind
    {
        Delete,
        Duplicate,
        Swap,
        InsertLine,
        ReplaceLine,
        InsertInLine,
        BlankLines,
        LongLine,
        CarriageReturn,
        TrailingSpaces,
        Bom,
        Truncate,
        DuplicateBlock,
        Reverse,
    }

    private sealed record Mutation(Kind Kind, int A, int B, string Text);

    private static readonly Gen<Mutation> AnyMutation =
        from kind in Gen.Enum<Kind>()
        from a in Gen.Int[0, 1 << 20]
        from b in Gen.Int[0, 1 << 20]
        from text in HostileText
        select new Mutation(kind, a, b, text);

    /// <summary>A record of the corpus with a few mutations applied.</summary>
    public static readonly Gen<string> MutatedText =
        from source in Gen.OneOf(Corpus)
        from mutations in AnyMutation.Array[1, 8]
        select mutations.Aggregate(source, Apply);

    /// <summary>A mutated record as UTF-8 (with or without a BOM), then a few bytes flipped, inserted, dropped or cut.</summary>
    public static readonly Gen<byte[]> MutatedBytes =
        from text in MutatedText
        from bom in Gen.Bool
        from edits in Gen.Select(Gen.Int[0, 3], Gen.Int[0, 1 << 20], Gen.Byte, (kind, at, value) => (Kind: kind, At: at, Value: value)).Array[0, 4]
        select edits.Aggregate(
            (bom ? [0xEF, 0xBB, 0xBF] : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(text)).ToList(),
            (bytes, edit) => ApplyByte(bytes, edit.Kind, edit.At, edit.Value)).ToArray();

    private static string Apply(string text, Mutation m)
    {
        var lines = text.Split('\n').ToList();
        var at = m.A % lines.Count;
        var other = m.B % lines.Count;
        switch (m.Kind)
        {
            case Kind.Delete when lines.Count > 1:
                lines.RemoveAt(at);
                break;
            case Kind.Duplicate:
                lines.Insert(at, lines[at]);
                break;
            case Kind.Swap:
                (lines[at], lines[other]) = (lines[other], lines[at]);
                break;
            case Kind.InsertLine:
                lines.Insert(at, m.Text);
                break;
            case Kind.ReplaceLine:
                lines[at] = m.Text;
                break;
            case Kind.InsertInLine:
                lines[at] = lines[at].Insert(m.B % (lines[at].Length + 1), m.Text);
                break;
            case Kind.BlankLines:
                lines.InsertRange(at, Enumerable.Repeat(m.B % 3 == 0 ? " \u00A0\t" : "", 1 + (m.B % 200)));
                break;
            case Kind.LongLine:
                lines[at] = string.Concat(Enumerable.Repeat(lines[at] + m.Text, 1 + (20_000 / (lines[at].Length + m.Text.Length + 1))));
                break;
            case Kind.CarriageReturn:
                // CRLF at the end of the line, or a lone CR inside it.
                lines[at] = m.B % 2 == 0 ? lines[at] + "\r" : lines[at].Insert(m.B % (lines[at].Length + 1), "\r");
                break;
            case Kind.TrailingSpaces:
                lines[at] = "\u2003 " + lines[at] + " \u00A0 ";
                break;
            case Kind.Bom:
                lines[at] = "\uFEFF" + lines[at];
                break;
            case Kind.Truncate:
                lines[at] = lines[at][..(m.B % (lines[at].Length + 1))];
                break;
            case Kind.DuplicateBlock:
                lines.InsertRange(other, lines.Skip(at).Take(1 + (m.B % 10)).ToList());
                break;
            case Kind.Reverse:
                lines.Reverse(Math.Min(at, other), Math.Abs(at - other));
                break;
            default:
                break;
        }

        return string.Join('\n', lines);
    }

    private static List<byte> ApplyByte(List<byte> bytes, int kind, int at, byte value)
    {
        var position = at % (bytes.Count + 1);
        switch (kind)
        {
            case 0 when position < bytes.Count:
                bytes[position] ^= (byte)(value | 1);
                break;
            case 1:
                bytes.Insert(position, value);
                break;
            case 2 when position < bytes.Count:
                bytes.RemoveAt(position);
                break;
            case 3:
                bytes.RemoveRange(position, bytes.Count - position);
                break;
            default:
                break;
        }

        return bytes;
    }
}

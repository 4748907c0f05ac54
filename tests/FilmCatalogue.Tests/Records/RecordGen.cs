using System.Text.RegularExpressions;
using CsCheck;
using FilmCatalogue.Web.Records;

namespace FilmCatalogue.Tests.Records;

/// <summary>
/// Generators of valid film records: every field drawn from what the record format can hold
/// (docs/record-format.md and the remarks on <see cref="RecordReader"/>). Text is Latin or Cyrillic
/// words with the punctuation the format allows where it allows it; what the format cannot represent is
/// never generated: " - " inside an alternative title or a country, ", " inside a credit name, a title
/// that reads as a facts or format line, a line that reads as a heading, an award whose category cannot
/// be told from its event.
/// </summary>
internal static partial class RecordGen
{
    private const string LatinLetters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêëàâäïîôöùûüçñœæøåÉÈÀÇÖÜ";
    private const string CyrillicLetters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ";

    private static readonly string[] Headings =
    [
        "Awards", "Plot synopsis", "Commentaries and bibliography", "Selected in the following festivals or events",
        "Photos and videos",
    ];

    private static readonly string[] ColourTerms =
    [
        "Colour", "Color", "Black and white", "Black and white and colour", "Black and white and color",
    ];

    private static readonly string[] KnownRoles =
    [
        "Directed by", "Writing credits", "Cinematography", "Sound", "Editing", "Produced by", "Production",
        "Music", "Art direction", "Cast", "Distribution",
    ];

    private static Gen<string> Letters(string alphabet, int min, int max) =>
        Gen.Char[alphabet].Array[min, max].Select(chars => new string(chars));

    /// <summary>A word in one script, sometimes with the inner punctuation names and titles carry (l'Usine, St., Vernhes-Lermusiaux).</summary>
    private static readonly Gen<string> LetterWord =
        from letters in Gen.Frequency((3, Letters(LatinLetters, 1, 9)), (2, Letters(CyrillicLetters, 1, 9)))
        from joint in Gen.OneOf("", "", "", "'", "-", ".")
        from more in Letters(LatinLetters, 1, 5)
        from end in Gen.OneOf("", "", "", "", ".", "!", "?", "…")
        select (joint.Length == 0 ? letters : letters + joint + more) + end;

    private static readonly Gen<string> Word = Gen.Frequency(
        (9, LetterWord),
        (1, Gen.Int[0, 9999].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    private static Gen<string> Phrase(Gen<string> word, int min, int max) =>
        word.Array[min, max].Select(words => string.Join(' ', words));

    /// <summary>Words, digits allowed among them: a line of text that is not syntax.</summary>
    private static Gen<string> Text(int min, int max) => Phrase(Word, min, max).Where(IsPlain);

    /// <summary>Letter words only: names, places and anything read from the right of a line.</summary>
    private static Gen<string> Name(int min, int max) => Phrase(LetterWord, min, max).Where(IsPlain);

    /// <summary>Text with the commas and brackets a synopsis, an extra or a bibliography title may hold.</summary>
    private static Gen<string> Prose(int min, int max) =>
        (from parts in Text(1, 4).Array[min, max]
         from joints in Gen.OneOf(", ", " (", ") ", "; ", " « ", " » ", " ").Array[max]
         select string.Join("", parts.Select((part, i) => i == 0 ? part : joints[i] + part)))
        .Where(IsPlain);

    private static Gen<T?> OrNull<T>(Gen<T> gen, int nullWeight = 1)
        where T : class =>
        Gen.Frequency((nullWeight, Gen.Const(default(T))), (2, gen.Select(v => (T?)v)));

    private static Gen<int?> OrNull(Gen<int> gen) =>
        Gen.Frequency((1, Gen.Const(default(int?))), (2, gen.Select(v => (int?)v)));

    private static readonly Gen<int> Year = Gen.Int[1000, 9999];

    private static readonly Gen<CreditRecord> Credit =
        from role in Gen.Frequency((3, Gen.OneOf(KnownRoles)), (1, Name(1, 3)))
        from name in Name(1, 4)
        from original in OrNull(Phrase(Letters(CyrillicLetters, 1, 9), 1, 3))
        from character in OrNull(Text(1, 3), nullWeight: 3)
        select new CreditRecord(role, name, original, character);

    /// <summary>A festival's name: it may hold commas or brackets, but never a tail that reads as a place or a year.</summary>
    private static readonly Gen<string> EventName = Gen.Frequency(
        (4, Name(1, 5)),
        (1, Gen.Select(Name(1, 3), Name(1, 2), (a, b) => $"{a}, {b}")),
        (1, Gen.Select(Name(1, 3), Name(1, 2), (a, b) => $"{a} ({b})")));

    private static readonly Gen<SelectionRecord> Selection =
        from name in EventName
        from city in OrNull(Name(1, 3))
        from country in OrNull(Name(1, 2))
        from year in OrNull(Year)
        select new SelectionRecord(name, city, country, year);

    private static Gen<AwardRecord> Award(IReadOnlyList<string> events) =>
        (from known in events.Count == 0 ? Gen.Const(false) : Gen.Bool
         from category in OrNull(Text(1, 4))
         from unknownEvent in Name(1, 4)
         from knownEvent in events.Count == 0 ? Gen.Const("") : Gen.OneOf([.. events])
         from city in OrNull(Name(1, 2))
         from country in OrNull(Name(1, 2))
         from year in OrNull(Year)
         select known
            ? new AwardRecord(category, knownEvent, city, country, year)
            : new AwardRecord(null, unknownEvent, city, country, year))
        .Where(award => AwardReadsBack(award, events));

    // The reader splits an award at the longest festival of the record that ends its text at a word
    // boundary (docs/record-format.md, Awards); an award reads back only if that is the split it was made with.
    private static bool AwardReadsBack(AwardRecord award, IReadOnlyList<string> events)
    {
        var text = award.Category is null ? award.Event : $"{award.Category} {award.Event}";
        if (award.Event.Contains(',', StringComparison.Ordinal) || award.Event.Contains('(', StringComparison.Ordinal))
        {
            // An award's own text is read from the right like a selection; keep its event simple.
            return false;
        }

        var split = events
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(e => e.Length)
            .FirstOrDefault(e => text.EndsWith(e, StringComparison.OrdinalIgnoreCase)
                && (text.Length == e.Length || text[text.Length - e.Length - 1] == ' '));
        return split is null ? award.Category is null : split.Length == award.Event.Length;
    }

    private static readonly Gen<EditionRecord> Edition =
        from heading in Gen.Frequency((1, Gen.Const("DVD")), (3, Text(1, 4).Select(t => $"DVD {t}")))
        from publisher in OrNull(Name(1, 3))
        from year in OrNull(Year)
        from title in OrNull(Gen.Frequency((3, Text(1, 5)), (1, Gen.Select(Text(1, 3), Text(1, 3), (a, b) => $"{a} - {b}"))))
        from extras in OrNull(Prose(1, 6).Array[1, 3].Select(lines => string.Join('\n', lines)))
        select new EditionRecord(heading, publisher, year, title, extras);

    private static readonly Gen<BibliographyRecord> BibliographyEntry =
        from title in Gen.Frequency((2, Text(1, 5)), (1, Prose(2, 4)))
        from author in OrNull(Name(1, 3))
        from publication in OrNull(Name(1, 3))
        from year in OrNull(Year)
        select new BibliographyRecord(title, author, publication, year);

    private static readonly Gen<MediaRecord> Media =
        from file in Letters("abcdefghijklmnopqrstuvwxyz0123456789-_", 1, 12)
        from extension in Gen.OneOf(".jpg", ".png", ".mp4")
        from isUrl in Gen.Bool
        let location = isUrl ? $"https://example.org/{file}{extension}" : file + extension
        from caption in OrNull(Gen.Frequency((4, Text(1, 5)), (1, Gen.Select(Text(1, 2), Text(1, 2), (a, b) => $"{a} | {b}"))))
        select new MediaRecord(location, caption);

    private static readonly Gen<NoteRecord> Note =
        from heading in Name(1, 3)
        from lines in Prose(1, 5).Array[0, 3]
        select new NoteRecord(heading, string.Join('\n', lines));

    private static readonly Gen<string?> Synopsis = OrNull(
        Prose(1, 6).Array[1, 3].Select(lines => string.Join('\n', lines)).Array[1, 3].Select(paragraphs => string.Join("\n\n", paragraphs)));

    /// <summary>A valid record: what the reader gives for it, written, is itself.</summary>
    public static readonly Gen<FilmRecord> Film =
        from year in OrNull(Year)
        from duration in OrNull(Gen.Int[0, 9999])
        from countries in Name(1, 3).Array[0, 3]
        from colour in OrNull(Gen.OneOf(ColourTerms))
        from genres in Name(1, 2).Array[0, 3]
        from mainTitle in Gen.Frequency((4, Text(1, 6)), (1, Gen.Select(Text(1, 3), Text(1, 3), (a, b) => $"{a} - {b}")))
        from alternativeTitles in Text(1, 5).Array[0, 4]
        from credits in Credit.Array[0, 8]
        from selections in Selection.Array[0, 6]
        from awards in Award([.. selections.Select(s => s.Event)]).Array[0, 4]
        from editions in Edition.Array[0, 3]
        from synopsis in Synopsis
        from synopsisSource in OrNull(Text(1, 4))
        from bibliography in BibliographyEntry.Array[0, 4]
        from media in Media.Array[0, 3]
        from notes in Note.Array[0, 2]
        select new FilmRecord
        {
            // Countries are only recognised on a facts line, which needs a year or a duration.
            Countries = year is null && duration is null ? [] : countries,
            Year = year,
            DurationMinutes = duration,
            Colour = colour,
            // Genres are only recognised on a format line, which starts with a colour term.
            Genres = colour is null ? [] : genres,
            MainTitle = mainTitle,
            AlternativeTitles = alternativeTitles,
            Credits = credits,
            Awards = awards,
            Editions = editions,
            Synopsis = synopsis,
            SynopsisSource = synopsisSource,
            Bibliography = bibliography,
            Selections = selections,
            Media = media,
            // A note's heading right after the header would read as an alternative title: notes need a block before them.
            Notes = credits.Length + awards.Length + editions.Length + bibliography.Length + selections.Length + media.Length > 0
                || synopsis is not null || synopsisSource is not null ? notes : [],
        };

    /// <summary>
    /// A line that is not syntax wherever it stands: not a heading, no "DVD" opening, no colour term or number or
    /// duration where a facts or format line could be expected.
    /// </summary>
    private static bool IsPlain(string line)
    {
        var firstItem = line.Split(',')[0].Trim();
        var name = line.TrimEnd(':').TrimEnd();
        return !line.Split(',').Any(item => IsNumberOrDuration(item.Trim()))
            && !ColourTerms.Any(term => term.Equals(firstItem, StringComparison.OrdinalIgnoreCase))
            && !Headings.Any(heading => heading.Equals(name, StringComparison.OrdinalIgnoreCase))
            && !line.StartsWith("DVD", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsNumberOrDuration(string item) =>
        (item.Length > 0 && item.All(char.IsAsciiDigit)) || DurationPattern().IsMatch(item);

    [GeneratedRegex(@"^\d{1,4} ?(?:mn|mns|min|mins|minutes)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}

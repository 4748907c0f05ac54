using System.Buffers;

namespace FilmCatalogue.Web.Records;

public static class LanguageGuess
{
    private static readonly SearchValues<char> UkrainianLetters = SearchValues.Create("іїєґІЇЄҐ");
    private static readonly SearchValues<char> BelarusianLetters = SearchValues.Create("ўЎ");

    /// <summary>
    /// A guess at the language of non-Latin text, for the pages' lang attributes: Cyrillic is Russian unless it has
    /// letters only Ukrainian or Belarusian use. Latin text stays unknown: a record does not say which language
    /// its Latin titles are in.
    /// </summary>
    public static string? Of(string text) => ScriptDetector.Detect(text) switch
    {
        "Cyrl" when text.AsSpan().ContainsAny(UkrainianLetters) => "uk",
        "Cyrl" when text.AsSpan().ContainsAny(BelarusianLetters) => "be",
        "Cyrl" => "ru",
        "Grek" => "el",
        "Geor" => "ka",
        "Armn" => "hy",
        "Hebr" => "he",
        "Arab" => "ar",
        _ => null,
    };
}

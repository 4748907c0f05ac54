using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FilmCatalogue.Web.Localization;

namespace FilmCatalogue.Tests.Localization;

public sealed partial class InterfaceTextTests
{
    private static readonly ResourceManager Resources = new(typeof(InterfaceText).FullName!, typeof(InterfaceText).Assembly);

    public static TheoryData<string> Translations => ["fr", "ru"];

    [Theory]
    [MemberData(nameof(Translations))]
    public void EveryKeyIsTranslated(string language)
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var translation = Entries(CultureInfo.GetCultureInfo(language));

        Assert.Empty(english.Keys.Except(translation.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(translation.Keys.Except(english.Keys).Order(StringComparer.Ordinal));
        Assert.All(translation, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void EveryTranslationHasTheKeysPlaceholdersAndPluralForms(string language)
    {
        var forms = language == "ru" ? 3 : 2;
        foreach (var (key, value) in Entries(CultureInfo.GetCultureInfo(language)))
        {
            var plural = key.Contains('|', StringComparison.Ordinal);
            Assert.True(value.Split('|').Length == (plural ? forms : 1), $"{language} \"{key}\": {value}");
            foreach (var form in value.Split('|'))
            {
                // A plural form may leave the count out ("prix en {1}"); anything else says what its key says.
                var expected = Placeholders(key).Where(p => !plural || p != "{0}");
                Assert.True(expected.All(Placeholders(form).Contains), $"{language} \"{key}\": {form}");
                Assert.True(Placeholders(form).All(Placeholders(key).Contains), $"{language} \"{key}\": {form}");
            }
        }
    }

    [Fact]
    public void EveryKeyTheSourceUsesIsInTheResources()
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var source = Path.Combine(RepositoryRoot(), "src", "FilmCatalogue.Web");
        var used = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => KeysUsedIn(File.ReadAllText(path)).Select(key => (Path.GetRelativePath(source, path), Key: key)))
            .ToList();

        Assert.NotEmpty(used);
        Assert.DoesNotContain(used, use => !english.ContainsKey(use.Key));
    }

    [Theory]
    [InlineData("InterfaceText.resx")]
    [InlineData("InterfaceText.fr.resx")]
    [InlineData("InterfaceText.ru.resx")]
    public void AResourceFileNamesEachKeyOnceWhateverItsCase(string file)
    {
        // Resource names are matched without case: the build would keep one of two keys that differ only in case.
        var names = XDocument.Load(Path.Combine(RepositoryRoot(), "src", "FilmCatalogue.Web", "Localization", file))
            .Root!.Elements("data").Select(data => (string)data.Attribute("name")!);

        Assert.Empty(names.GroupBy(name => name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Theory]
    [InlineData("ru", 1, 0)]
    [InlineData("ru", 21, 0)]
    [InlineData("ru", 2, 1)]
    [InlineData("ru", 24, 1)]
    [InlineData("ru", 5, 2)]
    [InlineData("ru", 11, 2)]
    [InlineData("ru", 12, 2)]
    [InlineData("ru", 111, 2)]
    [InlineData("ru", 0, 2)]
    [InlineData("fr", 0, 0)]
    [InlineData("fr", 1, 0)]
    [InlineData("fr", 2, 1)]
    [InlineData("en", 0, 1)]
    [InlineData("en", 1, 0)]
    [InlineData("en", 2, 1)]
    public void CountsTakeTheirLanguagesPluralForm(string language, int count, int form)
    {
        Assert.Equal(form, InterfaceTextExtensions.PluralForm(CultureInfo.GetCultureInfo(language), count));
    }

    [Theory]
    [InlineData("en", 1, "1 film")]
    [InlineData("en", 12345, "12,345 films")]
    [InlineData("fr", 0, "0 film")]
    [InlineData("fr", 12345, "12\u202f345 films")]
    [InlineData("ru", 21, "21 фильм")]
    [InlineData("ru", 3, "3 фильма")]
    [InlineData("ru", 12345, "12\u00a0345 фильмов")]
    public void APluralIsWrittenInItsLanguage(string language, int count, string expected)
    {
        InterfaceTexts.Speak(language);

        Assert.Equal(expected, InterfaceTexts.Localizer.Plural(count, "{0} film|{0} films"));
    }

    [Theory]
    [InlineData("fr", "Directed by", "Réalisation")]
    [InlineData("ru", "DIRECTED BY", "Режиссёр")]
    [InlineData("fr", "Narrator", "Narrator")]
    [InlineData("en", "Cast", "Cast")]
    public void TheFormatsRolesAreTranslatedAndOtherLabelsShownAsWritten(string language, string role, string expected)
    {
        InterfaceTexts.Speak(language);

        Assert.Equal(expected, InterfaceTexts.Localizer.Role(role));
    }

    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!, StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    private static IEnumerable<string> KeysUsedIn(string code) =>
        KeyUse().Matches(code).Select(match => match.Groups["key"].Value)
            .Concat(KindPhrases().Matches(code).SelectMany(match => match.Groups["key"].Captures.Select(capture => capture.Value)))
            .Select(Regex.Unescape);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FilmCatalogue.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository.");
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    // A literal key as the code writes one: T["…"] and text["…"] (Text["…"] in the admin's controllers), T.Plural(n, "…"),
    // T.Markup("…"), a form's [Display(Name = "…")] and ErrorMessage = "…", a row's validationContext.Translate("…").
    [GeneratedRegex("""(?:\b(?:T|[Tt]ext)(?:\[\s*|\.Plural\([^,]+,\s*|\.Markup\(\s*)|\bDisplay\(Name\s*=\s*|\bErrorMessage\s*=\s*|\.Translate\(\s*)"(?<key>(?:[^"\\]|\\.)*)"(?=\s*[\],)])""")]
    private static partial Regex KeyUse();

    // T.ForKind(kind, "… film", "… person", "… organisation", "… festival").
    [GeneratedRegex("""\.ForKind\(\s*[^,"]+(?:,\s*"(?<key>(?:[^"\\]|\\.)*)")+\s*\)""")]
    private static partial Regex KindPhrases();
}

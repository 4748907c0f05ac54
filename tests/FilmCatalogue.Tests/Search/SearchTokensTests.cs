using FilmCatalogue.Web.Search;

namespace FilmCatalogue.Tests.Search;

public class SearchTokensTests
{
    [Theory]
    [InlineData("Лозница", "loznitsa", "LOZNITSA", "Loznitza", "Loznica")]
    [InlineData("Сергей", "Sergey", "Sergei", "Sergej", "Sergueï", "Serguei")]
    [InlineData("Юрий", "Yuri", "Yury", "Iouri", "Juri", "Yuriy")]
    [InlineData("Хуциев", "Khutsiev", "Hutsiev", "Khutsiyev", "Khoutsiev")]
    [InlineData("Чухрай", "Chukhray", "Chukhrai", "Tchoukhraï", "Tchukhrai")]
    [InlineData("Тарковский", "Tarkovsky", "Tarkovskiy", "Tarkovskij", "Tarkovski", "Tarkovskii")]
    [InlineData("Алексей", "Aleksei", "Alexei", "Alexey", "Aleksey")]
    [InlineData("Жизнь", "Zhizn", "Jizn", "Zhizn'")]
    [InlineData("Ёлка", "Елка", "Yolka", "Elka")]
    [InlineData("Пётр", "Петр", "Pyotr", "Petr")]
    [InlineData("Фёдор", "Fyodor", "Fedor", "Fjodor")]
    [InlineData("Елена", "Yelena", "Elena", "Jelena")]
    [InlineData("Евгений", "Yevgeny", "Evgeniy", "Jewgeni", "Ievgueni", "Evgenij")]
    [InlineData("Достоевский", "Dostoevsky", "Dostoyevsky", "Dostoïevski", "Dostojewski")]
    [InlineData("Чайковский", "Tchaikovsky", "Chaikovsky", "Tschaikowski", "Tchaïkovski")]
    [InlineData("Андреев", "Andreev", "Andreyev")]
    [InlineData("Яков", "Yakov", "Jakov", "Iakov")]
    [InlineData("Михаил", "Mikhail", "Mihail")]
    [InlineData("Кирилл", "Kirill", "Kiril")]
    [InlineData("Виктор", "Viktor", "Victor")]
    [InlineData("Щукин", "Shchukin", "Szczukin")]
    [InlineData("Шостакович", "Shostakovich", "Schostakowitsch")]
    [InlineData("Горький", "Gorky", "Gor'kiy", "Gorkij", "Gorki")]
    [InlineData("Илья", "Ilya", "Ilia", "Ilja")]
    [InlineData("Толстой", "Tolstoy", "Tolstoi", "Tolstoj")]
    public void Spellings_of_one_name_meet(params string[] spellings)
    {
        var expected = TextFolding.SearchText(spellings[0]);
        Assert.All(spellings, s => Assert.Equal(expected, TextFolding.SearchText(s)));
    }

    [Theory]
    [InlineData("Le Siège", "le siege", "LE SIEGE", "Le Siege")]
    [InlineData("Сергей Лозница", "Sergei Loznitsa", "LOZNITSA, Sergey", "sergej   loznica")]
    [InlineData("Юрий Норштейн", "Yuri Norshtein", "Yuriy Norshteyn", "Juri Norschtein")]
    [InlineData("Марлен Хуциев", "Marlen Khutsiev", "Marlen Hutsiev")]
    public void Whole_names_fold_to_the_same_tokens(params string[] spellings)
    {
        var expected = new HashSet<string>(TextFolding.SearchTokens(spellings[0]), StringComparer.Ordinal);
        Assert.All(spellings, s => Assert.True(expected.SetEquals(TextFolding.SearchTokens(s)), s));
    }

    [Theory]
    [InlineData("Иван", "Ivanov")]
    [InlineData("Sergey", "Sergeev")]
    [InlineData("Сергей", "Сергеев")]
    [InlineData("Petrov", "Petrova")]
    [InlineData("Юрий", "Юрьев")]
    [InlineData("Алексей", "Алексеев")]
    [InlineData("Шукин", "Щукин")]
    [InlineData("Жуков", "Шуков")]
    [InlineData("Жуков", "Зуков")]
    [InlineData("Григорий", "Григорій")] // Russian г is g, Ukrainian г is h
    [InlineData("Чаев", "Цаев")]
    [InlineData("Хуциев", "Куциев")]
    [InlineData("Елена", "Алена")]
    public void Different_names_stay_different(string a, string b) =>
        Assert.NotEqual(TextFolding.SearchText(a), TextFolding.SearchText(b));

    [Theory]
    [InlineData("Сергей Лозница", new[] { "sergei", "loznitsa" })]
    [InlineData("Блокада", new[] { "blokada" })]
    [InlineData("Tarkovsky", new[] { "tarkovski" })]
    [InlineData("Le Siège (2005)", new[] { "le", "siege", "2005" })]
    [InlineData("Mikhalkov-Konchalovsky", new[] { "mikhalkov", "konchalovski" })]
    [InlineData("L'Usine", new[] { "lusine" })]
    [InlineData("Don’t Look Up", new[] { "dont", "lok", "up" })]
    [InlineData("«Блокада»: 1941–1944", new[] { "blokada", "1941", "1944" })]
    [InlineData("Ivan Ivanovich Ivan", new[] { "ivan", "ivanovich", "ivan" })]
    [InlineData("Æon Flux Straße Łódź", new[] { "aeon", "fluks", "strase", "lodz" })]
    [InlineData("Œdipe Đorđe Ørsted", new[] { "oedipe", "dorde", "orsted" })]
    public void Text_splits_into_folded_tokens_in_order(string text, string[] expected) =>
        Assert.Equal(expected, TextFolding.SearchTokens(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n\u00A0")]
    [InlineData("— … «» !?")]
    public void Text_without_letters_or_digits_has_no_tokens(string text)
    {
        Assert.Empty(TextFolding.SearchTokens(text));
        Assert.Equal("", TextFolding.SearchText(text));
    }

    [Theory]
    [InlineData("Лозница Sergei")]
    [InlineData("Sergei Лозница")]
    [InlineData("Лозницa")] // Latin a at the end
    public void Mixed_scripts_fold_like_either_script(string text) =>
        Assert.Equal(
            TextFolding.SearchTokens("Sergey Loznitsa").Order(StringComparer.Ordinal).Intersect(TextFolding.SearchTokens(text)),
            TextFolding.SearchTokens(text).Order(StringComparer.Ordinal));

    [Fact]
    public void Tokens_of_other_scripts_are_kept() =>
        Assert.Equal(["東京物語", "1953"], TextFolding.SearchTokens("東京物語 (1953)"));

    [Theory]
    [InlineData("Сергей Лозница")]
    [InlineData("Le Siège")]
    [InlineData("Tchoukhraï, Grigori")]
    [InlineData("Schostakowitsch")]
    [InlineData("Szczepan Ttcha oou Hutsiev")]
    [InlineData("Ёлка Yolka Jizn Dostoyevsky Sergueï")]
    [InlineData("Андрей Тарковский — «Андрей Рублёв» (1966)")]
    public void Folding_is_idempotent(string text)
    {
        var once = TextFolding.SearchText(text);
        Assert.Equal(once, TextFolding.SearchText(once));
    }

    [Fact]
    public void Folding_is_idempotent_on_random_Cyrillic_and_Latin()
    {
        const string alphabet = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўabcdefghijklmnopqrstuvwxyzéïœß' -";
        var random = new Random(20240611);
        for (var n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(1, 16)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var once = TextFolding.SearchText(text);
            Assert.True(once == TextFolding.SearchText(once), $"'{text}' → '{once}' → '{TextFolding.SearchText(once)}'");
        }
    }

    [Fact]
    public void Output_tokens_are_lower_case_ascii_for_Cyrillic_and_Latin_input()
    {
        foreach (var token in TextFolding.SearchTokens("ЩУКИН Ёлка Київ Ўзбярэжжа Œuvre Straße Tchoukhraï"))
        {
            Assert.Matches("^[a-z0-9]+$", token);
        }
    }
}

public class WithinOneEditTests
{
    [Theory]
    [InlineData("loznitsa", "loznitsa")]
    [InlineData("loznitsa", "loznitza")] // substitution
    [InlineData("loznitsa", "lozntsa")] // deletion
    [InlineData("loznitsa", "loznitsaa")] // insertion
    [InlineData("loznitsa", "lozintsa")] // adjacent transposition
    [InlineData("tarkovski", "takrovski")]
    [InlineData("petrov", "petrova")]
    [InlineData("", "a")]
    [InlineData("", "")]
    [InlineData("ab", "ba")]
    [InlineData("a", "b")]
    public void One_edit_or_none_is_within(string a, string b)
    {
        Assert.True(TextFolding.WithinOneEdit(a, b));
        Assert.True(TextFolding.WithinOneEdit(b, a));
    }

    [Theory]
    [InlineData("loznitsa", "loznizza")] // two substitutions
    [InlineData("loznitsa", "loznit")] // two deletions
    [InlineData("loznitsa", "olznitas")] // two transpositions
    [InlineData("tarkovski", "tarkovskiii")]
    [InlineData("abc", "ca")] // OSA distance 3, plain Damerau 2: neither is 1
    [InlineData("sergei", "sergeev")]
    [InlineData("abc", "cab")]
    [InlineData("", "ab")]
    [InlineData("ab", "bca")]
    public void Two_edits_are_not_within(string a, string b)
    {
        Assert.False(TextFolding.WithinOneEdit(a, b));
        Assert.False(TextFolding.WithinOneEdit(b, a));
    }

    [Fact]
    public void Misspelt_folded_names_are_within_one_edit_but_twice_misspelt_are_not()
    {
        var name = TextFolding.SearchText("Лозница");
        Assert.True(TextFolding.WithinOneEdit(name, TextFolding.SearchText("Lozmitsa")));
        Assert.False(TextFolding.WithinOneEdit(name, TextFolding.SearchText("Lozmitsu")));
    }

    [Fact]
    public void Does_not_allocate()
    {
        // The first rounds pay for JIT tiering; only a warmed-up round is measured.
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(1000, CountWithinOneEdit());
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var hits = CountWithinOneEdit();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(1000, hits);
        Assert.Equal(0, allocated);
    }

    private static int CountWithinOneEdit()
    {
        var hits = 0;
        for (var i = 0; i < 1000; i++)
        {
            hits += TextFolding.WithinOneEdit("loznitsa", "lozintsa") ? 1 : 0;
            hits += TextFolding.WithinOneEdit("tarkovski", "tarkovskiii") ? 1 : 0;
        }

        return hits;
    }
}

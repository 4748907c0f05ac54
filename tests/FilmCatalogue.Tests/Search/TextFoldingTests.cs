using FilmCatalogue.Web.Search;

namespace FilmCatalogue.Tests.Search;

public class IdentityKeyTests
{
    [Theory]
    [InlineData("Сергей ЛОЗНИЦА", "Сергей Лозница")]
    [InlineData("  Сергей \t Лозница\n", "Сергей Лозница")]
    [InlineData("Сергей\u00A0Лозница", "Сергей Лозница")]
    [InlineData("Сергей\u2009\u2003Лозница", "Сергей Лозница")]
    [InlineData("Пётр Тодоровский", "Петр Тодоровский")]
    [InlineData("ЁЛКИ", "елки")]
    [InlineData("Пе\u0308тр", "Петр")]
    [InlineData("Le Sie\u0300ge", "le siège")]
    [InlineData("Лоз\u00ADница", "Лозница")]
    public void Spellings_of_one_name_get_the_same_key(string a, string b) =>
        Assert.Equal(TextFolding.IdentityKey(a), TextFolding.IdentityKey(b));

    [Theory]
    [InlineData("Сергей Лозница", "сергей лозница")]
    [InlineData("  Andrei   TARKOVSKY ", "andrei tarkovsky")]
    [InlineData("Пётр", "петр")]
    [InlineData("", "")]
    [InlineData(" \t\u00A0 ", "")]
    public void Key_is_lower_case_single_spaced_and_trimmed(string text, string expected) =>
        Assert.Equal(expected, TextFolding.IdentityKey(text));

    [Theory]
    [InlineData("Sergey Loznitsa", "Сергей Лозница")]
    [InlineData("Le Siège", "Le Siege")]
    [InlineData("Петров", "Петрова")]
    public void Key_keeps_script_and_diacritics_apart(string a, string b) =>
        Assert.NotEqual(TextFolding.IdentityKey(a), TextFolding.IdentityKey(b));

    [Fact]
    public void Key_is_composed_form() =>
        Assert.Equal("siège", TextFolding.IdentityKey("Sie\u0300ge"));
}

public class TransliterateTests
{
    [Theory]
    [InlineData("Сергей Лозница", "Sergey Loznitsa")]
    [InlineData("Блокада", "Blokada")]
    [InlineData("Щукин", "Shchukin")]
    [InlineData("Юрий", "Yuriy")]
    [InlineData("Ёлка", "Yolka")]
    [InlineData("Пётр", "Pyotr")]
    [InlineData("Жизнь", "Zhizn")]
    [InlineData("Объект", "Obekt")]
    [InlineData("Хуциев", "Khutsiev")]
    [InlineData("Чухрай", "Chukhray")]
    [InlineData("Тарковский", "Tarkovskiy")]
    [InlineData("Алексей", "Aleksey")]
    [InlineData("Выборг", "Vyborg")]
    [InlineData("Эйзенштейн", "Eyzenshteyn")]
    [InlineData("Шукшин", "Shukshin")]
    [InlineData("Цой", "Tsoy")]
    [InlineData("Яковлев", "Yakovlev")]
    public void Russian_follows_the_common_English_scheme(string cyrillic, string expected) =>
        Assert.Equal(expected, TextFolding.Transliterate(cyrillic));

    [Theory]
    [InlineData("Київ", "Kyiv")]
    [InlineData("Їжак", "Yizhak")]
    [InlineData("Григорій Чухрай", "Hryhoriy Chukhray")]
    [InlineData("Григорий Чухрай", "Grigoriy Chukhray")]
    [InlineData("Білорусь, Беларусь", "Bilorus, Belarus")]
    [InlineData("Євген", "Yevhen")]
    [InlineData("Ґалаґан", "Galagan")]
    [InlineData("Іван", "Ivan")]
    [InlineData("Мінск", "Minsk")]
    [InlineData("Беларуская Ўзбярэжжа", "Belaruskaya Wzbyarezhzha")]
    public void Ukrainian_and_Belarusian_letters_are_covered(string cyrillic, string expected) =>
        Assert.Equal(expected, TextFolding.Transliterate(cyrillic));

    [Theory]
    [InlineData("ЩУКИН", "SHCHUKIN")]
    [InlineData("СЕРГЕЙ ЛОЗНИЦА", "SERGEY LOZNITSA")]
    [InlineData("ЮРИЙ", "YURIY")]
    [InlineData("ЁЖ", "YOZH")]
    [InlineData("ПОДЪЁМ", "PODYOM")]
    [InlineData("Ю. Норштейн", "Yu. Norshteyn")]
    [InlineData("Жуков", "Zhukov")]
    [InlineData("Ж", "Zh")]
    public void Capitals_stay_capitals(string cyrillic, string expected) =>
        Assert.Equal(expected, TextFolding.Transliterate(cyrillic));

    [Theory]
    [InlineData("The Siege (2005)")]
    [InlineData("Le Siège — Œuvre")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("東京物語")]
    public void Text_without_Cyrillic_is_unchanged(string text) =>
        Assert.Equal(text, TextFolding.Transliterate(text));

    [Theory]
    [InlineData("Блокада (Blockade), 2006", "Blokada (Blockade), 2006")]
    [InlineData("Sergei Лозница", "Sergei Loznitsa")]
    public void Mixed_scripts_only_change_the_Cyrillic(string text, string expected) =>
        Assert.Equal(expected, TextFolding.Transliterate(text));

    [Fact]
    public void Decomposed_short_i_is_read_as_one_letter() =>
        Assert.Equal("Sergey", TextFolding.Transliterate("Серге\u0438\u0306"));
}

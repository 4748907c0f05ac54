using FilmCatalogue.Web.Search;

namespace FilmCatalogue.Tests.Search;

public class SlugTests
{
    [Theory]
    [InlineData("The Siege 2005", "the-siege-2005")]
    [InlineData("Сергей Лозница", "sergey-loznitsa")]
    [InlineData("Le Siège", "le-siege")]
    [InlineData("  --The   Siege!!  ", "the-siege")]
    [InlineData("ЩУКИН", "shchukin")]
    [InlineData("Ёлки 2", "yolki-2")]
    [InlineData("Блокада (Blockade), 2006", "blokada-blockade-2006")]
    [InlineData("Don't Look Up", "dont-look-up")]
    [InlineData("Жизнь’", "zhizn")]
    [InlineData("Œuvre Straße", "oeuvre-strasse")]
    [InlineData("Київ", "kyiv")]
    public void Slug_is_lower_case_ascii_words_joined_by_hyphens(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! — ???")]
    [InlineData("東京物語")]
    public void Text_with_nothing_sluggable_is_untitled(string text) =>
        Assert.Equal("untitled", Slug.From(text));

    [Fact]
    public void Long_text_is_cut_at_a_hyphen_within_the_limit()
    {
        var text = string.Join(' ', Enumerable.Repeat("blokada", 20)); // 8 chars per word with its hyphen
        var slug = Slug.From(text);
        Assert.Equal(79, slug.Length);
        Assert.Equal(string.Join('-', Enumerable.Repeat("blokada", 10)), slug);
    }

    [Fact]
    public void Long_text_whose_limit_falls_between_words_keeps_the_last_word()
    {
        var text = new string('a', 40) + " " + new string('b', 39) + " tail";
        Assert.Equal(new string('a', 40) + "-" + new string('b', 39), Slug.From(text));
    }

    [Fact]
    public void Long_text_without_hyphens_is_cut_at_the_limit() =>
        Assert.Equal(new string('x', 80), Slug.From(new string('x', 200)));

    [Theory]
    [InlineData("the-siege", new string[0], "the-siege")]
    [InlineData("the-siege", new[] { "the-siege" }, "the-siege-2")]
    [InlineData("the-siege", new[] { "the-siege", "the-siege-2", "the-siege-3" }, "the-siege-4")]
    [InlineData("the-siege", new[] { "the-siege-2" }, "the-siege")]
    [InlineData("", new string[0], "untitled")]
    public void Unique_appends_the_first_free_number(string baseSlug, string[] taken, string expected) =>
        Assert.Equal(expected, Slug.Unique(baseSlug, taken.Contains));

    [Fact]
    public void Unique_cuts_a_long_base_at_a_hyphen_to_fit_the_suffix()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("blokada", 20)));
        var unique = Slug.Unique(slug, s => !s.EndsWith("-12", StringComparison.Ordinal));
        Assert.Equal(string.Join('-', Enumerable.Repeat("blokada", 9)) + "-12", unique);
    }

    [Fact]
    public void Unique_cuts_a_long_base_without_hyphens_to_fit_the_suffix()
    {
        var unique = Slug.Unique(new string('x', 80), s => s.Length == 80 && s[^1] == 'x');
        Assert.Equal(new string('x', 78) + "-2", unique);
    }
}

using FilmCatalogue.Web.Rendering;

namespace FilmCatalogue.Tests.Rendering;

public sealed class CitationFormatTests
{
    [Fact]
    public void EveryTeXSpecialCharacterIsEscapedAndUnicodeIsKept()
    {
        var escaped = BibTeX.Escape(@"{Брат} 50% & $5 #1 a_b ~ x^2 C:\ Cinéma");

        Assert.Equal(@"\textbraceleft{}Брат\textbraceright{} 50\% \& \$5 \#1 a\_b \textasciitilde{} x\textasciicircum{}2 C:\textbackslash{} Cinéma", escaped);
    }

    [Fact]
    public void AnEscapedTitleKeepsItsBracesBalanced()
    {
        var entry = BibTeX.Entry(new Citation("k", "An unbalanced { brace", null, null, null));

        Assert.Equal(entry.Count(c => c == '{'), entry.Count(c => c == '}'));
        Assert.Equal("@misc{k,\n  title = {{An unbalanced \\textbraceleft{} brace}},\n}\n", entry);
    }

    [Theory]
    [InlineData("Carlos SOLANO", "Solano, Carlos")]
    [InlineData("Aurélien VERNHES-LERMUSIAUX", "Vernhes-Lermusiaux, Aurélien")]
    [InlineData("Jean-Pierre LÉAUD", "Léaud, Jean-Pierre")]
    [InlineData("Сергей ЛОЗНИЦА", "Лозница, Сергей")]
    [InlineData("KINOTEATR", "Kinoteatr")]
    [InlineData("Cahiers du cinéma", "{Cahiers du cinéma}")]
    [InlineData("Ben & Jerry SMITH_JONES", @"Smith\_Jones, Ben \& Jerry")]
    public void NamesAreWrittenFamilyNameFirst(string name, string expected)
    {
        Assert.Equal(expected, BibTeX.Name(name));
    }

    [Fact]
    public void RisNamesAndValuesStayOnOneLine()
    {
        var entry = Ris.Entry(new Citation("k", "A title\non two lines", "Cahiers du cinéma", "Revue\r\nX", 1999));

        Assert.Equal("TY  - JOUR\r\nTI  - A title on two lines\r\nAU  - Cahiers du cinéma\r\nT2  - Revue X\r\nPY  - 1999\r\nER  - \r\n", entry);
    }
}

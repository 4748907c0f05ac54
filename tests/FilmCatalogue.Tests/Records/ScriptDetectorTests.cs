using FilmCatalogue.Web.Records;

namespace FilmCatalogue.Tests.Records;

public class ScriptDetectorTests
{
    [Theory]
    [InlineData("The Siege", "Latn")]
    [InlineData("Le Siège, Sergueï", "Latn")]
    [InlineData("Блокада", "Cyrl")]
    [InlineData("Сергей ЛОЗНИЦА", "Cyrl")]
    [InlineData("Ο θίασος", "Grek")]
    [InlineData("ჩემი ბებია", "Geor")]
    [InlineData("Հայրիկ", "Armn")]
    [InlineData("ואלס עם באשיר", "Hebr")]
    [InlineData("وجدة", "Arab")]
    [InlineData("花樣年華", "Hani")]
    [InlineData("Блокада (Blok)", "Cyrl")]
    [InlineData("Blockade (Блок)", "Latn")]
    public void TellsTheDominantScript(string text, string script)
    {
        Assert.Equal(script, ScriptDetector.Detect(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2005, 52")]
    [InlineData("▪ ▪ ▪ - :")]
    public void FindsNoScriptWithoutALetter(string text)
    {
        Assert.Null(ScriptDetector.Detect(text));
    }

    [Theory]
    [InlineData("Sergueï Loznitsa", true)]
    [InlineData("2005", true)]
    [InlineData("Blokada Блокада", false)]
    [InlineData("Сергей", false)]
    public void TellsWhetherTextIsAllLatin(string text, bool latin)
    {
        Assert.Equal(latin, ScriptDetector.IsLatin(text));
    }
}

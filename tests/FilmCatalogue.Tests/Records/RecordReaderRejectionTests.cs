using System.Text;
using FilmCatalogue.Web.Records;

namespace FilmCatalogue.Tests.Records;

public class RecordReaderRejectionTests
{
    private static RecordDiagnostic SingleError(RecordReadResult result)
    {
        Assert.Null(result.Record);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void RejectsAnEmptyFile()
    {
        var error = SingleError(RecordReader.Read("", "empty.txt"));

        Assert.Equal("empty.txt:1: error: expected a film record with a main title, found an empty file", error.ToString());
    }

    [Fact]
    public void RejectsAnEmptyByteArray()
    {
        var error = SingleError(RecordReader.Read(ReadOnlySpan<byte>.Empty, "empty.txt"));

        Assert.Equal("empty.txt:1: error: expected a film record with a main title, found an empty file", error.ToString());
    }

    [Fact]
    public void RejectsAFileOfOnlyBlankLines()
    {
        var error = SingleError(RecordReader.Read("\n  \n\u00A0\t\n", "blank.txt"));

        Assert.Equal("blank.txt:3: error: expected a film record with a main title, found only blank lines", error.ToString());
    }

    [Fact]
    public void RejectsAHeaderWithNoTitleNamingTheFirstCreditLine()
    {
        var error = SingleError(RecordReader.Read("Russia, 2005, 52mn\nColour, drama\n\nDirected by : Sergey LOZNITSA\n", "notitle.txt"));

        Assert.Equal(
            "notitle.txt:4: error: expected the film's main title in the header (after the facts and format lines), found \"Directed by : Sergey LOZNITSA\"",
            error.ToString());
    }

    [Fact]
    public void RejectsAHeaderWithNoTitleBeforeTheFirstSection()
    {
        var error = SingleError(RecordReader.Read("Russia, 2005, 52mn\n▪ ▪ ▪\n\nAwards :\nBest film Festival, Riga (Latvia), 2006\n", "notitle.txt"));

        Assert.Equal("notitle.txt", error.Source);
        Assert.Equal(4, error.Line);
        Assert.Contains("expected the film's main title", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"Awards :\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAHeaderWithOnlyFactsAtTheEndOfTheFile()
    {
        var error = SingleError(RecordReader.Read("Russia, 2005, 52mn\nColour, drama\n", "facts.txt"));

        Assert.Equal(
            "facts.txt:2: error: expected the film's main title in the header (after the facts and format lines), found the end of the file",
            error.ToString());
    }

    [Fact]
    public void RejectsInvalidUtf8NamingTheLine()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("The Siege\n\nDirected by : Sergey "), 0xFF, 0xFE, .. "\n"u8];

        var error = SingleError(RecordReader.Read(bytes, "latin1.txt"));

        Assert.Equal("latin1.txt", error.Source);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("expected UTF-8 text, found the byte 0xFF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsATruncatedUtf8Sequence()
    {
        var bytes = Encoding.UTF8.GetBytes("The Siege\nБлокада");

        var error = SingleError(RecordReader.Read(bytes.AsSpan(0, bytes.Length - 1), "cut.txt"));

        Assert.Equal(2, error.Line);
        Assert.Contains("expected UTF-8 text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsBinaryContentWithNulBytes()
    {
        byte[] bytes = [.. "The Siege\nBlock"u8, 0x00, .. "ade\n"u8];

        var error = SingleError(RecordReader.Read(bytes, "binary.bin"));

        Assert.Equal("binary.bin:2: error: expected text, found a NUL byte (binary content)", error.ToString());
    }

    [Fact]
    public void RejectsATextWithControlCharacters()
    {
        var error = SingleError(RecordReader.Read("The Siege\r\nBlock\u0007ade\r\n", "bell.txt"));

        Assert.Equal("bell.txt:2: error: expected text, found the control character U+0007", error.ToString());
    }

    [Fact]
    public void RejectsABrokenLineInTheCreditsBlock()
    {
        const string text = "Russia, 2005, 52mn\nThe Siege\n\nDirected by : Sergey LOZNITSA\nPavel KOSTOMAROV\nSound : Vladimir GOLOVNITSKY\n";

        var error = SingleError(RecordReader.Read(text, "seed.txt"));

        Assert.Equal("seed.txt:5: error: expected \"Label : value\" in the credits block, found \"Pavel KOSTOMAROV\"", error.ToString());
    }

    [Fact]
    public void ReportsEveryBrokenLineNotOnlyTheFirst()
    {
        var result = RecordReader.Read("The Siege\n\nDirected by : A B\nC D\nSound : E F\nG H\n", "two.txt");

        Assert.Null(result.Record);
        Assert.Equal([4, 6], result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Line));
    }

    [Fact]
    public void ShortensAVeryLongBrokenLineInTheMessage()
    {
        var longLine = new string('x', 300);

        var error = SingleError(RecordReader.Read($"The Siege\n\nDirected by : A B\n{longLine}\n", "long.txt"));

        Assert.True(error.Message.Length < 200, error.Message);
        Assert.EndsWith("…\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NeverThrowsOnAnyPrefixOfTheSeed()
    {
        var bytes = File.ReadAllBytes(TestRecords.SeedPath);

        for (var length = 0; length <= bytes.Length; length++)
        {
            var result = RecordReader.Read(bytes.AsSpan(0, length), "prefix.txt");

            Assert.Equal(result.Record is null, result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error));
        }
    }

    [Fact]
    public void NeverThrowsOnMangledSeeds()
    {
        var seed = File.ReadAllBytes(TestRecords.SeedPath);
        byte[] noise = [.. ",:-()[]|▪\n\r\t 0123 DVD"u8, 0x00, 0xC3, 0xFF];
        var random = new Random(20240601);

        for (var round = 0; round < 2000; round++)
        {
            var bytes = (byte[])seed.Clone();
            for (var change = random.Next(1, 20); change > 0; change--)
            {
                bytes[random.Next(bytes.Length)] = noise[random.Next(noise.Length)];
            }

            var result = RecordReader.Read(bytes, "mangled.txt");

            Assert.Equal(result.Record is null, result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error));
            Assert.All(result.Diagnostics, d => Assert.Equal("mangled.txt", d.Source));
        }
    }

    [Theory]
    [InlineData(":")]
    [InlineData(" : ")]
    [InlineData("-")]
    [InlineData(",,,,")]
    [InlineData("Awards")]
    [InlineData("DVD")]
    [InlineData("The Siege\nAwards :\n, 2005\n,\n(\n")]
    [InlineData("The Siege\nSelected in the following festivals or events :\n-\n- , (), 1\n- 2010\n")]
    [InlineData("The Siege\nCommentaries and bibliography\n,\n, , , x\n")]
    [InlineData("The Siege\nDVD\nEditor : . . Titre : .\n")]
    [InlineData("The Siege\n\nCast : (Иван) [x], [y], (, ), ]\n")]
    public void NeverThrowsOnDegenerateLines(string text)
    {
        var result = RecordReader.Read(text, "odd.txt");

        Assert.Equal(result.Record is null, result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error));
    }
}

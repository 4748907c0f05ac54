using System.Diagnostics;
using FilmCatalogue.Web.Records;

namespace FilmCatalogue.Tests.Records;

/// <summary>
/// Runs a property within CI's means: on a thread of its own with an overall deadline, so that a reader
/// that hangs fails the test instead of freezing the run, and each read within a bound of its own.
/// </summary>
internal static class PropertyRun
{
    /// <summary>Generous for a 2-core machine shared with other builds; a correct read of these inputs takes milliseconds.</summary>
    public static readonly TimeSpan PerRead = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan PerProperty = TimeSpan.FromMinutes(2);

    public static async Task WithinDeadlineAsync(Action property)
    {
        var run = Task.Factory.StartNew(property, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            await run.WaitAsync(PerProperty);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"the property did not finish within {PerProperty}: a read hangs or is far too slow");
        }
    }

    public static RecordReadResult Timed(Func<RecordReadResult> read)
    {
        var clock = Stopwatch.StartNew();
        var result = read();
        if (clock.Elapsed > PerRead)
        {
            throw new TimeoutException($"one read took {clock.Elapsed}, more than {PerRead}");
        }

        return result;
    }

    /// <summary>
    /// The reader's contract for any input: a record or an error, never both and never neither; every diagnostic
    /// names the source and a line of the file (0 for the whole file).
    /// </summary>
    public static void AssertRecordXorError(RecordReadResult result, string source, int lineCount)
    {
        var hasError = result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        if ((result.Record is not null) == hasError)
        {
            throw new InvalidOperationException(
                $"expected a record or an error, got record={result.Record is not null} errors={hasError}: {string.Join("; ", result.Diagnostics)}");
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Source != source || diagnostic.Line < 0 || diagnostic.Line > Math.Max(1, lineCount) || string.IsNullOrWhiteSpace(diagnostic.Message))
            {
                throw new InvalidOperationException($"the diagnostic \"{diagnostic}\" does not name {source} and a line of its {lineCount}");
            }
        }
    }

    /// <summary>Lines as the format counts them: LF, CRLF and a lone CR end a line; a last line needs no end.</summary>
    public static int LineCount(ReadOnlySpan<char> text)
    {
        var lines = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                lines++;
                i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 1 : 0;
                start = i + 1;
            }
        }

        return lines + (start < text.Length ? 1 : 0);
    }

    /// <summary>The same count on UTF-8 bytes, valid or not: no byte of a multi-byte sequence is a CR or an LF.</summary>
    public static int LineCount(ReadOnlySpan<byte> utf8)
    {
        var lines = 0;
        var start = 0;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] is (byte)'\n' or (byte)'\r')
            {
                lines++;
                i += utf8[i] == '\r' && i + 1 < utf8.Length && utf8[i + 1] == '\n' ? 1 : 0;
                start = i + 1;
            }
        }

        return lines + (start < utf8.Length ? 1 : 0);
    }
}

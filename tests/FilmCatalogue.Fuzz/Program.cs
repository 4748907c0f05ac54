using System.Text;
using FilmCatalogue.Web.Records;
using SharpFuzz;

// Reads each input AFL++ hands over as bytes and as (lossily decoded) text, and throws when an invariant breaks:
// AFL++ counts the exception as a crash and keeps the input. A hang is caught by afl-fuzz's own timeout (-t).
// FUZZ_STRICT_ROUND_TRIP=1 also demands that what the reader accepts survives a write and a read unchanged,
// which is not yet a contract (docs/fuzzing.md).
var strictRoundTrip = Environment.GetEnvironmentVariable("FUZZ_STRICT_ROUND_TRIP") == "1";

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    var bytes = buffer.ToArray();

    RecordInvariants.Check(RecordReader.Read(bytes, RecordInvariants.Source), RecordInvariants.LineCount(bytes), strictRoundTrip);
    var text = Encoding.UTF8.GetString(bytes);
    var lines = RecordInvariants.LineCount(Encoding.UTF8.GetBytes(text));
    RecordInvariants.Check(RecordReader.Read(text, RecordInvariants.Source), lines, strictRoundTrip);
    // Awards are split against the festivals the catalogue knows too.
    RecordInvariants.Check(RecordReader.Read(text, RecordInvariants.Source, RecordInvariants.KnownEvents), lines, strictRoundTrip);
});

internal static class RecordInvariants
{
    public const string Source = "fuzzed.txt";

    public static readonly string[] KnownEvents =
    [
        "Trieste Film Festival", "Golden Lamp Film Days", "Annual award of the Guild of Historians of Cinema and Film Critics",
        "Karlovy Vary International Film Festival", "Festival", "Film Festival",
    ];

    public static void Check(RecordReadResult result, int lineCount, bool strictRoundTrip)
    {
        var hasError = result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        if ((result.Record is not null) == hasError)
        {
            throw new InvalidOperationException($"expected a record or an error, got record={result.Record is not null} errors={hasError}");
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Source != Source || diagnostic.Line < 0 || diagnostic.Line > Math.Max(1, lineCount) || string.IsNullOrWhiteSpace(diagnostic.Message))
            {
                throw new InvalidOperationException($"the diagnostic \"{diagnostic}\" does not name {Source} and a line of its {lineCount}");
            }
        }

        if (result.Record is not { } record)
        {
            return;
        }

        // Whatever was accepted can be written, and what is written reads without surprises.
        var written = RecordWriter.Write(record);
        var again = RecordReader.Read(written, Source);
        if ((again.Record is not null) == again.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException("reading the written record gave neither a record nor an error, or both");
        }

        if (strictRoundTrip && (again.Record is null || RecordWriter.Write(again.Record) != written))
        {
            throw new InvalidOperationException($"the accepted record did not survive a write and a read:\n{written}");
        }
    }

    /// <summary>Lines as the format counts them: LF, CRLF and a lone CR end a line; a last line needs no end.</summary>
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

using CsCheck;
using FilmCatalogue.Web.Records;

namespace FilmCatalogue.Tests.Records;

/// <summary>
/// Any input gives a record or a clear error, never an exception or a hang. Iteration counts keep each property
/// within a few seconds; a failure prints the seed that replays it (pass it as <c>seed:</c> to Sample).
/// </summary>
public class RecordReaderPropertyTests
{
    private const string Source = "fuzzed.txt";

    // Festival names as the catalogue would know them, so that awards are split against a real list too.
    private static readonly string[] KnownEvents =
        [.. TestRecords.ReadSeed().Record!.Selections.Select(s => s.Event), "Golden Lamp Film Days"];

    private static readonly Gen<string> HostileLines =
        RecordMutations.HostileText.Array[0, 40].Select(parts => string.Concat(parts));

    private static void ReadsOrRejects(string text, bool withKnownEvents)
    {
        var result = PropertyRun.Timed(() => RecordReader.Read(text, Source, withKnownEvents ? KnownEvents : null));
        PropertyRun.AssertRecordXorError(result, Source, PropertyRun.LineCount(text));
    }

    private static void ReadsOrRejects(byte[] bytes, bool withKnownEvents)
    {
        var result = PropertyRun.Timed(() => RecordReader.Read(bytes, Source, withKnownEvents ? KnownEvents : null));
        PropertyRun.AssertRecordXorError(result, Source, PropertyRun.LineCount(bytes));
    }

    [Fact]
    public Task AnyStringGivesARecordOrAnError() =>
        PropertyRun.WithinDeadlineAsync(() =>
            Gen.Select(Gen.Frequency((1, Gen.String), (2, HostileLines)), Gen.Bool)
                .Sample(ReadsOrRejects, iter: 3_000));

    [Fact]
    public Task AnyBytesGiveARecordOrAnError() =>
        PropertyRun.WithinDeadlineAsync(() =>
            Gen.Select(Gen.Byte.Array[0, 2_000], Gen.Bool)
                .Sample(ReadsOrRejects, iter: 3_000));

    [Fact]
    public Task AMangledRecordGivesARecordOrAnError() =>
        PropertyRun.WithinDeadlineAsync(() =>
            Gen.Select(RecordMutations.MutatedText, Gen.Bool)
                .Sample(ReadsOrRejects, iter: 1_500, print: t => Printable(t.Item1)));

    [Fact]
    public Task AMangledRecordAsBytesGivesARecordOrAnError() =>
        PropertyRun.WithinDeadlineAsync(() =>
            Gen.Select(RecordMutations.MutatedBytes, Gen.Bool)
                .Sample(ReadsOrRejects, iter: 1_500, print: t => Convert.ToHexString(t.Item1)));

    /// <summary>The selections' events read alone are those of the whole reading, and none for a rejected record.</summary>
    [Fact]
    public Task TheSelectedEventsAreThoseTheWholeReadingFinds() =>
        PropertyRun.WithinDeadlineAsync(() =>
            Gen.Frequency((2, RecordMutations.MutatedBytes), (1, RecordGen.Film.Select(r => System.Text.Encoding.UTF8.GetBytes(RecordWriter.Write(r)))))
                .Sample(
                    bytes => Assert.Equal(
                        RecordReader.Read(bytes, Source).Record?.Selections.Select(s => s.Event) ?? [],
                        RecordReader.SelectedEvents(bytes)),
                    iter: 1_500,
                    print: Convert.ToHexString));

    /// <summary>
    /// What the reader accepts, written, is canonical: reading it again gives the same record and the same text.
    /// This is what lets an imported film be exported and imported again unchanged.
    /// </summary>
    [Fact(Skip = "Known gap, not yet a contract: about 2% of mangled records the reader accepts do not survive a write and a read (docs/fuzzing.md, \"Round trip of tolerated input\").")]
    public Task AnAcceptedMangledRecordWritesACanonicalText() =>
        PropertyRun.WithinDeadlineAsync(() =>
            RecordMutations.MutatedText.Sample(
                text =>
                {
                    if (PropertyRun.Timed(() => RecordReader.Read(text, Source)).Record is not { } record)
                    {
                        return;
                    }

                    var written = RecordWriter.Write(record);
                    var again = RecordReader.Read(written, "written.txt");
                    if (again.Record is null)
                    {
                        throw new InvalidOperationException($"the written record was rejected: {string.Join("; ", again.Diagnostics)}\n{written}");
                    }

                    TestRecords.AssertSameRecord(record, again.Record);
                    Assert.Equal(written, RecordWriter.Write(again.Record));
                },
                iter: 1_500,
                print: Printable));

    // Control characters and lone surrogates made visible, so that a failing input can be pasted into a test.
    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) && c != '\n' || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}

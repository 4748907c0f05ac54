using CsCheck;
using FilmCatalogue.Web.Records;

namespace FilmCatalogue.Tests.Records;

/// <summary>Round trip for every record the generator makes: reading what was written gives the record back, and the same text.</summary>
public class RecordRoundTripPropertyTests
{
    [Fact]
    public Task EveryGeneratedRecordReadsBackAsItself() =>
        PropertyRun.WithinDeadlineAsync(() =>
            RecordGen.Film.Sample(
                record =>
                {
                    var written = RecordWriter.Write(record);
                    var read = PropertyRun.Timed(() => RecordReader.Read(written, "generated.txt"));
                    if (read.Record is null)
                    {
                        throw new InvalidOperationException($"the written record was rejected: {string.Join("; ", read.Diagnostics)}");
                    }

                    TestRecords.AssertSameRecord(record, read.Record);
                    Assert.Equal(written, RecordWriter.Write(read.Record));
                },
                iter: 1_000,
                print: record => $"{TestRecords.ToJson(record)}\n--- written ---\n{RecordWriter.Write(record)}"));

    [Fact]
    public void TheGeneratorMakesRecordsWithEveryPart()
    {
        // A generator that quietly made only titles would prove nothing: check it reaches every part of the format.
        var records = RecordGen.Film.Array[300].Single();

        Assert.Contains(records, r => r.Countries.Count > 1 && r.Year is not null && r.DurationMinutes is not null);
        Assert.Contains(records, r => r.Genres.Count > 0 && r.AlternativeTitles.Count > 1);
        Assert.Contains(records, r => r.MainTitle.Contains(" - ", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Credits.Any(c => c.OriginalName is not null && c.Character is not null));
        Assert.Contains(records, r => r.Awards.Any(a => a.Category is not null) && r.Awards.Any(a => a.Category is null));
        Assert.Contains(records, r => r.Editions.Any(e => e.Publisher is not null && e.Year is not null && e.Title is not null && e.Extras is not null));
        Assert.Contains(records, r => r.Synopsis is not null && r.Synopsis.Contains("\n\n", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Bibliography.Any(b => b.Title.Contains(',', StringComparison.Ordinal)));
        Assert.Contains(records, r => r.Selections.Any(s => s.City is null && s.Country is not null));
        Assert.Contains(records, r => r.Media.Any(m => m.Caption is not null) && r.Notes.Count > 0);
        Assert.Contains(records, r => r.MainTitle.Any(c => c is >= 'а' and <= 'я'));
    }
}

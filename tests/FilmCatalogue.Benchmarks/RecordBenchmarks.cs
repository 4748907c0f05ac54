using System.Text;
using BenchmarkDotNet.Attributes;
using FilmCatalogue.Web.Corpus;
using FilmCatalogue.Web.Records;
using FilmCatalogue.Web.Search;

namespace FilmCatalogue.Benchmarks;

/// <summary>The reader, the writer and the search folding on generated records (the corpus's first 200, seed 1).</summary>
[MemoryDiagnoser]
public class RecordBenchmarks
{
    private FilmRecord[] records = [];
    private byte[][] texts = [];
    private string[] names = [];
    private string[] knownEvents = [];

    [GlobalSetup]
    public void Setup()
    {
        records = [.. new CorpusGenerator(200).Films()];
        texts = [.. records.Select(r => Encoding.UTF8.GetBytes(RecordWriter.Write(r)))];
        names = [.. records.SelectMany(r => r.Credits).SelectMany(c => new[] { c.Name, c.OriginalName }).OfType<string>().Distinct().Take(500)];
        knownEvents = [.. records.SelectMany(r => r.Selections).Select(s => s.Event).Distinct()];
    }

    [Benchmark(Description = "RecordReader.Read, 200 records")]
    public int Read()
    {
        var n = 0;
        foreach (var text in texts)
        {
            n += RecordReader.Read(text, "bench.txt", knownEvents).Record!.Credits.Count;
        }

        return n;
    }

    [Benchmark(Description = "RecordWriter.Write, 200 records")]
    public int Write()
    {
        var n = 0;
        foreach (var record in records)
        {
            n += RecordWriter.Write(record).Length;
        }

        return n;
    }

    [Benchmark(Description = "TextFolding.SearchTokens, 500 names")]
    public int SearchTokens()
    {
        var n = 0;
        foreach (var name in names)
        {
            n += TextFolding.SearchTokens(name).Count;
        }

        return n;
    }

    [Benchmark(Description = "TextFolding.IdentityKey, 500 names")]
    public int IdentityKey()
    {
        var n = 0;
        foreach (var name in names)
        {
            n += TextFolding.IdentityKey(name).Length;
        }

        return n;
    }
}

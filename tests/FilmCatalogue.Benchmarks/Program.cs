using System.Globalization;
using BenchmarkDotNet.Running;
using FilmCatalogue.Benchmarks;

// `ef-import --corpus DIR --db FILE [--seconds S]` times the EF reference importer (stopping after the batch that
// reaches S seconds); anything else goes to BenchmarkDotNet (e.g. `--filter '*'`).
switch (args)
{
    case ["ef-import", "--corpus", var corpus, "--db", var database]:
        return EfAddRangeImporter.Run(corpus, database, TimeSpan.MaxValue, Console.Out);
    case ["ef-import", "--corpus", var corpus, "--db", var database, "--seconds", var seconds]:
        return EfAddRangeImporter.Run(corpus, database, TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture)), Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(RecordBenchmarks).Assembly).Run(args);
return 0;

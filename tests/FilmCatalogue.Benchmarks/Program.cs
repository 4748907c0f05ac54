using BenchmarkDotNet.Running;
using FilmCatalogue.Benchmarks;

// `ef-import --corpus DIR --db FILE` times the EF reference importer; anything else goes to BenchmarkDotNet
// (e.g. `--filter '*'`).
if (args is ["ef-import", "--corpus", var corpus, "--db", var database])
{
    return EfAddRangeImporter.Run(corpus, database, Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(RecordBenchmarks).Assembly).Run(args);
return 0;

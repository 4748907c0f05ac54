namespace FilmCatalogue.Web.Importing;

/// <summary>
/// Where an import's time goes, logged at Information under a category of its own
/// (<c>FilmCatalogue.Web.Importing.ImportTimings</c>), so that it can be raised alone: the command line logs only
/// warnings, and the importer's line a record would bury these. The benchmark reads them (benchmarks/run.sh).
/// </summary>
public sealed partial class ImportTimings(ILogger<ImportTimings> logger)
{
    /// <summary>The first pass: every source read and hashed, and the festivals they select gathered.</summary>
    public void FirstPass(int sources, TimeSpan took) => LogFirstPass(sources, took.TotalSeconds);

    /// <summary>
    /// One batch: how long the writer waited for it to be read and planned, how long its planning took (while the batch
    /// before it was written), how long writing its rows took, and how long its commit (with its revisions and
    /// full-text entries).
    /// </summary>
    public void Batch(int number, int records, int stored, TimeSpan waited, TimeSpan planning, TimeSpan writing, TimeSpan committing) =>
        LogBatch(number, stored, records, waited.TotalSeconds, planning.TotalSeconds, writing.TotalSeconds, committing.TotalSeconds);

    /// <summary>The indexes and triggers an import deferred, built again (see <see cref="DeferredIndexes"/>).</summary>
    public void IndexesBuilt(int count, TimeSpan took) => LogIndexesBuilt(count, took.TotalSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import: {Count} sources read and hashed in {Seconds:0.00} s")]
    private partial void LogFirstPass(int count, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import batch {Number}: {Stored} of {Count} records written; waited {WaitSeconds:0.00} s for reading and planning, planned in {PlanSeconds:0.00} s, wrote in {WriteSeconds:0.00} s, committed in {CommitSeconds:0.00} s")]
    private partial void LogBatch(int number, int stored, int count, double waitSeconds, double planSeconds, double writeSeconds, double commitSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Built the {Count} indexes and triggers deferred by an import in {Seconds:0.00} s")]
    private partial void LogIndexesBuilt(int count, double seconds);
}

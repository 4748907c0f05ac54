namespace FilmCatalogue.Web.Records;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>A problem found in a record, located by source name and 1-based line number (0 when it concerns the whole file).</summary>
public sealed record RecordDiagnostic(DiagnosticSeverity Severity, string Source, int Line, string Message)
{
    public override string ToString() =>
        $"{Source}:{Line}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")}: {Message}";
}

/// <summary>What reading one record gave: the record (null when it was rejected) and every diagnostic.</summary>
public sealed record RecordReadResult(FilmRecord? Record, IReadOnlyList<RecordDiagnostic> Diagnostics)
{
    public bool Succeeded => Record is not null;

    public IEnumerable<RecordDiagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning);
}

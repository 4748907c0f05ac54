namespace FilmCatalogue.Web.History;

/// <summary>One field of an entry that went from one value to another. For a collection, one row added or removed.</summary>
public sealed record FieldChange(string Field, string? From, string? To);

/// <summary>A field whose two versions differ, shown side by side: a collection shows all its rows.</summary>
public sealed record FieldComparison(string Field, string? Left, string? Right);

public static class SnapshotDiff
{
    /// <summary>
    /// What changed from <paramref name="before"/> to <paramref name="after"/> (either may be null: created, deleted).
    /// A collection reports the rows removed and the rows added, and a change of order when that is all.
    /// </summary>
    public static IReadOnlyList<FieldChange> Changes(EntrySnapshot? before, EntrySnapshot? after)
    {
        var old = Index(before);
        var changes = new List<FieldChange>();
        foreach (var field in after?.Fields() ?? old.Values.Select(f => f with { Value = null, Rows = f.Rows is null ? null : [] }).ToList())
        {
            old.TryGetValue(field.Name, out var was);
            if (field.Rows is not { } rows)
            {
                if (!string.Equals(was?.Value, field.Value, StringComparison.Ordinal))
                {
                    changes.Add(new FieldChange(field.Name, was?.Value, field.Value));
                }

                continue;
            }

            var wasRows = was?.Rows ?? [];
            var removed = Minus(wasRows, rows);
            var added = Minus(rows, wasRows);
            changes.AddRange(removed.Select(r => new FieldChange(field.Name, r, null)));
            changes.AddRange(added.Select(r => new FieldChange(field.Name, null, r)));
            if (removed.Count == 0 && added.Count == 0 && !wasRows.SequenceEqual(rows, StringComparer.Ordinal))
            {
                changes.Add(new FieldChange(field.Name + " (order)", string.Join("\n", wasRows), string.Join("\n", rows)));
            }
        }

        return changes;
    }

    /// <summary>The fields in which two versions of an entry differ, each version whole: for a curator to choose between them.</summary>
    public static IReadOnlyList<FieldComparison> Compare(EntrySnapshot left, EntrySnapshot right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var others = Index(right);
        var comparisons = new List<FieldComparison>();
        foreach (var field in left.Fields())
        {
            var other = others[field.Name];
            var (l, r) = field.Rows is null ? (field.Value, other.Value) : (Lines(field.Rows), Lines(other.Rows!));
            if (!string.Equals(l, r, StringComparison.Ordinal))
            {
                comparisons.Add(new FieldComparison(field.Name, l, r));
            }
        }

        return comparisons;

        static string? Lines(IReadOnlyList<string> rows) => rows.Count == 0 ? null : string.Join("\n", rows);
    }

    private static Dictionary<string, SnapshotField> Index(EntrySnapshot? snapshot) =>
        snapshot?.Fields().ToDictionary(f => f.Name, StringComparer.Ordinal) ?? new Dictionary<string, SnapshotField>(StringComparer.Ordinal);

    /// <summary>The rows of <paramref name="rows"/> not matched one for one in <paramref name="others"/>.</summary>
    private static List<string> Minus(IReadOnlyList<string> rows, IReadOnlyList<string> others)
    {
        var left = others.GroupBy(r => r, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var row in rows)
        {
            if (left.TryGetValue(row, out var count) && count > 0)
            {
                left[row] = count - 1;
            }
            else
            {
                result.Add(row);
            }
        }

        return result;
    }
}

namespace FilmCatalogue.Web.Search;

/// <summary>
/// Pairs of entries (people, festivals) that are probably one and the same, for curators to review: two entries are
/// paired when one name of each has the same search skeleton (<see cref="TextFolding.SearchText"/>, words in any
/// order), or skeletons within one edit of each other when both are long enough for one edit to be a typo rather than
/// another name. Candidates come from a deletion index (each skeleton and its one-character deletions), so the cost
/// grows with the number of names, not with its square.
/// </summary>
public static class LikelyDuplicates
{
    /// <summary>Skeletons shorter than this are paired only when equal: "li" and "le" are not a typo.</summary>
    public const int MinimumLengthForOneEdit = 6;

    /// <returns>Each pair once, the smaller id first, ordered by the first id then the second.</returns>
    public static IReadOnlyList<(int First, int Second)> Find(IEnumerable<(int Id, IEnumerable<string> Names)> entries) =>
        Find(entries, out _);

    /// <param name="entries">The entries and their names.</param>
    /// <param name="comparisons">How many pairs of skeletons were compared: the work done, which the deletion index keeps
    /// near the number of names rather than its square.</param>
    /// <returns>Each pair once, the smaller id first, ordered by the first id then the second.</returns>
    public static IReadOnlyList<(int First, int Second)> Find(IEnumerable<(int Id, IEnumerable<string> Names)> entries, out long comparisons)
    {
        ArgumentNullException.ThrowIfNull(entries);
        comparisons = 0;
        var index = new Dictionary<string, List<(int Id, string Skeleton)>>(StringComparer.Ordinal);
        var pairs = new HashSet<(int, int)>();
        foreach (var (id, names) in entries)
        {
            var skeletons = names.Select(Skeleton).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            foreach (var skeleton in skeletons)
            {
                foreach (var variant in Variants(skeleton))
                {
                    if (!index.TryGetValue(variant, out var seen))
                    {
                        index[variant] = seen = [];
                    }

                    comparisons += seen.Count;
                    foreach (var (otherId, otherSkeleton) in seen)
                    {
                        if (otherId != id && AreAlike(skeleton, otherSkeleton))
                        {
                            pairs.Add(otherId < id ? (otherId, id) : (id, otherId));
                        }
                    }

                    seen.Add((id, skeleton));
                }
            }
        }

        return [.. pairs.Order()];
    }

    /// <summary>The name's search tokens in ordinal order, so that "LOZNITSA Sergei" and "Sergei Loznitsa" meet.</summary>
    public static string Skeleton(string name) => string.Join(' ', TextFolding.SearchTokens(name).Order(StringComparer.Ordinal));

    private static bool AreAlike(string a, string b) =>
        a.Equals(b, StringComparison.Ordinal)
        || (a.Length >= MinimumLengthForOneEdit && b.Length >= MinimumLengthForOneEdit && TextFolding.WithinOneEdit(a, b));

    private static IEnumerable<string> Variants(string skeleton)
    {
        yield return skeleton;
        if (skeleton.Length < MinimumLengthForOneEdit)
        {
            yield break;
        }

        for (var i = 0; i < skeleton.Length; i++)
        {
            // Deleting either letter of a doubled pair gives the same string: once is enough.
            if (i == 0 || skeleton[i] != skeleton[i - 1])
            {
                yield return string.Concat(skeleton.AsSpan(0, i), skeleton.AsSpan(i + 1));
            }
        }
    }
}

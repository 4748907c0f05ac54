using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FilmCatalogue.BrowserTests;

public static class Axe
{
    /// <summary>axe-core's serious and critical violations on the page as it stands, one line each.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        return [.. result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")];
    }
}

using Deque.AxeCore.Playwright;

namespace FilmCatalogue.BrowserTests;

public sealed class AccessibilityTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    public static TheoryData<string> PublicPages() =>
    [
        "/",
        "/films",
        "/films?genre=documentary",
        "/films/the-siege-2005",
        "/films/hedgehog-in-the-fog-1975",
        "/people",
        "/people?letter=" + Uri.EscapeDataString("Л"),
        "/people/sergei-loznitsa",
        "/festivals",
        "/festivals/karlovy-vary-international-film-festival",
        "/organisations",
        "/organisations/soyuzmultfilm",
        "/search?q=loznitsa",
        "/search?q=nothing-matches-this",
        "/downloads",
        "/no-such-page",
    ];

    [SkippableTheory]
    [MemberData(nameof(PublicPages))]
    public async Task EveryPublicPageHasNoSeriousAccessibilityViolation(string url)
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(url);

        var result = await page.RunAxe();

        Assert.NotEmpty(result.Passes);
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }
}

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
        // A person's films in one role, with the link back to the person.
        "/people/sergei-loznitsa/directed-by",
        "/festivals",
        "/festivals/karlovy-vary-international-film-festival",
        // An edition's own page, with the navigation between the festival's editions.
        "/festivals/amsterdam-international-documentary-film-festival-idfa/2015",
        "/organisations",
        "/organisations/soyuzmultfilm",
        // An organisation's films in one role, with the link back to the organisation.
        "/organisations/soyuzmultfilm/production",
        "/search?q=loznitsa",
        "/search?q=nothing-matches-this",
        "/downloads",
        "/no-such-page",
        // The interface in French and in Russian: longer words, other scripts, the same structure.
        "/?lang=fr",
        "/films/the-siege-2005?lang=fr",
        "/people/sergei-loznitsa?lang=fr",
        "/festivals?lang=fr",
        "/festivals/amsterdam-international-documentary-film-festival-idfa/2010?lang=ru",
        "/people/sergei-loznitsa/writing-credits?lang=ru",
        "/organisations/soyuzmultfilm/production?lang=fr",
        "/account/login?lang=fr",
        "/?lang=ru",
        "/films?lang=ru",
        "/films/the-siege-2005?lang=ru",
        "/search?q=loznitsa&lang=ru",
        "/no-such-page?lang=ru",
    ];

    [SkippableTheory]
    [MemberData(nameof(PublicPages))]
    public async Task EveryPublicPageHasNoSeriousAccessibilityViolation(string url)
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(url);

        var serious = await page.SeriousViolationsAsync();

        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }
}

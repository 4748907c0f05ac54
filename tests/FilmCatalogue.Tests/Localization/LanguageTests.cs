using System.Net;
using AngleSharp.Dom;
using FilmCatalogue.Tests.Web;
using Microsoft.AspNetCore.Hosting;

namespace FilmCatalogue.Tests.Localization;

/// <summary>Which language a visitor gets, how they choose another, and what tells search engines about each.</summary>
public sealed class LanguageTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    private const string Siege = "/films/the-siege-2005";

    [Fact]
    public async Task EnglishIsTheLanguageOfAVisitorWhoSaysNothing()
    {
        var page = await GetAsync(Siege);

        Assert.Equal("en", Language(page));
        Assert.Equal("Credits", page.QuerySelector("#credits")!.Text());
        Assert.Equal("Directed by", page.QuerySelector(".credits dt")!.Text());
    }

    [Theory]
    [InlineData("fr-FR,fr;q=0.9,en;q=0.5", "fr", "Générique", "Réalisation")]
    [InlineData("ru-RU,ru;q=0.9", "ru", "Создатели", "Режиссёр")]
    [InlineData("de-DE,fr;q=0.8", "fr", "Générique", "Réalisation")]
    [InlineData("de-DE", "en", "Credits", "Directed by")]
    public async Task AcceptLanguagePicksTheInterfaceLanguage(string acceptLanguage, string expected, string creditsHeading, string directedBy)
    {
        var page = await GetAsync(Siege, acceptLanguage: acceptLanguage);

        Assert.Equal(expected, Language(page));
        Assert.Equal(creditsHeading, page.QuerySelector("#credits")!.Text());
        Assert.Equal(directedBy, page.QuerySelector(".credits dt")!.Text());
    }

    [Fact]
    public async Task TheQueryParameterWinsOverTheCookieAndAcceptLanguage()
    {
        var page = await GetAsync(Siege + "?lang=fr", acceptLanguage: "ru", cookie: "ru");

        Assert.Equal("fr", Language(page));
    }

    [Fact]
    public async Task TheRememberedChoiceWinsOverAcceptLanguage()
    {
        var page = await GetAsync(Siege, acceptLanguage: "fr", cookie: "ru");

        Assert.Equal("ru", Language(page));
    }

    [Fact]
    public async Task AnUnknownLanguageInTheAddressFallsBackToTheVisitorsOwn()
    {
        var page = await GetAsync(Siege + "?lang=de", acceptLanguage: "fr");

        Assert.Equal("fr", Language(page));
    }

    [Fact]
    public async Task NumbersAreWrittenAsTheLanguageWritesThem()
    {
        // The fixture's three films: a count small enough to need no separator, but written in each language's words.
        var english = await GetAsync("/");
        var russian = await GetAsync("/", acceptLanguage: "ru");

        Assert.Equal("3 films", english.QuerySelector(".stats a[href='/films']")!.Text());
        Assert.Equal("3 фильма", russian.QuerySelector(".stats a[href='/films']")!.Text());
        Assert.Equal("2000-е", russian.QuerySelector(".filters a[href='/films?decade=2000']")!.Text().Split(' ')[0]);
    }

    [Fact]
    public async Task AFrenchPageShowsTheRecordsOwnTextAsWritten()
    {
        var page = await GetAsync("/films/hedgehog-in-the-fog-1975", acceptLanguage: "fr");

        Assert.Equal("fr", Language(page));
        Assert.Equal("Hedgehog in the Fog", page.QuerySelector("h1")!.Text());
        var original = page.QuerySelector(".other-titles [lang='ru']")!;
        Assert.Equal("Ёжик в тумане", original.Text());
        Assert.Contains("Yuriy Norshteyn", page.QuerySelector(".credits")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Soyuzmultfilm", page.QuerySelector(".credits")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Tehran International Festival of Films for Children", page.QuerySelector(".timeline")!.Text(), StringComparison.Ordinal);
        // The format's own words are the interface's: the colour term and the role labels are translated.
        Assert.Contains("Couleur", page.QuerySelector("[aria-label='Fiche technique']")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Musique", page.QuerySelectorAll(".credits dt").Select(dt => dt.Text()));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/films")]
    [InlineData("/films?letter=T")]
    [InlineData(Siege)]
    [InlineData("/people")]
    [InlineData("/people/sergei-loznitsa")]
    [InlineData("/festivals")]
    [InlineData("/organisations")]
    [InlineData("/downloads")]
    [InlineData("/search?q=siege")]
    public async Task EveryPublicPageNamesItsLanguageVersionsByAbsoluteAddress(string url)
    {
        var page = await GetAsync(url, acceptLanguage: "ru");

        var canonical = page.QuerySelector("link[rel='canonical']")!.GetAttribute("href")!;
        Assert.Equal($"http://localhost{url}", canonical);
        var alternates = page.QuerySelectorAll("link[rel='alternate'][hreflang]")
            .ToDictionary(link => link.GetAttribute("hreflang")!, link => link.GetAttribute("href")!);
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        Assert.Equal(new Dictionary<string, string>
        {
            ["en"] = $"{canonical}{separator}lang=en",
            ["fr"] = $"{canonical}{separator}lang=fr",
            ["ru"] = $"{canonical}{separator}lang=ru",
            ["x-default"] = canonical,
        }, alternates);
        Assert.All(alternates.Values, href => Assert.True(Uri.TryCreate(href, UriKind.Absolute, out _), href));
    }

    [Fact]
    public async Task APageAddressedInOneLanguageKeepsTheCanonicalOfThePage()
    {
        var page = await GetAsync("/films?lang=fr&letter=T");

        Assert.Equal("fr", Language(page));
        Assert.Equal("http://localhost/films?letter=T", page.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
        Assert.Equal("http://localhost/films?letter=T&lang=ru", page.QuerySelector("link[hreflang='ru']")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/account/login", HttpStatusCode.OK)]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    public async Task PrivatePagesAndErrorsHaveNoLanguageVersions(string url, HttpStatusCode status)
    {
        var page = await factory.CreateClient().GetPageAsync(url, status);

        Assert.Empty(page.QuerySelectorAll("link[hreflang]"));
        Assert.NotNull(page.QuerySelector("nav.language-switch"));
    }

    [Fact]
    public async Task TheSwitchOffersEachLanguageInItselfAndMarksTheCurrentOne()
    {
        var page = await GetAsync("/films?letter=T&lang=ru");

        var options = page.QuerySelectorAll("header nav.language-switch a").ToList();
        Assert.Equal(["English", "Français", "Русский"], options.Select(a => a.Text()));
        Assert.Equal(["en", "fr", "ru"], options.Select(a => a.GetAttribute("lang")));
        var current = Assert.Single(options, a => a.HasAttribute("aria-current"));
        Assert.Equal("true", current.GetAttribute("aria-current"));
        Assert.Equal("ru", current.GetAttribute("lang"));
        // Back to the same page, the language left to the choice just made.
        Assert.Equal("/language?lang=fr&returnUrl=%2Ffilms%3Fletter%3DT", options[1].GetAttribute("href"));
        Assert.Equal("Язык", page.QuerySelector("nav.language-switch")!.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task TheSwitchRemembersTheChoiceAndReturnsToTheSamePage()
    {
        using var browser = new TestBrowser(factory);
        var page = await browser.GetPageAsync("/films?letter=T");
        var russian = page.QuerySelector("nav.language-switch a[lang='ru']")!.GetAttribute("href")!;

        using var choice = await browser.GetAsync(russian);

        Assert.Equal(HttpStatusCode.Redirect, choice.StatusCode);
        Assert.Equal("/films?letter=T", choice.Headers.Location!.OriginalString);
        var cookie = Assert.Single(choice.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("FilmCatalogue.Language=c%3Dru%7Cuic%3Dru;", cookie, StringComparison.Ordinal);
        Assert.Contains("max-age=31536000", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("ru", Language(await browser.GetPageAsync("/films?letter=T")));
        Assert.Equal("ru", Language(await browser.GetPageAsync("/people")));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/films")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task TheSwitchRefusesToSendAnywhereElse(string returnUrl)
    {
        using var browser = new TestBrowser(factory);

        using var response = await browser.GetAsync($"/language?lang=fr&returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task TheSwitchRefusesALanguageTheCatalogueHasNot()
    {
        using var browser = new TestBrowser(factory);

        using var response = await browser.GetAsync("/language?lang=de&returnUrl=%2F");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OutsideDevelopmentTheLanguageCookieIsSecure()
    {
        using var production = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        using var browser = new TestBrowser(production, site: new Uri("https://localhost/"));

        using var choice = await browser.GetAsync("/language?lang=fr&returnUrl=%2F");

        Assert.Equal(HttpStatusCode.Redirect, choice.StatusCode);
        Assert.Contains("secure", Assert.Single(choice.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnErrorPageIsInTheVisitorsLanguageAndItsSwitchReturnsToTheMissingAddress()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no/such/page?x=1");
        request.Headers.AcceptLanguage.ParseAdd("fr");
        using var response = await client.SendAsync(request);
        var page = await TestBrowser.ReadAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page introuvable", page.QuerySelector("h1")!.Text());
        Assert.Equal("/language?lang=en&returnUrl=%2Fno%2Fsuch%2Fpage%3Fx%3D1", page.QuerySelector("nav.language-switch a[lang='en']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AnErrorPageSpeaksTheLanguageItsAddressAskedFor()
    {
        var page = await factory.CreateClient().GetPageAsync("/no/such/page?lang=ru", HttpStatusCode.NotFound);

        Assert.Equal("ru", Language(page));
        Assert.Equal("Страница не найдена", page.QuerySelector("h1")!.Text());
    }

    private async Task<IDocument> GetAsync(string url, string? acceptLanguage = null, string? cookie = null)
    {
        using var client = factory.CreateClient();
        using var request = Request(url, acceptLanguage, cookie);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await TestBrowser.ReadAsync(response);
    }

    internal static HttpRequestMessage Request(string url, string? acceptLanguage = null, string? cookie = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", $"FilmCatalogue.Language=c%3D{cookie}%7Cuic%3D{cookie}");
        }

        return request;
    }

    private static string? Language(IDocument page) => page.DocumentElement.GetAttribute("lang");
}

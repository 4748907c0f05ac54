using System.Net;
using FilmCatalogue.Tests.Accounts;
using FilmCatalogue.Tests.Web;
using FilmCatalogue.Web.Accounts;
using FilmCatalogue.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FilmCatalogue.Tests.Security;

/// <summary>
/// Access proved endpoint by endpoint: every endpoint the app maps (read from its own endpoint data source, not a list
/// kept by hand) is called with each method it accepts, its route filled from the seeded catalogue, by the callers it
/// must refuse.
/// </summary>
public sealed class EndpointAccessTests(AccountsFactory factory) : IClassFixture<AccountsFactory>
{
    private static readonly string[] AdminControllers = ["Dashboard", "Films", "FilmImages", "People", "Organisations", "Festivals", "History", "Import", "Curators"];
    private static readonly string[] UnsafeMethods = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch];

    [Fact]
    public void TheEndpointsForCuratorsAreFoundInEveryAdminController()
    {
        var curators = Endpoints().Where(e => e.ForCurators).ToList();

        Assert.NotEmpty(curators);
        Assert.Empty(AdminControllers.Except(curators.Select(e => e.Controller)));
        Assert.Contains(curators, e => e.Methods.Contains(HttpMethods.Post));
    }

    [Fact]
    public async Task AnAnonymousCallerIsSentToSignInByEveryEndpointThatNeedsAnAccount()
    {
        var data = await SeededAsync();
        using var anonymous = new TestBrowser(factory);

        foreach (var (endpoint, method) in Calls(e => e.NeedsAccount || e.ForCurators))
        {
            using var response = await SendAsync(anonymous, method, endpoint.Url(data), token: null);

            var refused = response.StatusCode == HttpStatusCode.Unauthorized
                || (response.StatusCode == HttpStatusCode.Redirect && new Uri(TestBrowser.Site, response.Headers.Location!).AbsolutePath == "/account/login");
            Assert.True(refused, $"{method} {endpoint.Url(data)} gave {(int)response.StatusCode} to an anonymous caller");
        }
    }

    [Fact]
    public async Task ASignedInAccountThatIsNotACuratorIsForbiddenEveryCuratorEndpoint()
    {
        var data = await SeededAsync();
        var email = await AccountsFactory.CreateAccountAsync(factory);
        using var account = new TestBrowser(factory);
        (await account.SignInAsync(email, AccountsFactory.Password)).Dispose();

        await AssertForbiddenAsync(account, Calls(e => e.ForCurators || e.NeedsCurator), data);
    }

    [Fact]
    public async Task APlainCuratorIsForbiddenEveryAdministratorEndpoint()
    {
        var data = await SeededAsync();
        var (curator, _) = await factory.SignedInAsync();
        using (curator)
        {
            var calls = Calls(e => e.NeedsAdministrator);
            Assert.NotEmpty(calls);
            await AssertForbiddenAsync(curator, calls, data);
        }
    }

    [Fact]
    public async Task EveryEndpointThatChangesSomethingRefusesARequestWithoutItsAntiforgeryToken()
    {
        var data = await SeededAsync();
        var (administrator, _) = await factory.SignedInAsync(administrator: true);
        var (other, _) = await factory.SignedInAsync(administrator: true);
        using (administrator)
        using (other)
        {
            var othersToken = await TokenAsync(other);
            var calls = Calls(e => !e.AcceptsAnyMethod).Where(c => UnsafeMethods.Contains(c.Method)).ToList();
            Assert.NotEmpty(calls);
            foreach (var (endpoint, method) in calls)
            {
                foreach (var token in new[] { null, othersToken })
                {
                    using var response = await SendAsync(administrator, method, endpoint.Url(data), token);
                    Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{method} {endpoint.Url(data)} {(token is null ? "without a token" : "with another account's token")} gave {(int)response.StatusCode}");
                }
            }
        }
    }

    [Fact]
    public void EveryEndpointNamesItsMethodsButTheErrorPagesAndTheHealthChecks()
    {
        var anyMethod = Endpoints().Where(e => e.AcceptsAnyMethod).Select(e => e.Pattern.RawText).ToList();

        // Error pages are re-executed with the failed request's method; health checks answer whatever probes them.
        Assert.Equal(["/health", "/health/live", "error", "error/{status:int}"], anyMethod.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NothingAnAnonymousCallerMayCallWritesButSigningInAndOut()
    {
        var anonymousWrites = Endpoints().Where(e => !e.NeedsAccount && !e.ForCurators && !e.AcceptsAnyMethod && e.Methods.Intersect(UnsafeMethods).Any());

        Assert.Equal(
            ["account/login", "account/login-with-2fa", "account/login-with-recovery-code", "account/logout"],
            anonymousWrites.Select(e => e.Pattern.RawText).Order(StringComparer.Ordinal));
    }

    private static async Task AssertForbiddenAsync(TestBrowser browser, IReadOnlyList<(CatalogueEndpoint Endpoint, string Method)> calls, SeededData data)
    {
        // The caller's own valid token: a refusal must be the authorization's, not the antiforgery check's.
        var token = await TokenAsync(browser);
        foreach (var (endpoint, method) in calls)
        {
            using var response = await SendAsync(browser, method, endpoint.Url(data), token);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {endpoint.Url(data)} gave {(int)response.StatusCode}");
        }
    }

    private static async Task<string> TokenAsync(TestBrowser browser)
    {
        var page = await browser.GetPageAsync("/account/password");
        return page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
    }

    private static async Task<HttpResponseMessage> SendAsync(TestBrowser browser, string method, string url, string? token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (!HttpMethods.IsGet(method))
        {
            request.Content = new FormUrlEncodedContent(token is null ? [] : [new("__RequestVerificationToken", token)]);
        }

        return await browser.Client.SendAsync(request);
    }

    private List<(CatalogueEndpoint Endpoint, string Method)> Calls(Func<CatalogueEndpoint, bool> which) =>
        [.. Endpoints().Where(which).SelectMany(e => e.Methods.Select(m => (e, m)))];

    private IEnumerable<CatalogueEndpoint> Endpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Select(e => new CatalogueEndpoint(e));

    private async Task<SeededData> SeededAsync()
    {
        var account = await AccountsFactory.CreateAccountAsync(factory);
        return await factory.WithDatabaseAsync(async db =>
        {
            var film = await FirstAsync(db.Films);
            return new SeededData
            {
                Film = film,
                Person = await FirstAsync(db.People),
                Organisation = await FirstAsync(db.Organisations),
                Festival = await FirstAsync(db.Festivals),
                FilmRevision = await db.Revisions.Where(r => r.EntryKind == EntryKind.Film && r.EntryId == film.Id).MinAsync(r => r.Id),
                AccountId = (await db.Users.SingleAsync(u => u.Email == account)).Id,
            };
        });
    }

    private static async Task<(int Id, string Slug)> FirstAsync<TEntry>(IQueryable<TEntry> entries)
        where TEntry : class, ICatalogueEntry
    {
        var first = await entries.OrderBy(e => e.Id).Select(e => new { e.Id, e.Slug }).FirstAsync();
        return (first.Id, first.Slug);
    }

    private sealed record SeededData
    {
        public required (int Id, string Slug) Film { get; init; }
        public required (int Id, string Slug) Person { get; init; }
        public required (int Id, string Slug) Organisation { get; init; }
        public required (int Id, string Slug) Festival { get; init; }
        public required int FilmRevision { get; init; }
        public required string AccountId { get; init; }
    }

    private sealed class CatalogueEndpoint(RouteEndpoint endpoint)
    {
        private readonly IReadOnlyList<IAuthorizeData> authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();

        public RoutePattern Pattern => endpoint.RoutePattern;

        public string? Controller => endpoint.RoutePattern.RequiredValues.GetValueOrDefault("controller") as string;

        /// <summary>In the Admin area, whatever its attributes say: what they should say is the question.</summary>
        public bool ForCurators =>
            endpoint.RoutePattern.RequiredValues.GetValueOrDefault("area") as string == "Admin" || Pattern.RawText!.StartsWith("admin", StringComparison.Ordinal);

        public bool NeedsAccount =>
            endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null && (authorize.Count > 0 || endpoint.Metadata.GetMetadata<AuthorizationPolicy>() is not null);

        public bool NeedsCurator => NeedsAccount && authorize.Any(a => a.Policy == CatalogueRoles.CuratorPolicy || !string.IsNullOrEmpty(a.Roles));

        public bool NeedsAdministrator => NeedsAccount && authorize.Any(a => a.Roles?.Split(',').Contains(CatalogueRoles.Administrator) == true);

        public bool AcceptsAnyMethod => endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is null;

        /// <summary>The methods it accepts; one that accepts any is called with GET and POST.</summary>
        public IReadOnlyList<string> Methods => endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get, HttpMethods.Post];

        /// <summary>The endpoint's address, each route value taken from the seeded catalogue.</summary>
        public string Url(SeededData data) => "/" + string.Join('/', Pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => Value(parameter.Name, data),
            _ => throw new InvalidOperationException($"unknown part in {Pattern.RawText}"),
        }))));

        public override string ToString() => $"{string.Join('/', Methods)} {Pattern.RawText}";

        private string Value(string parameter, SeededData data) => (Controller, parameter) switch
        {
            ("History", "segment") => "films",
            ("History", "id") or ("Films", "id") or ("FilmImages", "filmId") => $"{data.Film.Id}",
            // The seeded catalogue has no uploads; every call here is refused before its action would look for one.
            ("FilmImages", "imageId") => "1",
            ("History", "revisionId") => $"{data.FilmRevision}",
            ("Films", "slug") => data.Film.Slug,
            ("People", "id") => $"{data.Person.Id}",
            ("People", "slug") => data.Person.Slug,
            ("Organisations", "id") => $"{data.Organisation.Id}",
            ("Organisations", "slug") => data.Organisation.Slug,
            ("Festivals", "id") => $"{data.Festival.Id}",
            ("Festivals", "slug") => data.Festival.Slug,
            ("Curators", "id") => data.AccountId,
            _ => throw new InvalidOperationException($"no value for {{{parameter}}} in {Pattern.RawText}: give this test one from the seeded catalogue"),
        };
    }
}

using System.Net;
using AngleSharp.Dom;
using FilmCatalogue.Tests.Accounts;
using FilmCatalogue.Tests.Admin;
using FilmCatalogue.Tests.Web;
using FilmCatalogue.Web.Accounts;
using FilmCatalogue.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace FilmCatalogue.Tests.Storage;

/// <summary>
/// The catalogue's database on a real disk of a few megabytes that fills up or turns read-only under a curator's
/// save, while visitors read. Needs root to mount the disk; skipped with the reason otherwise.
/// </summary>
public sealed class DiskFailureTests
{
    private const string Film = "hedgehog-in-the-fog-1975";

    [SkippableFact]
    public async Task OnAFullDiskASaveIsRefusedWithA503AndNothingStoredWhileVisitorsReadAndOnceFreedItSaves()
    {
        Skip.If(TestDatabase.IsPostgreSql, "SQLite only: the database file on a small disk of its own");
        using var disk = SmallDisk.Mount("16m");
        using var catalogue = new CatalogueOnDisk(disk);
        using var curator = await catalogue.SignedInCuratorAsync();
        var id = await catalogue.FilmIdAsync();
        var before = await catalogue.StoredAsync(id);
        await catalogue.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)"));
        var form = await curator.GetPageAsync($"/admin/films/{id}/edit");
        disk.Fill();

        using var refused = await SaveSynopsisAsync(curator, form, "Written on a full disk.");

        await AssertRefusedAsync(refused, "its disk is full");
        await AssertVisitorsReadAsync(catalogue);
        Assert.Equal(before, await catalogue.StoredAsync(id));
        var error = Assert.Single(catalogue.Errors);
        Assert.Contains("its disk is full", Render(error), StringComparison.Ordinal);
        Assert.Contains($"/admin/films/{id}/edit", Render(error), StringComparison.Ordinal);

        disk.Free();
        using var saved = await SaveSynopsisAsync(curator, await curator.GetPageAsync($"/admin/films/{id}/edit"), "Written once there was room.");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(("Written once there was room.", before.Revisions + 1), await catalogue.StoredAsync(id));
        using var visitor = new TestBrowser(catalogue);
        Assert.Contains("Written once there was room.", (await visitor.GetPageAsync($"/films/{Film}")).Source.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task OnADiskRemountedReadOnlyASaveIsRefusedWithA503WhileVisitorsReadAndOnceWritableItSaves()
    {
        Skip.If(TestDatabase.IsPostgreSql, "SQLite only: the database file on a small disk of its own");
        using var disk = SmallDisk.Mount("16m");
        using var catalogue = new CatalogueOnDisk(disk);
        using var curator = await catalogue.SignedInCuratorAsync();
        var id = await catalogue.FilmIdAsync();
        var before = await catalogue.StoredAsync(id);
        var form = await curator.GetPageAsync($"/admin/films/{id}/edit");
        disk.RemountReadOnly(catalogue.ConnectionString);

        using var refused = await SaveSynopsisAsync(curator, form, "Written on a read-only disk.");

        await AssertRefusedAsync(refused, "its disk is read-only");
        await AssertVisitorsReadAsync(catalogue);
        Assert.Equal(before, await catalogue.StoredAsync(id));
        Assert.Contains("its disk is read-only", Render(Assert.Single(catalogue.Errors)), StringComparison.Ordinal);

        disk.RemountWritable();
        using var saved = await SaveSynopsisAsync(curator, await curator.GetPageAsync($"/admin/films/{id}/edit"), "Written once the disk was writable.");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(("Written once the disk was writable.", before.Revisions + 1), await catalogue.StoredAsync(id));
    }

    private static Task<HttpResponseMessage> SaveSynopsisAsync(TestBrowser curator, IDocument form, string synopsis) =>
        curator.SubmitAsync(form, AdminSteps.FilmForm, new Dictionary<string, string> { ["Input.SynopsisMarkdown"] = synopsis });

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string cause)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(1), response.Headers.RetryAfter?.Delta);
        var page = await TestBrowser.ReadAsync(response);
        var text = page.QuerySelector("main")!.Text();
        Assert.Contains("cannot save right now", text, StringComparison.Ordinal);
        Assert.Contains(cause, text, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved", text, StringComparison.Ordinal);
    }

    /// <summary>A visitor reads a film, a person they had not looked at yet, the index and a search: all served.</summary>
    private static async Task AssertVisitorsReadAsync(CatalogueOnDisk catalogue)
    {
        using var visitor = new TestBrowser(catalogue);
        foreach (var url in new[] { $"/films/{Film}", "/people/yuriy-norshteyn", "/films", "/search?q=hedgehog" })
        {
            await visitor.GetPageAsync(url);
        }
    }

    private static string Render(LogEvent logEvent) => logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The catalogue with its database (and its keys) on the disk, pages read from the database rather than the output
    /// cache, and the log captured.
    /// </summary>
    private sealed class CatalogueOnDisk(SmallDisk disk) : CatalogueFactory
    {
        private readonly CapturingSink sink = new();

        public override string DatabasePath => Path.Combine(disk.Folder, "catalogue.db");

        public string ConnectionString => $"Data Source={DatabasePath}";

        /// <summary>What was logged as an error, but for the one line that sums up each request.</summary>
        public IEnumerable<LogEvent> Errors => sink.Events.Where(e => e.Level >= LogEventLevel.Error
            && !(e.Properties.TryGetValue("SourceContext", out var source) && source.ToString() == "\"Serilog.AspNetCore.RequestLoggingMiddleware\""));

        public async Task<TestBrowser> SignedInCuratorAsync()
        {
            var email = await AccountsFactory.CreateAccountAsync(this, CatalogueRoles.Curator);
            var curator = new TestBrowser(this);
            using var signIn = await curator.SignInAsync(email, AccountsFactory.Password);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            return curator;
        }

        public Task<int> FilmIdAsync() => WithDatabaseAsync(db => db.Films.Where(f => f.Slug == Film).Select(f => f.Id).SingleAsync());

        /// <summary>The film's synopsis and its number of revisions, as stored.</summary>
        public Task<(string? Synopsis, int Revisions)> StoredAsync(int id) => WithDatabaseAsync(async db =>
            (await db.Films.Where(f => f.Id == id).Select(f => f.SynopsisMarkdown).SingleAsync(),
             await db.Revisions.CountAsync(r => r.EntryKind == EntryKind.Film && r.EntryId == id)));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Catalogue:Database", "Sqlite");
            builder.UseSetting("ConnectionStrings:Catalogue", ConnectionString);
            builder.UseSetting("Catalogue:OutputCache", "false");
            builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(sink));
        }
    }
}

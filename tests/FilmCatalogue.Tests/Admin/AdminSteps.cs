using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using FilmCatalogue.Tests.Web;

namespace FilmCatalogue.Tests.Admin;

/// <summary>What a curator does in the admin, step by step through its real pages and forms.</summary>
public static partial class AdminSteps
{
    public const string FilmForm = "form.film-editor";
    public const string EntryForm = "main form.form-stack";

    /// <summary>A word of letters only, different in every test: names fold, so digits and hyphens would not tell them apart.</summary>
    public static string UniqueWord() =>
        "Z" + new string([.. Guid.NewGuid().ToString("N")[..10].Select(c => (char)('a' + (Convert.ToInt32(c.ToString(), 16) % 26)))]);

    /// <summary>Fills in "new film" and saves it; returns the film's id, from the editor it lands on.</summary>
    public static async Task<int> CreateFilmAsync(this TestBrowser browser, string title, IReadOnlyDictionary<string, string>? fields = null)
    {
        var page = await browser.GetPageAsync("/admin/films/new");
        var values = new Dictionary<string, string>(fields ?? new Dictionary<string, string>()) { ["Input.Title"] = title };
        using var response = await browser.SubmitAsync(page, FilmForm, values);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdIn(response.Headers.Location!.OriginalString);
    }

    public static async Task<HttpResponseMessage> EditFilmAsync(this TestBrowser browser, int id, IReadOnlyDictionary<string, string> values)
    {
        var page = await browser.GetPageAsync($"/admin/films/{id}/edit");
        return await browser.SubmitAsync(page, FilmForm, values);
    }

    public static int IdIn(string url) => int.Parse(IdPattern().Match(url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The message shown beside a field, empty when there is none.</summary>
    public static string MessageFor(this IDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.Text() ?? "";

    /// <summary>Submits a form with a file, as a browser sends a form with enctype multipart/form-data.</summary>
    public static Task<HttpResponseMessage> SubmitWithFileAsync(this TestBrowser browser, IDocument page, string formSelector, string fileField, string fileName, byte[] content) =>
        browser.SubmitWithFilesAsync(page, formSelector, [new FormFile(fileField, fileName, content, "text/plain")]);

    /// <summary>Submits a form with its fields (the page's, then <paramref name="values"/>) and files, as multipart/form-data.</summary>
    public static Task<HttpResponseMessage> SubmitWithFilesAsync(
        this TestBrowser browser, IDocument page, string formSelector, IReadOnlyList<FormFile> files, IReadOnlyDictionary<string, string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(files);
        var (form, action) = TestBrowser.FormOn(page, formSelector);
        var body = new MultipartFormDataContent();
        foreach (var (name, value) in TestBrowser.FieldsOf(form, values))
        {
            body.Add(new StringContent(value), name);
        }

        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.ContentType);
            body.Add(part, file.Field, file.FileName);
        }

        return browser.Client.PostAsync(action, body);
    }

    [GeneratedRegex(@"/(\d+)/edit")]
    private static partial Regex IdPattern();
}

/// <summary>A file a form sends: its field, its name on the sender's computer, its bytes and the type the sender claims.</summary>
public sealed record FormFile(string Field, string FileName, byte[] Content, string ContentType);

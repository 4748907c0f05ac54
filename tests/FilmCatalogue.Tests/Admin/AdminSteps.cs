using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
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
    public static Task<HttpResponseMessage> SubmitWithFileAsync(this TestBrowser browser, IDocument page, string formSelector, string fileField, string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(page);
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}'");
        var body = new MultipartFormDataContent();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "hidden" or "text" } input when !string.IsNullOrEmpty(input.Name):
                    body.Add(new StringContent(input.Value), input.Name);
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    body.Add(new StringContent(area.Value), area.Name);
                    break;
            }
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        body.Add(file, fileField, fileName);
        return browser.Client.PostAsync(new Uri(new Uri(page.Url), form.GetAttribute("action")), body);
    }

    [GeneratedRegex(@"/(\d+)/edit")]
    private static partial Regex IdPattern();
}

using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace FilmCatalogue.Tests.Web;

/// <summary>
/// A browser of the test host: it keeps cookies, does not follow redirects (tests look at them), reads pages with
/// AngleSharp and submits a page's real forms, antiforgery token included.
/// </summary>
public sealed class TestBrowser : IDisposable
{
    public static readonly Uri Site = new("http://localhost/");

    /// <param name="proxy">What stands between this browser and the site, if anything (a reverse proxy).</param>
    public TestBrowser(WebApplicationFactory<Program> factory, CookieContainer? cookies = null, Uri? site = null, DelegatingHandler? proxy = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Cookies = cookies ?? new CookieContainer();
        Client = proxy is null
            ? factory.CreateDefaultClient(site ?? Site, new CookieContainerHandler(Cookies))
            : factory.CreateDefaultClient(site ?? Site, new CookieContainerHandler(Cookies), proxy);
    }

    public CookieContainer Cookies { get; }

    public HttpClient Client { get; }

    /// <summary>The sign-in cookie, when the browser holds one.</summary>
    public Cookie? SignInCookie => Cookies.GetCookies(Client.BaseAddress!)[AccountCookies.SignIn];

    public Task<IDocument> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK) => Client.GetPageAsync(url, expected);

    public Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(url);

    /// <summary>Fills in the form (the page's values, then <paramref name="values"/>) and submits it as the browser would.</summary>
    public Task<HttpResponseMessage> SubmitAsync(IDocument page, string formSelector, IReadOnlyDictionary<string, string>? values = null)
    {
        var (form, action) = FormOn(page, formSelector);
        return Client.PostAsync(action, new FormUrlEncodedContent(FieldsOf(form, values)));
    }

    /// <summary>The form and the address it posts to.</summary>
    public static (IHtmlFormElement Form, Uri Action) FormOn(IDocument page, string formSelector)
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}");
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? new Uri(page.Url) : new Uri(new Uri(page.Url), form.GetAttribute("action"));
        return (form, action);
    }

    /// <summary>The values a browser would send for the form's fields, files aside, then <paramref name="values"/> instead of the page's.</summary>
    public static List<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form, IReadOnlyDictionary<string, string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked:
                case IHtmlInputElement { Type: "submit" or "button" or "image" or "file" }:
                    continue;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name, select.Value ?? ""));
                    break;
            }
        }

        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        return fields;
    }

    /// <summary>Opens the sign-in page and submits its form.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password, string? returnUrl = null)
    {
        var page = await GetPageAsync(returnUrl is null ? "/account/login" : $"/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        return await SubmitAsync(page, "main form", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
    }

    public static async Task<IDocument> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    public void Dispose() => Client.Dispose();
}

public static class AccountCookies
{
    public const string SignIn = "FilmCatalogue.Curator";
}

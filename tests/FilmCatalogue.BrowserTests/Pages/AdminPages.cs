using Microsoft.Playwright;

namespace FilmCatalogue.BrowserTests.Pages;

public sealed class SignInPage(IPage page)
{
    public async Task SignInAsync(string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }
}

public sealed class FilmEditorPage(IPage page)
{
    private ILocator Synopsis => page.Locator("textarea[name='Input.SynopsisMarkdown']");

    public static async Task<FilmEditorPage> OpenFromPublicPageAsync(IPage page, string slug)
    {
        await page.GotoAsync($"/films/{slug}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/films/**");
        return new FilmEditorPage(page);
    }

    public async Task<string> PreviewSynopsisAsync(string markdown)
    {
        await Synopsis.FillAsync(markdown);
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview synopsis" }).First.ClickAsync();
        return await page.Locator("#preview-heading + .synopsis").InnerHTMLAsync();
    }

    public Task<string> SynopsisAsync() => Synopsis.InputValueAsync();

    public async Task SaveAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).First.ClickAsync();
        await page.WaitForLoadStateAsync();
    }
}

public sealed class FilmImagesPage(IPage page)
{
    private ILocator UploadForm => page.Locator("form.upload-form");

    public static async Task<FilmImagesPage> OpenFromEditorAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Posters and stills", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/images");
        return new FilmImagesPage(page);
    }

    /// <summary>Fills in the upload form's first row and sends it; returns the message the page comes back with.</summary>
    public async Task<string> UploadAsync(FilePayload file, string kind, string altText, string caption)
    {
        await UploadForm.GetByLabel("Image file").SetInputFilesAsync(file);
        await UploadForm.GetByLabel("Kind").SelectOptionAsync(kind);
        await UploadForm.GetByLabel("Alt text").FillAsync(altText);
        await UploadForm.GetByLabel("Caption").FillAsync(caption);
        await UploadForm.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync();
        return await page.Locator(".status-message").InnerTextAsync();
    }

    public Task<string[]> AltTextsAsync() => page.Locator("form.image-list input[name$='.AltText']").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)");
}

public sealed class ImportPage(IPage page)
{
    public async Task<string> PreviewAsync(string record)
    {
        await page.GotoAsync("/admin/import");
        await page.Locator("textarea[name='Input.Text']").FillAsync(record);
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview", Exact = true }).ClickAsync();
        return await page.Locator("#preview-heading").InnerTextAsync();
    }

    public async Task<string> ImportAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        return await page.Locator(".import-outcome h2").InnerTextAsync();
    }
}

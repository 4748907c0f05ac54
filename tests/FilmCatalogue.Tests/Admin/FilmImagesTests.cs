using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using FilmCatalogue.Tests.Accounts;
using FilmCatalogue.Tests.Images;
using FilmCatalogue.Tests.Web;
using FilmCatalogue.Web.Accounts;
using FilmCatalogue.Web.Data;
using FilmCatalogue.Web.Images;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace FilmCatalogue.Tests.Admin;

public sealed partial class FilmImagesTests(AccountsFactory factory) : IClassFixture<AccountsFactory>
{
    private const string UploadForm = "form.upload-form";
    private const string ImagesForm = "form.image-list";

    private string UploadsFolder => factory.UploadsFolder;

    [Fact]
    public async Task APngAndAJpegAreStoredReencodedWithoutTheirMetadataWithThumbnailsUnderRandomNames()
    {
        var (browser, email) = await factory.SignedInAsync();
        var filmId = await browser.CreateFilmAsync("Uploads " + AdminSteps.UniqueWord());
        var jpeg = TestImages.WithExif(TestImages.Jpeg(1600, 1000), SKEncodedOrigin.TopLeft);
        Assert.True(TestImages.HasExif(jpeg));

        using var response = await UploadAsync(browser, filmId,
            new Row("poster-scan.png", TestImages.Png(1200, 1800), "Poster", "A woman at a window, the title in red letters"),
            new Row("IMG_2043.JPG", jpeg, "Still", "Two men on a cart in the snow", "On the road to the village", "Mosfilm archive"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var images = await ImagesOfAsync(filmId);
        Assert.Equal([ImageKind.Poster, ImageKind.Still], images.Select(i => i.Kind));
        var (poster, still) = (images[0], images[1]);
        Assert.Equal((1200, 1800), (poster.Width, poster.Height));
        Assert.Equal(("On the road to the village", "Mosfilm archive"), (still.Caption, still.Credit));
        Assert.Equal(email, still.CuratorEmail);
        foreach (var image in images)
        {
            Assert.Matches(StoredName(), image.FileName);
            AssertStored(image.FileName, image.Width, image.Height);
            AssertStored(image.MediumFileName!, ImageReencoder.MediumWidth, (int)Math.Round(image.Height * (double)ImageReencoder.MediumWidth / image.Width));
            AssertStored(image.SmallFileName!, ImageReencoder.SmallWidth, (int)Math.Round(image.Height * (double)ImageReencoder.SmallWidth / image.Width));
        }

        Assert.NotEqual(poster.FileName[..26], still.FileName[..26]);
        Assert.False(TestImages.HasExif(await File.ReadAllBytesAsync(Path.Combine(UploadsFolder, still.FileName))));
        Assert.DoesNotContain(Directory.GetFiles(UploadsFolder), f => f.EndsWith(".tmp", StringComparison.Ordinal) || f.Contains("IMG_2043", StringComparison.Ordinal));
        var note = await factory.WithDatabaseAsync(db => db.Revisions.Where(r => r.EntryKind == EntryKind.Film && r.EntryId == filmId).OrderByDescending(r => r.Id).Select(r => r.Note).FirstAsync());
        Assert.Equal("Uploaded the poster “A woman at a window, the title in red letters”, the still “Two men on a cart in the snow”", note);
    }

    [Fact]
    public async Task VisitorsSeeTheImagesAsLazyFiguresWithAltTextAndCaptionsAndThePosterAsThePagesPicture()
    {
        var (browser, _) = await factory.SignedInAsync();
        var filmId = await browser.CreateFilmAsync("Gallery " + AdminSteps.UniqueWord());
        var slug = await factory.WithDatabaseAsync(db => db.Films.Where(f => f.Id == filmId).Select(f => f.Slug).FirstAsync());
        using var visitor = new TestBrowser(factory);
        // Cached before the upload: the upload must evict it.
        Assert.Null((await visitor.GetPageAsync($"/films/{slug}")).QuerySelector(".gallery"));

        (await UploadAsync(browser, filmId,
            new Row("still.jpg", TestImages.Jpeg(1400, 700), "Still", "A train crossing a frozen river", "The first winter"),
            new Row("poster.png", TestImages.Png(700, 1000), "Poster", "The poster: a face in profile"))).Dispose();

        var page = await visitor.GetPageAsync($"/films/{slug}");
        Assert.Equal("Posters and stills", page.QuerySelector("#images")!.Text());
        var figures = page.QuerySelectorAll(".gallery figure");
        Assert.Equal(2, figures.Length);
        var img = figures[0].QuerySelector("img")!;
        Assert.Equal("A train crossing a frozen river", img.GetAttribute("alt"));
        Assert.Equal(("lazy", "async"), (img.GetAttribute("loading"), img.GetAttribute("decoding")));
        Assert.Equal(("1400", "700"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Contains(" 320w", img.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Contains(" 960w", img.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Contains(" 1400w", img.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(img.GetAttribute("sizes")));
        Assert.Equal("The first winter", figures[0].QuerySelector("figcaption")!.Text());
        Assert.Null(figures[1].QuerySelector("figcaption"));

        var poster = (await ImagesOfAsync(filmId)).Single(i => i.Kind == ImageKind.Poster);
        var posterUrl = $"http://localhost/images/{poster.FileName}";
        Assert.Equal(posterUrl, page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal("The poster: a face in profile", page.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content"));
        var image = page.JsonLd().GetProperty("image");
        Assert.Equal(posterUrl, image.GetProperty("url").GetString());
        Assert.Equal(1000, image.GetProperty("height").GetInt32());
    }

    [Fact]
    public async Task CuratorsAreToldInTheirLanguageAndVisitorsReadTheGalleryInTheirs()
    {
        var (browser, _) = await factory.SignedInAsync();
        var title = "Langues " + AdminSteps.UniqueWord();
        var filmId = await browser.CreateFilmAsync(title);
        (await browser.GetAsync("/language?lang=fr&returnUrl=%2F")).Dispose();

        using var response = await UploadAsync(browser, filmId, new Row("affiche.jpg", "Pas une image."u8.ToArray(), "Poster", "Une affiche"));

        var page = await TestBrowser.ReadAsync(response);
        Assert.Equal($"Affiches et photos de « {title} »", page.QuerySelector("h1")!.Text().Replace('\u00a0', ' '));
        Assert.Equal("affiche.jpg n’est pas une image JPEG, PNG, WebP ou GIF, quoi qu’en dise son nom.", page.MessageFor("Uploads[0].File"));
        (await UploadAsync(browser, filmId, new Row("affiche.png", TestImages.Png(600, 900), "Poster", "Une affiche", Credit: "Cinémathèque"))).Dispose();
        var slug = await factory.WithDatabaseAsync(db => db.Films.Where(f => f.Id == filmId).Select(f => f.Slug).FirstAsync());
        var film = await new TestBrowser(factory).GetPageAsync($"/films/{slug}?lang=ru");
        Assert.Equal("Постеры и кадры", film.QuerySelector("#images")!.Text());
        Assert.Equal("Источник: Cinémathèque", film.QuerySelector(".gallery .credit")!.Text());
    }

    [Fact]
    public async Task AStoredImageIsServedAsWebPForAYearAndNothingElseInTheFolderIsServed()
    {
        var (browser, _) = await factory.SignedInAsync();
        var filmId = await browser.CreateFilmAsync("Served " + AdminSteps.UniqueWord());
        (await UploadAsync(browser, filmId, new Row("a.png", TestImages.Png(400, 300), "Still", "A lamp"))).Dispose();
        var image = (await ImagesOfAsync(filmId)).Single();
        var leftover = Path.Combine(UploadsFolder, ".leftover.tmp");
        await File.WriteAllTextAsync(leftover, "not for visitors");
        using var visitor = new TestBrowser(factory);

        using var response = await visitor.GetAsync($"/images/{image.FileName}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Equal(SKEncodedImageFormat.Webp, TestImages.FormatOf(await response.Content.ReadAsByteArrayAsync()));
        foreach (var url in new[] { "/images/", "/images", "/images/.leftover.tmp", "/images/..%2Fcatalogue.db", "/images/%2E%2E/catalogue.db" })
        {
            using var refused = await visitor.GetAsync(url);
            Assert.True(refused.StatusCode == HttpStatusCode.NotFound, $"{url}: {refused.StatusCode}");
        }

        File.Delete(leftover);
    }

    [Fact]
    public async Task TextNamedLikeAJpegIsRefusedByItsBytesAndNothingIsStored()
    {
        var (browser, _) = await factory.SignedInAsync();
        var filmId = await browser.CreateFilmAsync("Text " + AdminSteps.UniqueWord());
        var files = Directory.GetFiles(UploadsFolder);

        using var response = await UploadAsync(browser, filmId, new Row("poster.jpg", "Not an image at all, just words."u8.ToArray(), "Poster", "A poster", ContentType: "image/jpeg"));

        var page = await TestBrowser.ReadAsync(response);
        Assert.Equal("poster.jpg is not a JPEG, PNG, WebP or GIF image, whatever its name says.", page.MessageFor("Uploads[0].File"));
        using var unknownKind = await UploadAsync(browser, filmId, new Row("a.png", TestImages.Png(300, 200), "7", "A kind of its own"));
        Assert.Equal("The value '7' is invalid.", (await TestBrowser.ReadAsync(unknownKind)).MessageFor("Uploads[0].Kind"));
        Assert.Contains("Nothing was stored", page.MessageFor("Uploads"), StringComparison.Ordinal);
        Assert.Empty(await ImagesOfAsync(filmId));
        Assert.Equal(files, Directory.GetFiles(UploadsFolder));
    }

    [Fact]
    public async Task AnImageDeclaringVastDimensionsIsRefusedWithoutBeingDecoded()
    {
        var (browser, _) = await factory.SignedInAsync();
        var filmId = await browser.CreateFilmAsync("Bomb " + AdminSteps.UniqueWord());

        using var response = await UploadAsync(browser, filmId, new Row("bomb.png", TestImages.PngDeclaring(60_000, 60_000), "Still", "Nothing"));

        var page = await TestBrowser.ReadAsync(response);
        Assert.Equal("bomb.png is 60000 × 60000 pixels (3600 megapixels): at most 40 megapixels are taken.", page.MessageFor("Uploads[0].File"));
        Assert.Empty(await ImagesOfAsync(filmId));
    }

    [Fact]
    public async Task EachRowSaysWhatIsWrongWithItsFileAndNoneIsStored()
    {
        var (browser, _) = await factory.SignedInAsync();
        var filmId = await browser.CreateFilmAsync("Rows " + AdminSteps.UniqueWord());
        var png = TestImages.Png(500, 400);
        var truncated = TestImages.Jpeg(500, 400);

        using var response = await UploadAsync(browser, filmId,
            new Row("fine.png", png, "Still", "A fine image"),
            new Row("no-words.png", TestImages.Png(300, 300), "Still", ""),
            new Row("again.png", png, "Still", "The same image"),
            new Row("cut.jpg", truncated[..(truncated.Length / 2)], "Still", "Half an image"),
            new Row("empty.gif", [], "Still", "Nothing at all"));

        var page = await TestBrowser.ReadAsync(response);
        Assert.Equal("", page.MessageFor("Uploads[0].File"));
        Assert.StartsWith("no-words.png: please say what the image shows.", page.MessageFor("Uploads[1].AltText"), StringComparison.Ordinal);
        Assert.Equal("again.png is the same image as image 1.", page.MessageFor("Uploads[2].File"));
        Assert.Equal("cut.jpg ends before its image does: the JPEG file is cut short.", page.MessageFor("Uploads[3].File"));
        Assert.Equal("empty.gif is empty.", page.MessageFor("Uploads[4].File"));
        Assert.Equal("Half an image", page.QuerySelector("input[name='Uploads[3].AltText']")!.GetAttribute("value"));
        Assert.Empty(await ImagesOfAsync(filmId));

        (await UploadAsync(browser, filmId, new Row("fine.png", png, "Still", "A fine image"))).Dispose();
        using var twice = await UploadAsync(browser, filmId, new Row("fine-again.png", png, "Poster", "Once more"));
        Assert.Equal("fine-again.png is already among the film’s images, as the still “A fine image”.", (await TestBrowser.ReadAsync(twice)).MessageFor("Uploads[0].File"));
    }

    [Fact]
    public async Task AFileOverTheLimitIsRefusedByNameAndARequestOverTheLimitIsAnsweredUnread()
    {
        await using var limited = factory.WithWebHostBuilder(b => b
            .UseSetting("Catalogue:Uploads:MaxFileBytes", "1048576")
            .UseSetting("Catalogue:Uploads:MaxRequestBytes", "3145728"));
        using var browser = await SignInAsync(limited, CatalogueRoles.Curator);
        var filmId = await browser.CreateFilmAsync("Limits " + AdminSteps.UniqueWord());
        var large = new byte[1536 * 1024];

        using (var response = await UploadAsync(browser, filmId, new Row("scan.png", large, "Poster", "A scan")))
        {
            Assert.Equal("scan.png is 1.5 MB: at most 1 MB an image.", (await TestBrowser.ReadAsync(response)).MessageFor("Uploads[0].File"));
        }

        using (var response = await UploadAsync(browser, filmId, new Row("huge.png", new byte[4 * 1024 * 1024], "Poster", "A huge scan")))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            var page = await TestBrowser.ReadAsync(response);
            Assert.Contains("Nothing was stored: what was sent came to 4 MB, and at most 3 MB can be sent at once, 1 MB an image.", page.QuerySelector("[role='alert']")!.Text(), StringComparison.Ordinal);
            Assert.Equal($"/admin/films/{filmId}/images", page.QuerySelector("main p a")!.GetAttribute("href"));
        }

        Assert.Empty(await ImagesOfAsync(filmId));
    }

    [Fact]
    public async Task VisitorsAndAccountsThatAreNotCuratorsCannotUpload()
    {
        var (curator, _) = await factory.SignedInAsync();
        var filmId = await curator.CreateFilmAsync("Guarded " + AdminSteps.UniqueWord());
        var page = await curator.GetPageAsync($"/admin/films/{filmId}/images");
        using var visitor = new TestBrowser(factory);
        using var other = await SignInAsync(factory);
        var otherToken = (await other.GetPageAsync("/")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var file = new FormFile("Uploads[0].File", "a.png", TestImages.Png(200, 200), "image/png");
        var values = new Dictionary<string, string> { ["Uploads[0].AltText"] = "A square" };

        using var anonymous = await visitor.SubmitWithFilesAsync(page, UploadForm, [file], values);
        using var forbidden = await other.SubmitWithFilesAsync(page, UploadForm, [file], new Dictionary<string, string>(values) { ["__RequestVerificationToken"] = otherToken });
        using var forbiddenPage = await other.GetAsync($"/admin/films/{filmId}/images");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/login", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbiddenPage.StatusCode);
        Assert.Empty(await ImagesOfAsync(filmId));
    }

    [Fact]
    public async Task AnUploadWithoutTheAntiforgeryTokenIsRefused()
    {
        var (browser, _) = await factory.SignedInAsync();
        var filmId = await browser.CreateFilmAsync("Tokenless " + AdminSteps.UniqueWord());
        using var body = new MultipartFormDataContent
        {
            { new StringContent("A square"), "Uploads[0].AltText" },
            { new ByteArrayContent(TestImages.Png(200, 200)), "Uploads[0].File", "a.png" },
        };

        using var response = await browser.Client.PostAsync($"/admin/films/{filmId}/images/upload", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await ImagesOfAsync(filmId));
    }

    [Fact]
    public async Task WhenTheDatabaseRefusesTheImagesTheirFilesAreDeletedAndTheCuratorIsTold()
    {
        await using var failing = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            TestDatabase.ConfigureContext(services, options => options.AddInterceptors(new RefusingImages()))));
        using var browser = await SignInAsync(failing, CatalogueRoles.Curator);
        var filmId = await browser.CreateFilmAsync("Refused " + AdminSteps.UniqueWord());
        var files = Directory.GetFiles(UploadsFolder);

        using var response = await UploadAsync(browser, filmId, new Row("a.png", TestImages.Png(1200, 900), "Still", "A field"));

        var page = await TestBrowser.ReadAsync(response);
        Assert.Equal("The images could not be stored, and nothing of them was kept. Please try again in a moment.", page.MessageFor("Uploads"));
        Assert.Empty(await ImagesOfAsync(filmId));
        Assert.Equal(files, Directory.GetFiles(UploadsFolder));
    }

    [Fact]
    public async Task ACuratorChangesTheWordsAndOrderOfImagesAndDeletesOneWithItsFiles()
    {
        var (browser, _) = await factory.SignedInAsync();
        var filmId = await browser.CreateFilmAsync("Order " + AdminSteps.UniqueWord());
        (await UploadAsync(browser, filmId,
            new Row("1.png", TestImages.Png(600, 400), "Still", "First"),
            new Row("2.png", TestImages.Png(640, 400), "Still", "Second"))).Dispose();
        var page = await browser.GetPageAsync($"/admin/films/{filmId}/images");

        using var moved = await browser.SubmitAsync(page, ImagesForm, new Dictionary<string, string>
        {
            ["Images[1].Kind"] = "Poster", ["Images[1].Caption"] = "The poster, at last", ["command"] = "up:1",
        });
        var reordered = await TestBrowser.ReadAsync(moved);
        Assert.Equal("Second", reordered.QuerySelector("input[name='Images[0].AltText']")!.GetAttribute("value"));
        Assert.Equal(["First", "Second"], (await ImagesOfAsync(filmId)).Select(i => i.AltText));
        using var noAlt = await browser.SubmitAsync(reordered, ImagesForm, new Dictionary<string, string> { ["Images[1].AltText"] = " ", ["command"] = "save" });
        Assert.StartsWith("Please say what the image shows", (await TestBrowser.ReadAsync(noAlt)).MessageFor("Images[1].AltText"), StringComparison.Ordinal);
        using var saved = await browser.SubmitAsync(reordered, ImagesForm, new Dictionary<string, string> { ["command"] = "save" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var images = await ImagesOfAsync(filmId);
        Assert.Equal([("Second", ImageKind.Poster, "The poster, at last"), ("First", ImageKind.Still, null)], images.Select(i => (i.AltText, i.Kind, i.Caption)));

        var confirm = await browser.GetPageAsync($"/admin/films/{filmId}/images/{images[1].Id}/delete");
        Assert.Equal("First", confirm.QuerySelector("main img")!.GetAttribute("alt"));
        using var deleted = await browser.SubmitAsync(confirm, "main form.form-stack");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(["Second"], (await ImagesOfAsync(filmId)).Select(i => i.AltText));
        Assert.All(new[] { images[1].FileName, images[1].SmallFileName! }, f => Assert.False(File.Exists(Path.Combine(UploadsFolder, f))));
        Assert.True(File.Exists(Path.Combine(UploadsFolder, images[0].FileName)));
        var notes = await factory.WithDatabaseAsync(db => db.Revisions.Where(r => r.EntryKind == EntryKind.Film && r.EntryId == filmId).OrderByDescending(r => r.Id).Select(r => r.Note).Take(2).ToListAsync());
        Assert.Equal(["Deleted the still “First”", "Changed the words or the order of its images"], notes);
    }

    [Fact]
    public async Task DeletingAFilmDeletesItsImageFiles()
    {
        var (browser, _) = await factory.SignedInAsync();
        var filmId = await browser.CreateFilmAsync("Gone " + AdminSteps.UniqueWord());
        (await UploadAsync(browser, filmId, new Row("a.png", TestImages.Png(1000, 500), "Poster", "A poster"))).Dispose();
        var image = (await ImagesOfAsync(filmId)).Single();
        var confirm = await browser.GetPageAsync($"/admin/films/{filmId}/delete");
        Assert.Contains(confirm.QuerySelectorAll(".consequences li"), li => li.Text() == "its uploaded poster or still");

        (await browser.SubmitAsync(confirm, "main form.form-stack")).Dispose();

        Assert.False(await factory.WithDatabaseAsync(db => db.FilmImages.AnyAsync(i => i.FilmId == filmId)));
        Assert.All(ImageStore.FilesOf(image), f => Assert.False(File.Exists(Path.Combine(UploadsFolder, f!))));
    }

    private static async Task<TestBrowser> SignInAsync(WebApplicationFactory<Program> host, params string[] roles)
    {
        var email = await AccountsFactory.CreateAccountAsync(host, roles);
        var browser = new TestBrowser(host);
        (await browser.SignInAsync(email, AccountsFactory.Password)).Dispose();
        return browser;
    }

    /// <summary>Fills in as many rows of the upload form as there are files, and sends it.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(TestBrowser browser, int filmId, params Row[] rows)
    {
        var page = await browser.GetPageAsync($"/admin/films/{filmId}/images?rows={rows.Length}");
        var values = new Dictionary<string, string>();
        var files = new List<FormFile>();
        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
        {
            values[$"Uploads[{i}].Kind"] = row.Kind;
            values[$"Uploads[{i}].AltText"] = row.AltText;
            values[$"Uploads[{i}].Caption"] = row.Caption ?? "";
            values[$"Uploads[{i}].Credit"] = row.Credit ?? "";
            files.Add(new FormFile($"Uploads[{i}].File", row.FileName, row.Content, row.ContentType));
        }

        return await browser.SubmitWithFilesAsync(page, UploadForm, files, values);
    }

    private Task<List<FilmImage>> ImagesOfAsync(int filmId) =>
        factory.WithDatabaseAsync(db => db.FilmImages.AsNoTracking().Where(i => i.FilmId == filmId).OrderBy(i => i.Position).ToListAsync());

    private void AssertStored(string fileName, int width, int height)
    {
        var file = File.ReadAllBytes(Path.Combine(UploadsFolder, fileName));
        Assert.Equal(SKEncodedImageFormat.Webp, TestImages.FormatOf(file));
        using var bitmap = TestImages.Decode(file);
        Assert.Equal((width, height), (bitmap.Width, bitmap.Height));
    }

    [GeneratedRegex(@"\A[a-z0-9]{26}\.webp\z")]
    private static partial Regex StoredName();

    private sealed record Row(string FileName, byte[] Content, string Kind, string AltText, string? Caption = null, string? Credit = null, string ContentType = "application/octet-stream");

    /// <summary>A database that refuses every new image, as a full disk or a lost connection would.</summary>
    private sealed class RefusingImages : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            eventData.Context!.ChangeTracker.Entries<FilmImage>().Any(e => e.State == EntityState.Added)
                ? throw new DbUpdateException("The database refused the images.")
                : ValueTask.FromResult(result);
    }
}

using System.Security.Cryptography;
using System.Text.RegularExpressions;
using FilmCatalogue.Web.Data;

namespace FilmCatalogue.Web.Images;

/// <summary>
/// The stored images: files in one folder (<c>Catalogue:Uploads:Path</c>) under names drawn at random, never taken
/// from the upload, so that no name a curator sends reaches the file system. Files are written whole or not at all
/// (a temporary file, then a rename), and never changed afterwards: their URLs may be cached for good.
/// </summary>
public sealed partial class ImageStore
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>26 characters of 36: 134 random bits, beyond guessing.</summary>
    private const int NameLength = 26;

    private readonly ILogger<ImageStore> logger;

    public ImageStore(string root, ILogger<ImageStore> logger)
    {
        Root = root;
        this.logger = logger;
        Directory.CreateDirectory(root);
    }

    public string Root { get; }

    /// <summary>A new random name for an image's files; each of its sizes adds a suffix (<see cref="FileName"/>).</summary>
    public static string NewName() => RandomNumberGenerator.GetString(Alphabet, NameLength);

    /// <summary>The file name of one size of an image: "k3…x.webp" at its largest, "k3…x-320w.webp" for a thumbnail.</summary>
    public static string FileName(string name, int? thumbnailWidth = null) =>
        thumbnailWidth is { } width ? $"{name}-{width}w{ImageReencoder.Extension}" : name + ImageReencoder.Extension;

    /// <summary>Whether a name is one this store gives: the only names it writes or deletes.</summary>
    public static bool IsStoredName(string fileName) => StoredName().IsMatch(fileName);

    /// <summary>Writes the file under its final name only once all of it is on disk.</summary>
    public async Task WriteAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var path = PathOf(fileName);
        var temporary = Path.Combine(Root, $".{NewName()}.tmp");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await file.WriteAsync(content, cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: false);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Deletes the files that exist among <paramref name="fileNames"/>. One that cannot be deleted is logged and
    /// left: it is called once the rows are gone or a save has failed, and must not hide what happened.
    /// </summary>
    public void Delete(IEnumerable<string?> fileNames)
    {
        ArgumentNullException.ThrowIfNull(fileNames);
        foreach (var fileName in fileNames.OfType<string>())
        {
            try
            {
                File.Delete(PathOf(fileName));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                LogLeft(exception, fileName);
            }
        }
    }

    /// <summary>Every file of a film's image: the image and its thumbnails.</summary>
    public static IEnumerable<string?> FilesOf(FilmImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return [image.FileName, image.MediumFileName, image.SmallFileName];
    }

    private string PathOf(string fileName) =>
        IsStoredName(fileName) ? Path.Combine(Root, fileName) : throw new ArgumentException($"“{fileName}” is not the name of a stored image.", nameof(fileName));

    [LoggerMessage(Level = LogLevel.Warning, Message = "The image file {FileName} could not be deleted and is left behind")]
    private partial void LogLeft(Exception exception, string fileName);

    [GeneratedRegex(@"\A[a-z0-9]{26}(-[0-9]{2,4}w)?\.webp\z")]
    private static partial Regex StoredName();
}

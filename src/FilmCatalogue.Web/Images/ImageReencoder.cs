using System.Security.Cryptography;
using SkiaSharp;

namespace FilmCatalogue.Web.Images;

/// <summary>
/// Checks an uploaded file by its bytes and re-encodes it: what the file is comes from its signature and from
/// SkiaSharp's decoder, never from its name or the Content-Type its sender claimed. JPEG, PNG, WebP and GIF (its
/// first frame) are taken. The image is decoded only once its declared size is known to be within the limit, turned
/// upright as its EXIF orientation says, and written anew as WebP with no metadata (EXIF, GPS, XMP, colour profiles
/// are not carried over: the pixels are converted to sRGB), with thumbnails.
/// </summary>
public static class ImageReencoder
{
    /// <summary>The long edge of the largest image stored: larger uploads are scaled down to it.</summary>
    public const int LargestEdge = 2560;

    public const int SmallWidth = 320;

    public const int MediumWidth = 960;

    public const string ContentType = "image/webp";

    public const string Extension = ".webp";

    private const int WebpQuality = 82;

    /// <summary>The image re-encoded, or why it is refused.</summary>
    public static ImageCheck Reencode(ReadOnlySpan<byte> content, int maxMegapixels)
    {
        if (content.IsEmpty)
        {
            return ImageCheck.Refused(ImageProblem.Empty);
        }

        if (Sniff(content) is not { } format)
        {
            return ImageCheck.Refused(ImageProblem.NotAnImage);
        }

        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat != format.Format)
        {
            return ImageCheck.Refused(ImageProblem.Unreadable, format.Name);
        }

        // The header's word, before a byte of pixels is decoded: a small file may declare a vast image.
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if ((long)width * height > maxMegapixels * 1_000_000L)
        {
            return ImageCheck.Refused(ImageProblem.TooManyPixels, format.Name, width, height);
        }

        using var decoded = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb()));
        switch (codec.GetPixels(decoded.Info, decoded.GetPixels()))
        {
            case SKCodecResult.Success:
                break;
            case SKCodecResult.IncompleteInput:
                return ImageCheck.Refused(ImageProblem.CutShort, format.Name);
            default:
                return ImageCheck.Refused(ImageProblem.Damaged, format.Name);
        }

        using var turned = Upright(decoded, codec.EncodedOrigin);
        var upright = turned ?? decoded;
        var scale = (double)LargestEdge / Math.Max(upright.Width, upright.Height);
        using var scaled = scale < 1 ? Resize(upright, (int)Math.Round(upright.Width * scale)) : null;
        var largest = scaled ?? upright;
        // Each thumbnail from the next larger one: one large step would alias.
        using var medium = largest.Width > MediumWidth ? Resize(largest, MediumWidth) : null;
        using var small = largest.Width > SmallWidth ? Resize(medium ?? largest, SmallWidth) : null;
        return new ImageCheck(
            new ReencodedImage(format.Name, Convert.ToHexStringLower(SHA256.HashData(content)), Encode(largest), Encode(medium), Encode(small)),
            null);
    }

    /// <summary>What the file's first bytes say it is, whatever its name.</summary>
    private static (SKEncodedImageFormat Format, string Name)? Sniff(ReadOnlySpan<byte> content) => content switch
    {
        [0xFF, 0xD8, 0xFF, ..] => (SKEncodedImageFormat.Jpeg, "JPEG"),
        [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => (SKEncodedImageFormat.Png, "PNG"),
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => (SKEncodedImageFormat.Webp, "WebP"),
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'7' or (byte)'9', (byte)'a', ..] => (SKEncodedImageFormat.Gif, "GIF"),
        _ => null,
    };

    /// <summary>
    /// The pixels as they are meant to be seen (cameras store them as the sensor was held, and say how to turn them);
    /// null when they are stored upright.
    /// </summary>
    private static SKBitmap? Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        var (w, h) = (bitmap.Width, bitmap.Height);
        // Where stored pixel (x, y) goes: x' = ScaleX·x + SkewX·y + TransX, y' = SkewY·x + ScaleY·y + TransY.
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => (SKMatrix?)null,
        };
        if (matrix is null)
        {
            return null;
        }

        var sideways = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var turned = new SKBitmap(bitmap.Info.WithSize(sideways ? h : w, sideways ? w : h));
        using var canvas = new SKCanvas(turned);
        canvas.SetMatrix(matrix.Value);
        using var image = SKImage.FromBitmap(bitmap);
        // Whole pixels land on whole pixels: nothing to filter.
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        return turned;
    }

    /// <summary>The bitmap scaled to <paramref name="width"/>, its height in proportion.</summary>
    private static SKBitmap Resize(SKBitmap bitmap, int width)
    {
        var height = Math.Max(1, (int)Math.Round((double)bitmap.Height * width / bitmap.Width));
        return bitmap.Resize(bitmap.Info.WithSize(width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear))
            ?? throw new InvalidOperationException($"SkiaSharp could not scale a {bitmap.Width} × {bitmap.Height} image to {width} × {height}.");
    }

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(bitmap))]
    private static Rendition? Encode(SKBitmap? bitmap)
    {
        if (bitmap is null)
        {
            return null;
        }

        using var pixels = bitmap.PeekPixels();
        using var webp = pixels.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, WebpQuality))
            ?? throw new InvalidOperationException("SkiaSharp could not encode the image as WebP.");
        return new Rendition(bitmap.Width, bitmap.Height, webp.ToArray());
    }
}

/// <summary>The re-encoded image, or the reason it was refused.</summary>
public sealed record ImageCheck(ReencodedImage? Image, ImageRefusal? Refusal)
{
    public static ImageCheck Refused(ImageProblem problem, string? format = null, int width = 0, int height = 0) =>
        new(null, new ImageRefusal(problem, format, width, height));
}

public enum ImageProblem
{
    Empty,

    /// <summary>Not a JPEG, PNG, WebP or GIF by its first bytes, whatever its name says.</summary>
    NotAnImage,

    /// <summary>It starts like one of them, but the decoder cannot read its header.</summary>
    Unreadable,

    /// <summary>Its header declares more pixels than allowed.</summary>
    TooManyPixels,

    /// <summary>The file ends before its image does.</summary>
    CutShort,

    Damaged,
}

/// <param name="Format">What the file's first bytes said it is: "JPEG", "PNG", "WebP" or "GIF".</param>
/// <param name="Width">With <paramref name="Height"/>, the size the header declared, for <see cref="ImageProblem.TooManyPixels"/>.</param>
public sealed record ImageRefusal(ImageProblem Problem, string? Format, int Width, int Height);

/// <param name="SourceFormat">What the upload was: "JPEG", "PNG", "WebP" or "GIF".</param>
/// <param name="ContentHash">SHA-256 of the bytes uploaded, in hex.</param>
/// <param name="Largest">The image at most <see cref="ImageReencoder.LargestEdge"/> pixels on its long edge.</param>
/// <param name="Medium">The thumbnail <see cref="ImageReencoder.MediumWidth"/> pixels wide, when the image is wider.</param>
/// <param name="Small">The thumbnail <see cref="ImageReencoder.SmallWidth"/> pixels wide, when the image is wider.</param>
public sealed record ReencodedImage(string SourceFormat, string ContentHash, Rendition Largest, Rendition? Medium, Rendition? Small);

/// <summary>The image at one size, as WebP.</summary>
public sealed record Rendition(int Width, int Height, byte[] Webp);

using FilmCatalogue.Web.Images;
using SkiaSharp;

namespace FilmCatalogue.Tests.Images;

public sealed class ImageReencoderTests
{
    private const int MaxMegapixels = 40;

    public static TheoryData<string, int, int> Uploads => new()
    {
        { "png", 1200, 800 },
        { "jpeg", 1000, 1500 },
        { "webp", 640, 480 },
        { "gif", 1, 1 },
    };

    [Theory]
    [MemberData(nameof(Uploads))]
    public void EveryAcceptedFormatComesBackAsWebPWithItsThumbnails(string format, int width, int height)
    {
        var file = format switch
        {
            "png" => TestImages.Png(width, height),
            "jpeg" => TestImages.Jpeg(width, height),
            "webp" => TestImages.Webp(width, height),
            _ => TestImages.Gif,
        };

        var image = ImageReencoder.Reencode(file, MaxMegapixels).Image!;

        Assert.Equal((width, height), (image.Largest.Width, image.Largest.Height));
        AssertWebP(image.Largest);
        Assert.Equal(width > ImageReencoder.MediumWidth, image.Medium is not null);
        Assert.Equal(width > ImageReencoder.SmallWidth, image.Small is not null);
        foreach (var (thumbnail, expected) in new[] { (image.Medium, ImageReencoder.MediumWidth), (image.Small, ImageReencoder.SmallWidth) })
        {
            if (thumbnail is not null)
            {
                Assert.Equal(expected, thumbnail.Width);
                Assert.Equal((int)Math.Round((double)height * expected / width), thumbnail.Height);
                AssertWebP(thumbnail);
            }
        }
    }

    [Fact]
    public void ALargeImageIsScaledDownToTheLargestEdgeStored()
    {
        var image = ImageReencoder.Reencode(TestImages.Jpeg(1200, 3000), MaxMegapixels).Image!;

        Assert.Equal((1024, ImageReencoder.LargestEdge), (image.Largest.Width, image.Largest.Height));
    }

    [Fact]
    public void AJpegLosesItsExifAndGpsAndIsTurnedUprightAsItsCameraSaid()
    {
        var upload = TestImages.WithExif(TestImages.Jpeg(400, 200), SKEncodedOrigin.RightTop);
        Assert.True(TestImages.HasExif(upload));

        var image = ImageReencoder.Reencode(upload, MaxMegapixels).Image!;

        Assert.Equal((200, 400), (image.Largest.Width, image.Largest.Height));
        Assert.False(TestImages.HasExif(image.Largest.Webp));
        // Turned a quarter clockwise, the red top left corner is now the top right one.
        using var upright = TestImages.Decode(image.Largest.Webp);
        AssertRed(upright.GetPixel(190, 10));
        Assert.False(IsRed(upright.GetPixel(10, 10)));
        using var codec = SKCodec.Create(new MemoryStream(image.Largest.Webp));
        Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
    }

    [Fact]
    public void TextNamedLikeAnImageIsRefusedByItsBytes()
    {
        var check = ImageReencoder.Reencode("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"u8, MaxMegapixels);

        Assert.Null(check.Image);
        Assert.Equal(ImageProblem.NotAnImage, check.Refusal!.Problem);
    }

    [Fact]
    public void AnImageDeclaringTooManyPixelsIsRefusedBeforeItIsDecoded()
    {
        var bomb = TestImages.PngDeclaring(50_000, 50_000);
        Assert.True(bomb.Length < 1024);

        var check = ImageReencoder.Reencode(bomb, MaxMegapixels);

        Assert.Equal(new ImageRefusal(ImageProblem.TooManyPixels, "PNG", 50_000, 50_000), check.Refusal);
    }

    [Fact]
    public void AnEmptyFileIsRefused() => Assert.Equal(ImageProblem.Empty, ImageReencoder.Reencode([], MaxMegapixels).Refusal!.Problem);

    [Theory]
    [InlineData("jpeg")]
    [InlineData("png")]
    public void ATruncatedFileIsRefused(string format)
    {
        var whole = format == "png" ? TestImages.Png(600, 400) : TestImages.Jpeg(600, 400);

        var check = ImageReencoder.Reencode(whole.AsSpan(0, whole.Length / 2), MaxMegapixels);

        Assert.Null(check.Image);
        Assert.Equal(new ImageRefusal(ImageProblem.CutShort, format.ToUpperInvariant(), 0, 0), check.Refusal);
    }

    [Fact]
    public void AFileThatOnlyStartsLikeAnImageIsRefused()
    {
        var check = ImageReencoder.Reencode([0xFF, 0xD8, 0xFF, .. "not really a JPEG"u8], MaxMegapixels);

        Assert.Equal(new ImageRefusal(ImageProblem.Unreadable, "JPEG", 0, 0), check.Refusal);
    }

    private static void AssertWebP(Rendition rendition)
    {
        Assert.Equal(SKEncodedImageFormat.Webp, TestImages.FormatOf(rendition.Webp));
        using var decoded = TestImages.Decode(rendition.Webp);
        Assert.Equal((rendition.Width, rendition.Height), (decoded.Width, decoded.Height));
    }

    private static bool IsRed(SKColor colour) => colour.Red > 200 && colour.Green < 60 && colour.Blue < 60;

    private static void AssertRed(SKColor colour) => Assert.True(IsRed(colour), $"expected red, found {colour}");
}

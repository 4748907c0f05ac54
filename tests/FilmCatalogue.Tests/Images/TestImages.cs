using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace FilmCatalogue.Tests.Images;

/// <summary>Images made for the tests with SkiaSharp, and the hand-built files no encoder would write.</summary>
public static class TestImages
{
    /// <summary>The smallest GIF: one white pixel.</summary>
    public static readonly byte[] Gif = Convert.FromBase64String("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

    public static byte[] Png(int width, int height) => Encode(width, height, SKEncodedImageFormat.Png);

    public static byte[] Jpeg(int width, int height) => Encode(width, height, SKEncodedImageFormat.Jpeg);

    public static byte[] Webp(int width, int height) => Encode(width, height, SKEncodedImageFormat.Webp);

    /// <summary>
    /// The JPEG with an EXIF block after its start: where it was taken (GPS latitude 55° 45′ 21.33″ N) and how the
    /// camera says to turn it.
    /// </summary>
    public static byte[] WithExif(byte[] jpeg, SKEncodedOrigin orientation)
    {
        ArgumentNullException.ThrowIfNull(jpeg);
        var tiff = new byte[92];
        var span = tiff.AsSpan();
        "MM"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], 42);
        BinaryPrimitives.WriteUInt32BigEndian(span[4..], 8);
        // IFD0 at 8: the orientation and where the GPS directory is.
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], 2);
        Entry(span[10..], 0x0112, 3, 1, (uint)orientation << 16);
        Entry(span[22..], 0x8825, 4, 1, 38);
        // The GPS directory at 38: latitude reference "N" and the latitude as three rationals at 68.
        BinaryPrimitives.WriteUInt16BigEndian(span[38..], 2);
        Entry(span[40..], 0x0001, 2, 2, (uint)'N' << 24);
        Entry(span[52..], 0x0002, 5, 3, 68);
        foreach (var (value, i) in new[] { (55u, 1u), (45u, 1u), (2133u, 100u) }.Select((v, i) => (v, i)))
        {
            BinaryPrimitives.WriteUInt32BigEndian(span[(68 + (i * 8))..], value.Item1);
            BinaryPrimitives.WriteUInt32BigEndian(span[(72 + (i * 8))..], value.Item2);
        }

        var segment = new List<byte> { 0xFF, 0xE1, 0, (byte)(2 + 6 + tiff.Length) };
        segment.AddRange("Exif\0\0"u8.ToArray());
        segment.AddRange(tiff);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>A small, valid PNG whose header declares a vast image: decoding it would ask for gigabytes.</summary>
    public static byte[] PngDeclaring(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 6;
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[4096]);
        }

        return [0x89, .. "PNG\r\n\x1a\n"u8.ToArray(), .. Chunk("IHDR", header), .. Chunk("IDAT", compressed.ToArray()), .. Chunk("IEND", [])];
    }

    /// <summary>Does the file carry EXIF data (a JPEG's APP1 block, a WebP's EXIF chunk)?</summary>
    public static bool HasExif(byte[] file) =>
        file.AsSpan().IndexOf("Exif\0\0"u8) >= 0 || file.AsSpan().IndexOf("EXIF"u8) >= 0;

    public static SKBitmap Decode(byte[] file) => SKBitmap.Decode(file) ?? throw new InvalidOperationException("Not an image SkiaSharp reads.");

    public static SKEncodedImageFormat FormatOf(byte[] file)
    {
        using var codec = SKCodec.Create(new MemoryStream(file));
        return codec.EncodedFormat;
    }

    /// <summary>A gradient with a red block in its top left corner, to tell which way up it is.</summary>
    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        using (var gradient = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [SKColors.SteelBlue, SKColors.Khaki], SKShaderTileMode.Clamp))
        using (var paint = new SKPaint { Shader = gradient })
        using (var red = new SKPaint { Color = SKColors.Red })
        {
            canvas.DrawRect(0, 0, width, height, paint);
            canvas.DrawRect(0, 0, width / 4f, height / 4f, red);
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    private static void Entry(Span<byte> at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(at, tag);
        BinaryPrimitives.WriteUInt16BigEndian(at[2..], type);
        BinaryPrimitives.WriteUInt32BigEndian(at[4..], count);
        BinaryPrimitives.WriteUInt32BigEndian(at[8..], value);
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}

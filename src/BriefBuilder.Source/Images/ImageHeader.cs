using System.Buffers.Binary;
using BriefBuilder.Model;

namespace BriefBuilder.Source.Images;

/// <summary>
/// What a PNG or JPEG file's header says: format (by its signature, whatever its name), size in
/// pixels, colour components and stated resolution. Only headers are read here; pixels are the
/// PDF writer's business. A file that is neither, or one a print file cannot carry as it is, is
/// refused with the reason (<see cref="InvalidDataException"/>).
/// </summary>
public static class ImageHeader
{
    /// <summary>
    /// The most pixels a figure may have: 100 megapixels (a 10 000 × 10 000 scan, 300 MB decoded),
    /// beyond any picture a brief prints at 150 mm, and a bound on what a damaged header can make
    /// the PDF writer allocate.
    /// </summary>
    const long MaxPixels = 100_000_000;

    static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static ImageFile Read(string path, byte[] bytes)
    {
        var (format, width, height, components, dpi) =
            bytes.AsSpan().StartsWith(PngSignature) ? Png(bytes)
            : bytes is [0xFF, 0xD8, 0xFF, ..] ? Jpeg(bytes)
            : throw new InvalidDataException($"it is not a PNG or JPEG file{Guess(bytes)}; save the picture as PNG (charts, screenshots) or JPEG (photographs)");
        if (width <= 0 || height <= 0) throw new InvalidDataException($"its header gives a size of {width} × {height} pixels");
        if ((long)width * height > MaxPixels)
            throw new InvalidDataException($"it has {width} × {height} pixels, more than the {MaxPixels / 1_000_000} million a figure may have; make it smaller");
        return new ImageFile(path, format, width, height, components, dpi, bytes);
    }

    /// <summary>IHDR for size and colour type; pHYs, when it comes before the pixels, for the resolution.</summary>
    static (ImageFormat, int, int, int, double?) Png(byte[] b)
    {
        int at = 8;
        int width = 0, height = 0, components = 0;
        double? dpi = null;
        while (at + 8 <= b.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(b, at + 4, 4);
            if (length < 0 || at + 12L + length > b.Length) throw new InvalidDataException($"its {type} chunk runs past the end of the file: the file is cut short or damaged");
            var data = b.AsSpan(at + 8, length);
            if (type == "IHDR" && length >= 13)
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                // Colour types 0 and 4 are grey (with alpha); 2, 3 and 6 colour (palette, alpha).
                components = data[9] is 0 or 4 ? 1 : 3;
            }
            else if (type == "pHYs" && length >= 9 && data[8] == 1)
                dpi = BinaryPrimitives.ReadUInt32BigEndian(data) * 0.0254; // pixels per metre
            else if (type is "IDAT" or "IEND") break;
            at += 12 + length;
        }
        if (components == 0) throw new InvalidDataException("it has no IHDR chunk: the file is damaged");
        return (ImageFormat.Png, width, height, components, dpi > 0 ? dpi : null);
    }

    /// <summary>
    /// The segments before the first frame: JFIF's density for the resolution, the frame header
    /// (SOF) for size, precision and components. A PDF reader decodes the JPEG itself (DCTDecode),
    /// so only what every reader decodes passes: baseline or progressive Huffman coding, 8 bits,
    /// grey or colour.
    /// </summary>
    static (ImageFormat, int, int, int, double?) Jpeg(byte[] b)
    {
        int at = 2;
        double? dpi = null;
        while (at + 4 <= b.Length)
        {
            if (b[at] != 0xFF) throw new InvalidDataException("its segments are damaged");
            var marker = b[at + 1];
            if (marker == 0xFF) { at++; continue; } // fill byte
            var length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at + 2));
            if (length < 2 || at + 2 + length > b.Length) throw new InvalidDataException("a segment runs past the end of the file: the file is cut short or damaged");
            var data = b.AsSpan(at + 4, length - 2);
            if (marker == 0xE0 && data.Length >= 12 && data.StartsWith("JFIF\0"u8) && data[7] is 1 or 2)
            {
                var density = BinaryPrimitives.ReadUInt16BigEndian(data[8..]);
                if (density > 0) dpi = data[7] == 1 ? density : density * 2.54;
            }
            else if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (marker > 0xC2) throw new InvalidDataException("it is a JPEG coded in a way PDF readers do not all decode (lossless, hierarchical or arithmetic); save it again as an ordinary JPEG or PNG");
                if (data.Length < 6) throw new InvalidDataException("its frame header is damaged");
                if (data[0] != 8) throw new InvalidDataException($"it is a {data[0]}-bit JPEG; save it again as an ordinary 8-bit JPEG or PNG");
                var components = data[5] switch
                {
                    1 => 1,
                    3 => 3,
                    4 => throw new InvalidDataException("it is a CMYK JPEG, whose colours the file does not define for print; save it as an RGB JPEG or PNG"),
                    var n => throw new InvalidDataException($"it is a JPEG of {n} colour components; save it again as an RGB JPEG or PNG"),
                };
                return (ImageFormat.Jpeg, BinaryPrimitives.ReadUInt16BigEndian(data[3..]), BinaryPrimitives.ReadUInt16BigEndian(data[1..]), components, dpi);
            }
            at += 2 + length;
        }
        throw new InvalidDataException("it has no frame header: the JPEG file is cut short or damaged");
    }

    static string Guess(byte[] b) => b switch
    {
        [(byte)'G', (byte)'I', (byte)'F', ..] => " but a GIF",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => " but a WebP",
        [(byte)'<', ..] => " but text (an SVG or a web page?)",
        [(byte)'B', (byte)'M', ..] => " but a BMP",
        _ => "",
    };
}

using System.Buffers.Binary;
using BriefBuilder.Model;
using BriefBuilder.Source.Images;

namespace BriefBuilder.Tests.Source;

/// <summary>
/// What a figure's PNG or JPEG header tells the build (format, size, colour components, resolution),
/// and each header a print file cannot carry, refused with its reason. The files are made here byte
/// by byte, so each test holds exactly the header it is about.
/// </summary>
public class ImageHeaderTests
{
    static ImageFile Read(byte[] bytes) => ImageHeader.Read("fig.png", bytes);

    static string Refused(byte[] bytes) => Assert.Throws<InvalidDataException>(() => Read(bytes)).Message;

    // PNG: the signature, then chunks of length, type, data and a CRC (which the header reader does not check).
    static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    static byte[] Chunk(string type, params byte[] data) =>
        [.. BigEndian(data.Length), .. System.Text.Encoding.ASCII.GetBytes(type), .. data, 0, 0, 0, 0];

    static byte[] Ihdr(int width, int height, byte colourType = 2) =>
        Chunk("IHDR", [.. BigEndian(width), .. BigEndian(height), 8, colourType, 0, 0, 0]);

    /// <param name="unit">1: pixels per metre; 0: only the aspect ratio is known.</param>
    static byte[] Phys(uint perMetre, byte unit = 1) =>
        Chunk("pHYs", [.. BigEndian((int)perMetre), .. BigEndian((int)perMetre), unit]);

    static byte[] Png(params byte[][] chunks) => [.. PngSignature, .. chunks.SelectMany(c => c)];

    static byte[] BigEndian(int n)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, n);
        return bytes;
    }

    [Fact]
    public void A_png_gives_its_size_colour_and_resolution()
    {
        var bytes = Png(Ihdr(640, 480), Phys(11811), Chunk("IDAT", 1, 2, 3), Chunk("IEND"));
        var image = Read(bytes);
        Assert.Equal(("fig.png", ImageFormat.Png, 640, 480, 3), (image.Path, image.Format, image.Width, image.Height, image.Components));
        Assert.Equal(11811 * 0.0254, image.Dpi!.Value, 9);
        Assert.Same(bytes, image.Bytes);
    }

    [Theory]
    [InlineData(0, 1)] // grey
    [InlineData(4, 1)] // grey with alpha
    [InlineData(2, 3)] // colour
    [InlineData(3, 3)] // palette
    [InlineData(6, 3)] // colour with alpha
    public void A_png_s_colour_type_sets_its_components(byte colourType, int components) =>
        Assert.Equal(components, Read(Png(Ihdr(2, 2, colourType))).Components);

    [Fact]
    public void A_png_s_resolution_is_read_only_in_pixels_per_metre_and_before_the_pixels()
    {
        Assert.Null(Read(Png(Ihdr(2, 2))).Dpi);
        Assert.Null(Read(Png(Ihdr(2, 2), Phys(11811, unit: 0))).Dpi);
        Assert.Null(Read(Png(Ihdr(2, 2), Phys(0))).Dpi);
        Assert.Null(Read(Png(Ihdr(2, 2), Chunk("IDAT", 1), Phys(11811))).Dpi);
        Assert.Null(Read(Png(Ihdr(2, 2), Chunk("IEND"), Phys(11811))).Dpi);
        // A pHYs cut short (8 bytes, no unit) says nothing; the chunks after it are still read.
        Assert.Null(Read(Png(Ihdr(2, 2), Chunk("pHYs", [.. BigEndian(11811), .. BigEndian(11811)]))).Dpi);
        Assert.Equal(3780 * 0.0254, Read(Png(Chunk("tEXt", 65, 66), Ihdr(2, 2), Phys(3780))).Dpi!.Value, 9);
    }

    [Fact]
    public void A_png_without_its_header_chunk_is_damaged()
    {
        Assert.Equal("it has no IHDR chunk: the file is damaged", Refused(Png()));
        Assert.Equal("it has no IHDR chunk: the file is damaged", Refused(Png(Chunk("IDAT", 1), Ihdr(2, 2))));
        // Twelve bytes of IHDR are too few for its colour type.
        Assert.Equal("it has no IHDR chunk: the file is damaged", Refused(Png(Chunk("IHDR", new byte[12]))));
    }

    [Fact]
    public void A_png_chunk_that_runs_past_the_end_is_named()
    {
        var cut = Png(Ihdr(2, 2), Chunk("IDAT", 1, 2, 3));
        Assert.Equal("its IDAT chunk runs past the end of the file: the file is cut short or damaged", Refused(cut[..^1]));
        // Only the length and type of the last chunk are left.
        Assert.Equal("its IEND chunk runs past the end of the file: the file is cut short or damaged",
            Refused([.. Png(Ihdr(2, 2)), .. BigEndian(0), .. "IEND"u8]));
        Assert.Equal("its IHDR chunk runs past the end of the file: the file is cut short or damaged",
            Refused([.. PngSignature, .. BigEndian(int.MinValue), .. "IHDR"u8, .. new byte[13]]));
        // A chunk that ends the file exactly is whole.
        Assert.Equal(2, Read(Png(Ihdr(2, 3)))!.Width);
    }

    [Theory]
    [InlineData(0, 5, "its header gives a size of 0 × 5 pixels")]
    [InlineData(5, 0, "its header gives a size of 5 × 0 pixels")]
    [InlineData(-1, 5, "its header gives a size of -1 × 5 pixels")]
    [InlineData(10_000, 10_001, "it has 10000 × 10001 pixels, more than the 100 million a figure may have; make it smaller")]
    [InlineData(50_000, 50_000, "it has 50000 × 50000 pixels, more than the 100 million a figure may have; make it smaller")]
    public void A_size_that_cannot_be_printed_is_refused(int width, int height, string message) =>
        Assert.Equal(message, Refused(Png(Ihdr(width, height))));

    [Fact]
    public void A_picture_of_exactly_the_most_pixels_passes() =>
        Assert.Equal((10_000, 10_000), (Read(Png(Ihdr(10_000, 10_000))).Width, Read(Png(Ihdr(10_000, 10_000))).Height));

    // JPEG: FF D8, then segments of FF, marker, a length that counts itself, and data.
    static byte[] Segment(byte marker, params byte[] data) =>
        [0xFF, marker, (byte)((data.Length + 2) >> 8), (byte)(data.Length + 2), .. data];

    static byte[] Jfif(byte units, ushort density) =>
        Segment(0xE0, [.. "JFIF\0"u8, 1, 2, units, (byte)(density >> 8), (byte)density, (byte)(density >> 8), (byte)density, 0, 0]);

    /// <summary>A frame header: precision, height, width, and three bytes per component.</summary>
    static byte[] Frame(ushort width, ushort height, byte components = 3, byte precision = 8, byte marker = 0xC0) =>
        Segment(marker, [precision, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, components,
            .. Enumerable.Range(1, components).SelectMany(c => new byte[] { (byte)c, 0x11, 0 })]);

    static byte[] Jpeg(params byte[][] segments) => [0xFF, 0xD8, .. segments.SelectMany(s => s)];

    [Fact]
    public void A_jpeg_gives_its_size_colour_and_resolution()
    {
        var bytes = Jpeg(Jfif(1, 300), Frame(800, 600));
        var image = Read(bytes);
        Assert.Equal((ImageFormat.Jpeg, 800, 600, 3, (double?)300), (image.Format, image.Width, image.Height, image.Components, image.Dpi));
        Assert.Same(bytes, image.Bytes);
    }

    [Theory]
    [InlineData(1, 300, 300.0)]
    [InlineData(2, 118, 118 * 2.54)] // dots per centimetre
    [InlineData(0, 300, null)]       // an aspect ratio only
    [InlineData(3, 300, null)]
    [InlineData(1, 0, null)]
    public void A_jpeg_s_resolution_comes_from_its_jfif_density(byte units, ushort density, double? dpi) =>
        Assert.Equal(dpi, Read(Jpeg(Jfif(units, density), Frame(4, 4))).Dpi);

    [Fact]
    public void A_jfif_segment_too_short_or_of_another_name_gives_no_resolution()
    {
        Assert.Null(Read(Jpeg(Segment(0xE0, [.. "JFIF\0"u8, 1, 2, 1, 1]), Frame(4, 4))).Dpi);
        Assert.Null(Read(Jpeg(Segment(0xE0, [.. "JFXX\0"u8, 1, 2, 1, 0, 200, 0, 200, 0, 0]), Frame(4, 4))).Dpi);
        Assert.Null(Read(Jpeg(Segment(0xE1, [.. "JFIF\0"u8, 1, 2, 1, 0, 200, 0, 200, 0, 0]), Frame(4, 4))).Dpi);
        // Twelve bytes are the least JFIF has: its density, with no room for a thumbnail's size.
        Assert.Equal(200, Read(Jpeg(Segment(0xE0, [.. "JFIF\0"u8, 1, 2, 1, 0, 200, 0, 200]), Frame(4, 4))).Dpi);
    }

    [Fact]
    public void Segments_that_are_not_a_frame_header_are_stepped_over()
    {
        // Huffman tables (C4), a reserved JPG marker (C8), arithmetic conditioning (CC), a comment (FE), fill bytes.
        var image = Read(Jpeg(Segment(0xC4, 1, 2, 3), Segment(0xC8), Segment(0xCC, 9), Segment(0xFE, 65), [0xFF], Frame(7, 5, components: 1)));
        Assert.Equal((7, 5, 1), (image.Width, image.Height, image.Components));
    }

    [Theory]
    [InlineData(0xC0)] // baseline
    [InlineData(0xC1)] // extended sequential, Huffman
    [InlineData(0xC2)] // progressive, Huffman
    public void Jpegs_every_pdf_reader_decodes_pass(byte marker) =>
        Assert.Equal(ImageFormat.Jpeg, Read(Jpeg(Frame(4, 4, marker: marker))).Format);

    [Theory]
    [InlineData(0xC3)] // lossless
    [InlineData(0xC5)] // hierarchical
    [InlineData(0xC9)] // arithmetic
    [InlineData(0xCF)]
    public void Jpegs_coded_otherwise_are_refused(byte marker) =>
        Assert.Equal("it is a JPEG coded in a way PDF readers do not all decode (lossless, hierarchical or arithmetic); save it again as an ordinary JPEG or PNG",
            Refused(Jpeg(Frame(4, 4, marker: marker))));

    [Fact]
    public void A_frame_header_of_six_bytes_is_enough()
    {
        var image = Read(Jpeg(Segment(0xC0, 8, 0, 5, 0, 7, 1)));
        Assert.Equal((7, 5, 1), (image.Width, image.Height, image.Components));
    }

    public static TheoryData<byte[], string> BadJpegs => new()
    {
        { Jpeg(Frame(4, 4, precision: 12)), "it is a 12-bit JPEG; save it again as an ordinary 8-bit JPEG or PNG" },
        { Jpeg(Frame(4, 4, components: 4)), "it is a CMYK JPEG, whose colours the file does not define for print; save it as an RGB JPEG or PNG" },
        { Jpeg(Frame(4, 4, components: 2)), "it is a JPEG of 2 colour components; save it again as an RGB JPEG or PNG" },
        { Jpeg(Segment(0xC0, 8, 0, 4, 0, 4)), "its frame header is damaged" },
        { Jpeg(Segment(0xC0)), "its frame header is damaged" },
        { Jpeg(Jfif(1, 300)), "it has no frame header: the JPEG file is cut short or damaged" },
        { Jpeg(Segment(0xE1)), "it has no frame header: the JPEG file is cut short or damaged" },
        { [.. Jpeg(Jfif(1, 300)), 0x00, 0xC0, 0, 8], "its segments are damaged" },
        { Jpeg([0xFF, 0xE1, 0, 1]), "a segment runs past the end of the file: the file is cut short or damaged" },
        { Jpeg(Frame(4, 4))[..^1], "a segment runs past the end of the file: the file is cut short or damaged" },
    };

    [Theory]
    [MemberData(nameof(BadJpegs))]
    public void A_jpeg_a_print_file_cannot_carry_is_refused_with_its_reason(byte[] bytes, string message) =>
        Assert.Equal(message, Refused(bytes));

    [Theory]
    [InlineData("GIF89a", " but a GIF")]
    [InlineData("RIFF\0\0\0\0WEBPVP8 ", " but a WebP")]
    [InlineData("RIFF\0\0\0\0WAVEfmt ", "")]
    [InlineData("<svg xmlns=", " but text (an SVG or a web page?)")]
    [InlineData("BM6\0", " but a BMP")]
    [InlineData("\xFF\xD8\0", "")]
    [InlineData("", "")]
    public void Anything_else_is_refused_naming_what_it_seems_to_be(string start, string guess) =>
        Assert.Equal($"it is not a PNG or JPEG file{guess}; save the picture as PNG (charts, screenshots) or JPEG (photographs)",
            Refused(start.Select(c => (byte)c).ToArray()));
}

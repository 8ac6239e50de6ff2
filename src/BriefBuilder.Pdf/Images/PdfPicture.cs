using BigGustave;
using BriefBuilder.Model;
using BriefBuilder.Pdf.Layout;

namespace BriefBuilder.Pdf.Images;

/// <summary>
/// A picture as a PDF image stream carries it: the bytes of the stream and how they are encoded.
/// A JPEG goes in as it is (DCTDecode: the reader decodes it; only its header was read); a PNG is
/// decoded here to 8-bit RGB rows, whatever its colour type, bit depth or interlacing, with any
/// alpha laid over white paper, since the file holds no transparency (PDF/X readers treat soft
/// masks unevenly). Made while the figure is measured, so a picture that cannot be decoded is an
/// error at the brief's line, not in the writer.
/// </summary>
public sealed record PdfPicture(ImageFile Image, bool Grey, bool Dct, byte[] Data)
{
    public static PdfPicture Of(ImageFile image) => image.Format switch
    {
        ImageFormat.Jpeg => new(image, image.Components == 1, Dct: true, image.Bytes),
        ImageFormat.Png => new(image, Grey: false, Dct: false, PngPixels(image)),
        _ => throw new LayoutException($"the picture '{image.Path}' is in a format the PDF writer does not know"),
    };

    /// <summary>
    /// Decoded with BigGustave (Unlicense), a PNG reader in safe managed code: a damaged file can
    /// make it throw, never read outside its buffers; it needs no native library on any platform.
    /// </summary>
    static byte[] PngPixels(ImageFile image)
    {
        Png png;
        try
        {
            png = Png.Open(image.Bytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new LayoutException($"the picture '{image.Path}' cannot be decoded as PNG ({e.Message}): the file is damaged; save it again");
        }
        if (png.Width != image.Width || png.Height != image.Height)
            throw new LayoutException($"the picture '{image.Path}' decodes to {png.Width} × {png.Height} pixels, not the {image.Width} × {image.Height} of its header: the file is damaged");
        var rgb = new byte[image.Width * image.Height * 3];
        int at = 0;
        try
        {
            for (int y = 0; y < image.Height; y++)
                for (int x = 0; x < image.Width; x++)
                {
                    var p = png.GetPixel(x, y);
                    rgb[at++] = OverWhite(p.R, p.A);
                    rgb[at++] = OverWhite(p.G, p.A);
                    rgb[at++] = OverWhite(p.B, p.A);
                }
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or InvalidOperationException)
        {
            throw new LayoutException($"the picture '{image.Path}' cannot be decoded as PNG ({e.Message}): the file is damaged; save it again");
        }
        return rgb;
    }

    /// <summary>A channel of a pixel of opacity <paramref name="alpha"/> laid over white (255), rounded.</summary>
    static byte OverWhite(byte channel, byte alpha) => (byte)((channel * alpha + 255 * (255 - alpha) + 127) / 255);
}

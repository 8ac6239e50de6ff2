namespace BriefBuilder.Model;

public enum ImageFormat { Png, Jpeg }

/// <summary>
/// A picture file a brief shows, as its header describes it: read once by the Source stage, then
/// carried whole to the writers, which embed <see cref="Bytes"/> (the DOCX as they are, the PDF as
/// a JPEG's own stream or a PNG's decoded pixels). <see cref="Components"/> is 1 (grey), 3 (colour)
/// or, for a JPEG, 4 (CMYK). <see cref="Dpi"/> is the resolution the file states, if any.
/// </summary>
public sealed record ImageFile(string Path, ImageFormat Format, int Width, int Height, int Components, double? Dpi, byte[] Bytes)
{
    /// <summary>The file name's extension a writer gives the embedded copy ("png", "jpeg").</summary>
    public string Extension => Format == ImageFormat.Png ? "png" : "jpeg";

    /// <summary>Its MIME type, as a DOCX package names the part.</summary>
    public string ContentType => Format == ImageFormat.Png ? "image/png" : "image/jpeg";

    /// <summary>A digest of its bytes: the same picture twice is embedded once.</summary>
    public string Digest => digest ??= ContentHash.Hex(Bytes);
    string? digest;

    public bool Equals(ImageFile? other) => other is not null && Digest == other.Digest;
    public override int GetHashCode() => Digest.GetHashCode(StringComparison.Ordinal);
}

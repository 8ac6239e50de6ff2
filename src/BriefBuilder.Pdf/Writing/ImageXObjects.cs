using BriefBuilder.Model;
using BriefBuilder.Pdf.Images;

namespace BriefBuilder.Pdf.Writing;

/// <summary>
/// The pictures of a document as image XObjects, each picture once however often it is shown,
/// named /Im1, /Im2 … in order of first use. Their colour is defined, as PDF/X-4 and PDF/A-2 ask
/// of colour other than the print condition's CMYK (ISO 19005-2 6.2.4.3): colour pictures are
/// ICC-based in the template's RGB profile (sRGB, one stream for all), grey JPEGs DeviceGray,
/// which both standards take as the output intent's black.
/// </summary>
sealed class ImageXObjects(byte[] rgbProfile)
{
    readonly Dictionary<ImageFile, string> names = [];
    readonly List<(string Name, PdfPicture Picture)> used = [];

    /// <summary>The resource name of the picture, taken on first use.</summary>
    public string Use(PdfPicture picture)
    {
        if (names.TryGetValue(picture.Image, out var name)) return name;
        names[picture.Image] = name = $"Im{used.Count + 1}";
        used.Add((name, picture));
        return name;
    }

    /// <summary>Writes every picture used, and the RGB profile once if one needs it; the resources' /XObject entry, or nothing.</summary>
    public string Write(PdfObjects objects)
    {
        if (used.Count == 0) return "";
        int? profile = null;
        string Rgb()
        {
            if (rgbProfile.Length == 0) throw new InvalidOperationException("the template names no print: rgb_profile for its colour pictures");
            profile ??= objects.AddStream("/N 3 /Alternate /DeviceRGB", rgbProfile);
            return $"[/ICCBased {profile} 0 R]";
        }
        var entries = new List<string>();
        foreach (var (name, p) in used)
        {
            var dictionary = $"/Type /XObject /Subtype /Image /Width {p.Image.Width} /Height {p.Image.Height} " +
                             $"/ColorSpace {(p.Grey ? "/DeviceGray" : Rgb())} /BitsPerComponent 8";
            int number = p.Dct ? objects.AddRawStream($"{dictionary} /Filter /DCTDecode", p.Data) : objects.AddStream(dictionary, p.Data);
            entries.Add($"/{name} {number} 0 R");
        }
        return $" /XObject << {string.Join(' ', entries)} >>";
    }
}

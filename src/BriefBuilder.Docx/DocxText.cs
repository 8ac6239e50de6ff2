using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace BriefBuilder.Docx;

/// <summary>
/// The text of a Word document as Word shows it, one string per paragraph in reading order, for
/// brief import: a text box once (Word saves it twice, as the drawing in mc:Choice and a VML copy
/// in mc:Fallback), its paragraphs after the paragraph that holds it; hidden text (w:vanish) left
/// out. A picture (a drawing's a:blip) is a line of its own after its paragraph's text:
/// <see cref="PictureMarker"/> and the name of its part, whose bytes and description come with
/// the lines. It lives here because this project is the one that holds the Open XML SDK.
/// </summary>
public static class DocxText
{
    /// <summary>U+FFFC OBJECT REPLACEMENT CHARACTER, Unicode's mark for an object in running text: a line that is it and a part name stands for a picture.</summary>
    public const char PictureMarker = '\uFFFC';

    /// <summary>Throws <see cref="InvalidDataException"/> for a file that is no Word document or would unpack past the limits (<see cref="ZipLimits"/>).</summary>
    public static IReadOnlyList<string> Paragraphs(string path) => Read(path).Paragraphs;

    /// <summary>The paragraphs, with a line for each picture, and the pictures by part name: their bytes and the description Word keeps for them (alt text).</summary>
    public static (IReadOnlyList<string> Paragraphs, IReadOnlyDictionary<string, DocxPicture> Pictures) Read(string path)
    {
        ZipLimits.Check(path);
        try
        {
            using var word = WordprocessingDocument.Open(path, isEditable: false);
            var main = word.MainDocumentPart;
            var body = main?.Document?.Body;
            var paragraphs = new List<string>();
            var pictures = new Dictionary<string, DocxPicture>(StringComparer.Ordinal);
            if (main is not null && body is not null) Walk(body, paragraphs, new Pictures(main, pictures));
            return (paragraphs, pictures);
        }
        catch (Exception e) when (e is OpenXmlPackageException or System.Xml.XmlException or FileFormatException or InvalidOperationException)
        {
            throw new InvalidDataException($"the file is no Word document that can be read ({e.Message})", e);
        }
    }

    // By namespace and name rather than by the SDK's types: a text box's content sits under a
    // drawing whose parts the SDK may leave as unknown elements, and its text must still be found.
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>The document's pictures as the walk meets them: its main part, to look a picture up by id, and what was found.</summary>
    private sealed record Pictures(MainDocumentPart Main, Dictionary<string, DocxPicture> Found)
    {
        /// <summary>The part name of the picture a blip shows, read once; null for one that is linked, not embedded, or no image.</summary>
        public string? Add(OpenXmlElement blip)
        {
            var id = blip.GetAttributes().FirstOrDefault(a => a.LocalName == "embed" && a.NamespaceUri == R).Value;
            if (string.IsNullOrEmpty(id) || !Main.TryGetPartById(id, out var part) || part is not ImagePart image) return null;
            var name = image.Uri.OriginalString;
            if (!Found.ContainsKey(name))
            {
                using var stream = image.GetStream();
                using var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                // The description (alt text) sits on the drawing that holds the picture, inline or anchored.
                var drawing = blip.Ancestors().FirstOrDefault(e => e.NamespaceUri == Wp && e.LocalName is "inline" or "anchor");
                var description = drawing?.ChildElements.FirstOrDefault(e => Is(e, Wp, "docPr"))?.GetAttributes().FirstOrDefault(a => a.LocalName == "descr").Value;
                Found[name] = new DocxPicture(bytes.ToArray(), string.IsNullOrWhiteSpace(description) ? null : description);
            }
            return name;
        }
    }

    private static bool Is(OpenXmlElement e, string ns, string name) => e.LocalName == name && e.NamespaceUri == ns;

    private static void Walk(OpenXmlElement container, List<string> paragraphs, Pictures pictures)
    {
        foreach (var child in container.ChildElements)
        {
            if (Is(child, W, "p"))
            {
                var after = new List<string>();
                var text = new System.Text.StringBuilder();
                Collect(child, text, after, pictures);
                paragraphs.Add(text.ToString());
                paragraphs.AddRange(after);
            }
            else if (!Is(child, Mc, "Fallback"))
                Walk(child, paragraphs, pictures);
        }
    }

    // Tabs and breaks inside a paragraph are spaces in the text: the import cleans spacing as a whole.
    // What comes after the paragraph's own text (a text box's paragraphs, a picture's line) goes to after.
    private static void Collect(OpenXmlElement element, System.Text.StringBuilder text, List<string> after, Pictures pictures)
    {
        foreach (var child in element.ChildElements)
        {
            if (child.NamespaceUri == Mc && child.LocalName == "Fallback") continue; // the same content again, for older readers
            if (Is(child, A, "blip"))
            {
                if (pictures.Add(child) is { } name) after.Add($"{PictureMarker}{name}");
                continue;
            }
            if (child.NamespaceUri != W) { Collect(child, text, after, pictures); continue; }
            switch (child.LocalName)
            {
                case "r" when IsHidden(child):
                    break;
                case "txbxContent":
                    Walk(child, after, pictures);
                    break;
                case "t":
                    text.Append(child.InnerText);
                    break;
                case "tab" or "br" or "cr":
                    text.Append(' ');
                    break;
                case "rPr" or "pPr" or "delText" or "instrText":
                    break; // properties, deleted text and field codes are not what Word shows
                default:
                    Collect(child, text, after, pictures);
                    break;
            }
        }
    }

    /// <summary>A run marked hidden (w:vanish, not switched off).</summary>
    private static bool IsHidden(OpenXmlElement run)
    {
        var vanish = run.ChildElements.FirstOrDefault(e => Is(e, W, "rPr"))?.ChildElements.FirstOrDefault(e => Is(e, W, "vanish"));
        if (vanish is null) return false;
        var val = vanish.GetAttributes().FirstOrDefault(a => a.LocalName == "val").Value;
        return val is null or "1" or "true" or "on";
    }
}

/// <summary>A picture of a Word document: its bytes as stored, and its description (alt text), if any.</summary>
public sealed record DocxPicture(byte[] Bytes, string? Description);

/// <summary>
/// What a .docx may unpack to before the Open XML SDK is let at it: a 0.4 MB file holding 400 MB
/// of text took 5 GB of memory. Each part is unpacked once here, counting, and the file refused
/// as soon as the whole passes <see cref="MaxUnpacked"/> or a part is packed tighter than
/// <see cref="MaxRatio"/> to one (ordinary XML packs 5–20 to one).
/// </summary>
public static class ZipLimits
{
    public const long MaxUnpacked = 64L << 20;
    public const int MaxRatio = 200;

    public static void Check(string path)
    {
        ZipArchive zip;
        try { zip = ZipFile.OpenRead(path); }
        catch (InvalidDataException e) { throw new InvalidDataException($"the file is no Word document: it is not a zip archive ({e.Message})", e); }
        using (zip)
        {
            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > MaxUnpacked || entry.Length > (1 << 20) && entry.Length > (long)MaxRatio * Math.Max(1, entry.CompressedLength))
                    throw TooBig(entry.FullName, entry.Length);
                using var stream = entry.Open();
                long read = 0;
                for (int n; (n = stream.Read(buffer)) > 0;)
                {
                    read += n;
                    total += n;
                    // The declared sizes can lie: what counts is what unpacks.
                    if (total > MaxUnpacked || read > (1 << 20) && read > (long)MaxRatio * Math.Max(1, entry.CompressedLength))
                        throw TooBig(entry.FullName, read);
                }
            }
        }
    }

    private static InvalidDataException TooBig(string part, long size) =>
        new($"it unpacks to more than a Word document of a brief ever holds ({part}: {size / (1 << 20)} MB or more; at most {MaxUnpacked >> 20} MB in all, packed at most {MaxRatio} to one); nothing was imported");
}

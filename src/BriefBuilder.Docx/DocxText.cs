using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace BriefBuilder.Docx;

/// <summary>
/// The text of a Word document as Word shows it, one string per paragraph in reading order, for
/// brief import: a text box once (Word saves it twice, as the drawing in mc:Choice and a VML copy
/// in mc:Fallback), its paragraphs after the paragraph that holds it; hidden text (w:vanish) left
/// out. It lives here because this project is the one that holds the Open XML SDK.
/// </summary>
public static class DocxText
{
    /// <summary>Throws <see cref="InvalidDataException"/> for a file that is no Word document or would unpack past the limits (<see cref="ZipLimits"/>).</summary>
    public static IReadOnlyList<string> Paragraphs(string path)
    {
        ZipLimits.Check(path);
        try
        {
            using var word = WordprocessingDocument.Open(path, isEditable: false);
            var body = word.MainDocumentPart?.Document?.Body;
            var paragraphs = new List<string>();
            if (body is not null) Walk(body, paragraphs);
            return paragraphs;
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

    private static bool Is(OpenXmlElement e, string ns, string name) => e.LocalName == name && e.NamespaceUri == ns;

    private static void Walk(OpenXmlElement container, List<string> paragraphs)
    {
        foreach (var child in container.ChildElements)
        {
            if (Is(child, W, "p"))
            {
                var boxes = new List<string>();
                var text = new System.Text.StringBuilder();
                Collect(child, text, boxes);
                paragraphs.Add(text.ToString());
                paragraphs.AddRange(boxes);
            }
            else if (!Is(child, Mc, "Fallback"))
                Walk(child, paragraphs);
        }
    }

    // Tabs and breaks inside a paragraph are spaces in the text: the import cleans spacing as a whole.
    private static void Collect(OpenXmlElement element, System.Text.StringBuilder text, List<string> boxes)
    {
        foreach (var child in element.ChildElements)
        {
            if (child.NamespaceUri == Mc && child.LocalName == "Fallback") continue; // the same content again, for older readers
            if (child.NamespaceUri != W) { Collect(child, text, boxes); continue; }
            switch (child.LocalName)
            {
                case "r" when IsHidden(child):
                    break;
                case "txbxContent":
                    Walk(child, boxes);
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
                    Collect(child, text, boxes);
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

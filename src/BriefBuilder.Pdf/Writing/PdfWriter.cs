using System.Text;
using BriefBuilder.Model;
using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Pdf.Layout;

namespace BriefBuilder.Pdf.Writing;

/// <summary>
/// Writes laid-out pages as a PDF 1.6 file meant to conform to both PDF/X-4 (ISO 15930-7) and
/// PDF/A-2u (ISO 19005-2): one subset Type0 font per face used, Flate-compressed pages, pictures
/// as image XObjects in defined colour spaces (<see cref="ImageXObjects"/>), CMYK
/// colour under an output intent that embeds the print condition's ICC profile, XMP metadata
/// that repeats the Info dictionary, trim and bleed boxes, tagged content with a structure tree
/// and an outline of the headings. No transparency, encryption or external content is ever
/// written. The output depends only on the input: same pages, same bytes.
/// </summary>
public static class PdfWriter
{
    const string Producer = "BriefBuilder";

    /// <summary>Writes the document; page sizes are in points.</summary>
    public static void Write(IReadOnlyList<PlacedPage> pages, PdfInfo info, PrintCondition print, double pageWidth, double pageHeight, Stream output,
        SubsetCache? subsets = null) =>
        Write(pages, info, print, pageWidth, pageHeight, output, subsets ?? SubsetCache.None, out _);

    /// <summary>As <see cref="Write(IReadOnlyList{PlacedPage}, PdfInfo, PrintCondition, double, double, Stream)"/>, also telling how big each font subset came out.</summary>
    public static void Write(IReadOnlyList<PlacedPage> pages, PdfInfo info, PrintCondition print, double pageWidth, double pageHeight, Stream output,
        SubsetCache subsets, out IReadOnlyList<FontSubsetSize> subsetSizes)
    {
        var objects = new PdfObjects();
        int catalog = objects.Reserve();
        int pageTree = objects.Reserve();
        int resources = objects.Reserve();

        // First pass: which glyphs each face needs, fonts in order of first use. Each face is
        // subset once for the whole document, before any page is drawn with its new glyph ids.
        var fonts = new List<EmbeddedFont>();
        var byFace = new Dictionary<FontFace, EmbeddedFont>();
        foreach (var text in pages.SelectMany(p => p.AllItems).OfType<PlacedText>())
        {
            if (!byFace.TryGetValue(text.Face, out var font))
            {
                byFace[text.Face] = font = new EmbeddedFont(text.Face, $"F{fonts.Count + 1}", subsets);
                fonts.Add(font);
            }
            foreach (var g in text.Glyphs) font.Use(g.GlyphId, g.Text);
        }
        Parallel.ForEach(fonts, f => f.Subset());

        var images = new ImageXObjects(print.RgbProfile);

        // Nothing bleeds and the sheet is the trimmed size, so media, trim and bleed are one box.
        string box = $"[0 0 {PdfSyntax.Number(pageWidth)} {PdfSyntax.Number(pageHeight)}]";
        var pageNumbers = new List<int>(pages.Count);
        var marked = new List<IReadOnlyList<MarkedContent>>(pages.Count);
        foreach (var page in pages)
        {
            int pageObject = objects.Reserve();
            var drawn = new ContentStream(pageWidth, pageHeight, text => byFace[text.Face], image => images.Use(image.Picture));
            int contents = objects.AddStream("", drawn.Build(page));
            // A landscape page is the sheet with its content turned (printed as every page is);
            // /Rotate turns it back for the screen, so that a viewer shows the table upright.
            string rotate = page.IsTurned ? "/Rotate 90 " : "";
            objects.Set(pageObject,
                $"<< /Type /Page /Parent {pageTree} 0 R /MediaBox {box} /TrimBox {box} /BleedBox {box} {rotate}" +
                $"/Resources {resources} 0 R /Contents {contents} 0 R /StructParents {marked.Count} >>");
            pageNumbers.Add(pageObject);
            marked.Add(drawn.Marked);
        }

        var fontEntries = fonts.Select(f => $"/{f.ResourceName} {f.Write(objects)} 0 R").ToList();
        objects.Set(resources, $"<< /Font << {string.Join(' ', fontEntries)} >>{images.Write(objects)} >>");
        objects.Set(pageTree, $"<< /Type /Pages /Kids [{string.Join(' ', pageNumbers.Select(p => $"{p} 0 R"))}] /Count {pages.Count} >>");
        int structure = StructureTree.Write(objects, pageNumbers, marked);
        int? outline = StructureTree.WriteOutline(objects, pageNumbers, marked);
        string intents = OutputIntents(objects, print);
        int infoObject = objects.Add(InfoDictionary(info));
        int metadata = objects.Reserve();
        string outlines = outline is null ? "" : $" /Outlines {outline} 0 R /PageMode /UseOutlines";
        objects.Set(catalog, $"<< /Type /Catalog /Pages {pageTree} 0 R /Metadata {metadata} 0 R /OutputIntents {intents} " +
            $"/StructTreeRoot {structure} 0 R /MarkInfo << /Marked true >>{outlines} /Lang (zh-CN) /ViewerPreferences << /DisplayDocTitle true >> >>");

        // The document is the brief of its number and date, whatever its version; the instance is these bytes.
        var documentId = ContentHash.Of($"{info.Subject} {info.Date:yyyy-MM-dd}");
        var instanceId = objects.Digest();
        objects.SetRawStream(metadata, "/Type /Metadata /Subtype /XML", XmpPacket.Build(info, Producer, Uuid(documentId), Uuid(instanceId)));
        objects.WriteTo(output, catalog, infoObject, documentId);
        subsetSizes = fonts.Select(f => new FontSubsetSize(f.Face, f.ProgramSize)).ToList();
    }

    /// <summary>
    /// One output intent for PDF/X (GTS_PDFX) and one for PDF/A (GTS_PDFA1), sharing one profile
    /// stream, as ISO 19005-2 6.2.3 asks when there are several. Returns the array.
    /// </summary>
    static string OutputIntents(PdfObjects objects, PrintCondition print)
    {
        int profile = objects.AddStream("/N 4", print.Profile);
        string Intent(string subtype) =>
            $"<< /Type /OutputIntent /S /{subtype} /OutputConditionIdentifier {PdfSyntax.TextString(print.Identifier)} " +
            $"/RegistryName {PdfSyntax.TextString(print.Registry)} /Info {PdfSyntax.TextString(print.Description)} /DestOutputProfile {profile} 0 R >>";
        return $"[{objects.Add(Intent("GTS_PDFX"))} 0 R {objects.Add(Intent("GTS_PDFA1"))} 0 R]";
    }

    static string InfoDictionary(PdfInfo info)
    {
        string date = PdfSyntax.Date(info.Date);
        string keywords = info.Keywords is null ? "" : $" /Keywords {PdfSyntax.TextString(info.Keywords)}";
        return $"<< /Title {PdfSyntax.TextString(info.Title)} /Author {PdfSyntax.TextString(info.Author)} " +
               $"/Subject {PdfSyntax.TextString(info.Subject)}{keywords} /Creator ({Producer}) /Producer ({Producer}) " +
               $"/CreationDate {date} /ModDate {date} /Trapped /False /GTS_PDFXVersion ({XmpPacket.PdfxVersion}) >>";
    }

    /// <summary>A UUID URN from 16 bytes of a hash (version 4 layout, so tools that parse it accept it).</summary>
    static string Uuid(byte[] bytes)
    {
        var b = (byte[])bytes.Clone();
        b[6] = (byte)(b[6] & 0x0F | 0x40);
        b[8] = (byte)(b[8] & 0x3F | 0x80);
        string h = Convert.ToHexString(b).ToLowerInvariant();
        return $"uuid:{h[..8]}-{h[8..12]}-{h[12..16]}-{h[16..20]}-{h[20..]}";
    }
}

/// <summary>How many bytes the embedded subset of a face takes (before Flate compression).</summary>
public sealed record FontSubsetSize(FontFace Face, int Bytes);

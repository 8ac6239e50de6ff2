using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Pdf.Layout;

namespace BriefBuilder.Pdf.Writing;

/// <summary>
/// Writes laid-out pages as a PDF 1.7 file: one subset Type0 font per face used, Flate-compressed
/// pages, CMYK colour. The output depends only on the input: same pages, same bytes.
/// </summary>
public static class PdfWriter
{
    /// <summary>Writes the document; page sizes are in points.</summary>
    public static void Write(IReadOnlyList<PlacedPage> pages, PdfInfo info, double pageWidth, double pageHeight, Stream output) =>
        Write(pages, info, pageWidth, pageHeight, output, out _);

    /// <summary>As <see cref="Write(IReadOnlyList{PlacedPage}, PdfInfo, double, double, Stream)"/>, also telling how big each font subset came out.</summary>
    public static void Write(IReadOnlyList<PlacedPage> pages, PdfInfo info, double pageWidth, double pageHeight, Stream output,
        out IReadOnlyList<FontSubsetSize> subsetSizes)
    {
        var objects = new PdfObjects();
        int catalog = objects.Reserve();
        int pageTree = objects.Reserve();
        int resources = objects.Reserve();

        // First pass: which glyphs each face needs, fonts in order of first use. Each face is
        // subset once for the whole document, before any page is drawn with its new glyph ids.
        var fonts = new List<EmbeddedFont>();
        var byFace = new Dictionary<FontFace, EmbeddedFont>();
        foreach (var text in pages.SelectMany(p => p.Items).OfType<PlacedText>())
        {
            if (!byFace.TryGetValue(text.Face, out var font))
            {
                byFace[text.Face] = font = new EmbeddedFont(text.Face, $"F{fonts.Count + 1}");
                fonts.Add(font);
            }
            foreach (var g in text.Glyphs) font.Use(g.GlyphId, g.Text);
        }
        Parallel.ForEach(fonts, f => f.Subset());

        var pageNumbers = new List<int>(pages.Count);
        foreach (var page in pages)
        {
            int pageObject = objects.Reserve();
            var content = new ContentStream(pageHeight, text => byFace[text.Face]).Build(page);
            int contents = objects.AddStream("", content);
            objects.Set(pageObject,
                $"<< /Type /Page /Parent {pageTree} 0 R /MediaBox [0 0 {PdfSyntax.Number(pageWidth)} {PdfSyntax.Number(pageHeight)}] " +
                $"/Resources {resources} 0 R /Contents {contents} 0 R >>");
            pageNumbers.Add(pageObject);
        }

        var fontEntries = fonts.Select(f => $"/{f.ResourceName} {f.Write(objects)} 0 R").ToList();
        objects.Set(resources, $"<< /Font << {string.Join(' ', fontEntries)} >> >>");
        objects.Set(pageTree, $"<< /Type /Pages /Kids [{string.Join(' ', pageNumbers.Select(p => $"{p} 0 R"))}] /Count {pages.Count} >>");
        objects.Set(catalog, $"<< /Type /Catalog /Pages {pageTree} 0 R /Lang (zh-CN) /ViewerPreferences << /DisplayDocTitle true >> >>");
        int infoObject = objects.Add(InfoDictionary(info));
        objects.WriteTo(output, catalog, infoObject);
        subsetSizes = fonts.Select(f => new FontSubsetSize(f.Face, f.ProgramSize)).ToList();
    }

    static string InfoDictionary(PdfInfo info)
    {
        string date = PdfSyntax.Date(info.Date);
        string keywords = info.Keywords is null ? "" : $" /Keywords {PdfSyntax.TextString(info.Keywords)}";
        return $"<< /Title {PdfSyntax.TextString(info.Title)} /Author {PdfSyntax.TextString(info.Author)} " +
               $"/Subject {PdfSyntax.TextString(info.Subject)}{keywords} /Creator (BriefBuilder) /Producer (BriefBuilder) " +
               $"/CreationDate {date} /ModDate {date} >>";
    }
}

/// <summary>How many bytes the embedded subset of a face takes (before Flate compression).</summary>
public sealed record FontSubsetSize(FontFace Face, int Bytes);

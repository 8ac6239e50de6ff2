using BriefBuilder.Docx;
using BriefBuilder.Model;
using BriefBuilder.Pdf;
using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Pdf.Layout;
using BriefBuilder.Pdf.Writing;

namespace BriefBuilder.Cli.Building;

/// <summary>
/// A kind of output: one file per brief with <see cref="Extension"/>. <see cref="Prepare"/> does
/// the work shared by every brief of a house style (loading fonts) once, and returns the writer.
/// </summary>
/// <param name="Prepare">
/// House style, the run's font index (the one its fingerprint describes; forced only by a format
/// that draws with fonts) and the run's cache folder → writer of one document, which tells how
/// the brief fills its pages when it lays them out itself (the PDF), else null.
/// </param>
/// <param name="UsesFonts">Whether the output depends on the font files, so that installing a font rebuilds it.</param>
public sealed record OutputFormat(string Extension, Func<HouseStyle, Lazy<FontIndex>, string, Func<LayoutDocument, Stream, PageFit?>> Prepare, bool UsesFonts = false);

public static class OutputFormats
{
    public static readonly OutputFormat Docx = new(".docx", (style, _, _) => (doc, output) =>
    {
        DocxWriter.Write(doc, style, output);
        return null; // Word lays the pages out on the editor's machine
    });

    public static readonly OutputFormat Pdf = new(".pdf", (style, fonts, cache) =>
        new PdfRenderer(style, FontSet.Create(style, fonts.Value), new SubsetCache(Path.Combine(cache, "subsets"))).Write, UsesFonts: true);

    public static IReadOnlyList<OutputFormat> Select(string name) => name switch
    {
        "docx" => [Docx],
        "pdf" => [Pdf],
        _ => [Docx, Pdf],
    };
}

using BriefBuilder.Docx;
using BriefBuilder.Model;
using BriefBuilder.Pdf.Layout;

namespace BriefBuilder.Pipeline;

/// <summary>
/// A kind of output: one file per brief with <see cref="Extension"/>, written by <see cref="Write"/>
/// from the template's prepared writers; the PDF gives back the pages it placed and how the brief
/// fills them.
/// </summary>
/// <param name="UsesFonts">Whether the output depends on the font files, so that installing a font rebuilds it.</param>
public sealed record OutputFormat(string Extension, bool UsesFonts, Func<PreparedTemplate, LayoutDocument, Stream, LaidOut?> Write);

public static class OutputFormats
{
    public static readonly OutputFormat Docx = new(".docx", UsesFonts: false, (template, document, output) =>
    {
        DocxWriter.Write(document, template.Folder.Style, output);
        return null;
    });

    public static readonly OutputFormat Pdf = new(".pdf", UsesFonts: true, (template, document, output) => template.Pdf.Write(document, output));

    public static IReadOnlyList<OutputFormat> Select(string name) => name switch
    {
        "docx" => [Docx],
        "pdf" => [Pdf],
        _ => [Docx, Pdf],
    };
}

using BriefBuilder.Model;
using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Pdf.Layout;
using BriefBuilder.Pdf.Writing;

namespace BriefBuilder.Pdf;

/// <summary>A print-ready PDF of a laid-out brief: our layout engine over HarfBuzz, then our PDF writer.</summary>
/// <param name="subsets">Where font subsets made before are kept (<see cref="SubsetCache.None"/> when not given).</param>
public sealed class PdfRenderer(HouseStyle style, ITextShaper fonts, SubsetCache? subsets = null)
{
    public IReadOnlyList<PlacedPage> Layout(LayoutDocument document) => new LayoutEngine(style, fonts).Layout(document);

    /// <summary>
    /// Lays the document out and writes it; the pages it placed, for whoever draws them too (a
    /// preview), and how the brief fills them (what the build tells an editor trimming to pages).
    /// </summary>
    public LaidOut Write(LayoutDocument document, Stream output)
    {
        var info = document.Info;
        var laidOut = new LayoutEngine(style, fonts).Fitted(document);
        PdfWriter.Write(laidOut.Pages, new PdfInfo(info.Title, info.Author, info.Subject, info.Date), style.Print, style.Page.Width, style.Page.Height, output, subsets);
        return laidOut;
    }
}

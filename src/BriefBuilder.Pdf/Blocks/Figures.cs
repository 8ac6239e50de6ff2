using BriefBuilder.Model;
using BriefBuilder.Pdf.Layout;

namespace BriefBuilder.Pdf.Blocks;

/// <summary>A figure: one line as tall as the model's box, drawing the picture centred in it, tagged Figure with its caption as /Alt.</summary>
internal static class Figures
{
    public static MeasuredBlock Measure(LayoutFigure f, BlockMeasurer m)
    {
        var (width, height) = f.Size(m.Style);
        var (box, top) = f.Box(m.Style);
        var picture = Images.PdfPicture.Of(f.Image);
        IEnumerable<PlacedItem> Draw(double x, double lineTop) => [new PlacedImage(x + (m.Width - width) / 2, lineTop + top, width, height, picture)];
        return new MeasuredBlock([new MeasuredLine(box, OnGrid: true, Draw, f.Alt)], f.Spacing(m.Style), StructureTags.Figure, f.Alt);
    }
}

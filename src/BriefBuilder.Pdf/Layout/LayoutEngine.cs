using BriefBuilder.Model;
using BriefBuilder.Pdf.Fonts;

namespace BriefBuilder.Pdf.Layout;

/// <summary>
/// Lays out a brief in two phases, as QuestPDF does: measure every block into lines, then
/// paginate them; finally add the folios. The result is fixed positions ready for a writer.
/// </summary>
public sealed class LayoutEngine(HouseStyle style, ITextShaper shaper)
{
    public IReadOnlyList<PlacedPage> Layout(LayoutDocument document)
    {
        var measurer = new BlockMeasurer(style, shaper);
        var flow = document.Flow.Select(measurer.Measure).ToList();
        var closing = document.Closing.Select(measurer.Measure).ToList();
        var pages = new Paginator(style).Paginate(flow, closing);

        var folios = new Folios(style, new AtomBuilder(style, shaper));
        return pages.Select((page, i) => new PlacedPage(i + 1,
            page.HasFlow ? [.. page.Items, .. folios.For(i + 1)] : page.Items)).ToList();
    }
}

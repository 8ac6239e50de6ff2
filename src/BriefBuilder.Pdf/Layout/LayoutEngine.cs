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
        var blocks = document.Flow.Concat(document.Closing).Select((b, i) => Tagged(measurer.Measure(b), i)).ToList();
        var flow = blocks[..document.Flow.Count];
        var closing = blocks[document.Flow.Count..];
        var pages = new Paginator(style).Paginate(flow, closing);

        var folios = new Folios(style, new AtomBuilder(style, shaper));
        return pages.Select((page, i) => new PlacedPage(i + 1,
            page.HasFlow ? [.. page.Items, .. folios.For(i + 1)] : page.Items)).ToList();
    }

    /// <summary>
    /// The block with every item its lines draw marked as the <paramref name="id"/>th element of the
    /// tagged PDF's structure; decoration stays unmarked, an artifact.
    /// </summary>
    private static MeasuredBlock Tagged(MeasuredBlock block, int id)
    {
        if (block.Role == StructureTags.Artifact) return block;
        var tag = new ContentTag(id, block.Role, block.Text);
        return block with
        {
            Lines = block.Lines.Select(line => line with { Draw = (x, top) => line.Draw(x, top).Select(item => item with { Tag = tag }) }).ToList(),
        };
    }
}

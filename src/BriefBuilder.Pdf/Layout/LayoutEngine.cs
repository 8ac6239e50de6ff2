using BriefBuilder.Model;
using BriefBuilder.Pdf.Fonts;

namespace BriefBuilder.Pdf.Layout;

/// <summary>
/// Lays out a brief in two phases, as QuestPDF does: measure every block into lines, then
/// paginate them; finally add the folios. The result is fixed positions ready for a writer.
/// </summary>
public sealed class LayoutEngine(HouseStyle style, ITextShaper shaper)
{
    public IReadOnlyList<PlacedPage> Layout(LayoutDocument document) => Fitted(document).Pages;

    /// <summary>The pages, and how the brief fills them (<see cref="PageFit"/>).</summary>
    public LaidOut Fitted(LayoutDocument document)
    {
        var measurer = new BlockMeasurer(style, shaper);
        var turnedMeasurer = new BlockMeasurer(style, shaper) { Frame = style.Page.Turned };
        var turned = LandscapePages.Of(document.Flow, style);
        var blocks = document.Flow.Concat(document.Closing).Select((b, i) => i < turned.Length && turned[i]
            ? Tagged(turnedMeasurer.Measure(b), i, b.Source) with { Turned = true }
            : Tagged(measurer.Measure(b), i, b.Source)).ToList();
        var flow = blocks[..document.Flow.Count];
        var closing = blocks[document.Flow.Count..];
        var pages = new Paginator(style).Paginate(flow, closing);

        var folios = new Folios(style, new AtomBuilder(style, shaper));
        // A landscape page's folio stays on the sheet, where every page has it (GB/T 9704-2012 §8).
        var placed = pages.Select((page, i) =>
        {
            IReadOnlyList<PlacedItem> folio = page.HasFlow ? folios.For(i + 1).ToList() : [];
            return page.Turned ? new PlacedPage(i + 1, folio) { Turned = page.Items } : new PlacedPage(i + 1, [.. page.Items, .. folio]);
        }).ToList();
        var cut = LinesToCut(flow, closing, pages.Count);
        return new LaidOut(placed, new PageFit(pages.Count, pages[^1].FlowLines, cut, cut * style.Grid.CharsPerLine));
    }

    /// <summary>
    /// The fewest lines that, taken from the end of the body, end the brief a page sooner: the
    /// body paginated again, one line shorter at a time (the closing block and keeps as they
    /// are), as far as two pages' worth. Where in the body the lines go makes no difference
    /// on the grid, save for a heading's keep; null for one page, or when no cut would do.
    /// </summary>
    private int? LinesToCut(IReadOnlyList<MeasuredBlock> flow, IReadOnlyList<MeasuredBlock> closing, int pages)
    {
        if (pages < 2) return null;
        var total = flow.Sum(b => b.Lines.Count);
        for (var cut = 1; cut <= Math.Min(total, 2 * style.Grid.LinesPerPage); cut++)
            if (new Paginator(style, draw: false).Paginate(WithoutLast(flow, cut), closing).Count < pages) return cut;
        return null;
    }

    /// <summary>The flow without its last <paramref name="lines"/> lines: blocks emptied go whole, a block cut short keeps its first lines.</summary>
    private static List<MeasuredBlock> WithoutLast(IReadOnlyList<MeasuredBlock> flow, int lines)
    {
        var kept = flow.ToList();
        while (lines > 0 && kept.Count > 0)
        {
            var last = kept[^1];
            if (last.Lines.Count <= lines)
            {
                lines -= last.Lines.Count;
                kept.RemoveAt(kept.Count - 1);
            }
            else
            {
                kept[^1] = last with { Lines = last.Lines.Take(last.Lines.Count - lines).ToList() };
                lines = 0;
            }
        }
        return kept;
    }

    /// <summary>
    /// The block with every item its lines draw marked as the <paramref name="id"/>th element of the
    /// tagged PDF's structure, or the parent of the elements its items name (a table's cells); decoration stays unmarked, an artifact; and as coming from <paramref name="source"/>.
    /// </summary>
    private static MeasuredBlock Tagged(MeasuredBlock block, int id, SourceRef source)
    {
        var tag = block.Role == StructureTags.Artifact ? null : new ContentTag(id, block.Role, block.Text);
        return block with
        {
            Lines = block.Lines.Select(line => line with { Draw = (x, top) => line.Draw(x, top).Select(item => item with { Tag = item.Tag?.Under(tag) ?? tag, Source = source }) }).ToList(),
        };
    }
}

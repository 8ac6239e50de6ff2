using BriefBuilder.Model;

namespace BriefBuilder.Pdf.Layout;

/// <summary>
/// A page's content before folios: drawn items, whether it holds any of the flow, and how many lines
/// of it; on a landscape page (<see cref="Turned"/>) the items are placed on the turned page (<see cref="PageGeometry.Turned"/>).
/// </summary>
public sealed record PageDraft(List<PlacedItem> Items, bool HasFlow, bool Turned = false)
{
    public int FlowLines { get; set; }
}

/// <summary>
/// The second layout phase: puts measured lines on pages, as Word does. Lines on the grid start
/// on one of its lines; a heading (keep with next) stays with the first line of what follows,
/// with its first two under widow control; under widow control no paragraph leaves a single
/// line alone at the foot or head of a page; a block that starts a page (an attachment) does so; blocks on
/// landscape pages (a wide table and its caption) start a landscape page, and what follows them an upright one;
/// the closing block sits on the foot of the last upright page's text block, or on a page of its own when the
/// body leaves too little room.
/// </summary>
/// <param name="draw">False to only count pages and lines (what an editor would have to cut), drawing nothing.</param>
public sealed class Paginator(HouseStyle style, bool draw = true)
{
    private const double Epsilon = 0.01;

    private readonly List<PageDraft> _pages = [];
    private double _y; // from the top of the text block
    private PageGeometry Frame => _pages[^1].Turned ? style.Page.Turned : style.Page;
    private double Left => Frame.Left;
    private double Height => Frame.TextHeight;

    public List<PageDraft> Paginate(IReadOnlyList<MeasuredBlock> flow, IReadOnlyList<MeasuredBlock> closing)
    {
        NewPage(hasFlow: true);
        for (var i = 0; i < flow.Count; i++)
        {
            if (flow[i].Turned != _pages[^1].Turned) Turn(flow[i].Turned);
            if (flow[i].Spacing.PageBreakBefore && !AtTop) NewPage(hasFlow: true);
            // A keep that cannot be kept even on an empty page (a run of headings taller than a
            // page) is let go: a new page would not help, and each block would go on its own.
            if (!AtTop && !KeepFits(flow, i, Placement.Enter(_y, flow[i].Spacing)) && KeepFits(flow, i, 0)) NewPage(hasFlow: true);
            Place(flow[i]);
        }
        var closingHeight = closing.Sum(b => b.Height);
        if (_pages[^1].Turned || _y > Height - closingHeight + Epsilon) NewPage(hasFlow: false, turned: false);
        _y = Height - closingHeight;
        foreach (var block in closing)
        {
            // Set from the foot up, off the grid: its spaces are kept even where it starts a page.
            _y += block.Spacing.Before;
            foreach (var line in block.Lines) Draw(line, offGrid: true, flow: false);
            _y += block.Spacing.After;
        }
        return _pages;
    }

    private bool AtTop => Placement.AtTop(_y);

    /// <summary>A new page, turned as the last one unless <paramref name="turned"/> says.</summary>
    private void NewPage(bool hasFlow, bool? turned = null)
    {
        _pages.Add(new PageDraft([], hasFlow, turned ?? _pages.LastOrDefault()?.Turned ?? false));
        _y = 0;
    }

    /// <summary>To a landscape page or back: a new page, or this one turned while nothing is on it yet.</summary>
    private void Turn(bool turned)
    {
        if (_pages[^1].Items.Count == 0 && _pages[^1].FlowLines == 0) _pages[^1] = _pages[^1] with { Turned = turned };
        else NewPage(hasFlow: true, turned);
    }

    /// <summary>Top of a line placed at <paramref name="y"/>: the next grid line for lines on the grid.</summary>
    private double TopOf(MeasuredLine line, double y) => Placement.LineTop(y, line.OnGrid, style.Grid);

    /// <summary>How many of <paramref name="lines"/> fit on this page from <paramref name="y"/>, and where that leaves y.</summary>
    private (int Count, double Y) Fit(IEnumerable<MeasuredLine> lines, double y)
    {
        var count = 0;
        foreach (var line in lines)
        {
            var top = TopOf(line, y);
            if (top + line.Height > Height + Epsilon) break;
            y = top + line.Height;
            count++;
        }
        return (count, y);
    }

    /// <summary>
    /// Whether block <paramref name="i"/>, with the blocks it keeps with, fits on this page with its
    /// first line at <paramref name="top"/>: a chain of keep-with-next blocks and the first line of
    /// the block after them (two under widow control, since one would be left alone).
    /// </summary>
    private bool KeepFits(IReadOnlyList<MeasuredBlock> flow, int i, double top)
    {
        if (!flow[i].Spacing.KeepWithNext) return true;
        var y = top;
        for (var j = i; j < flow.Count; j++)
        {
            var block = flow[j];
            var wanted = block.Spacing.KeepWithNext ? block.Lines.Count : Math.Min(Math.Max(MinLines, block.Head), block.Lines.Count);
            var (count, after) = Fit(block.Lines.Take(wanted), j == i ? y : Placement.Enter(y, block.Spacing));
            if (count < wanted) return false;
            if (!block.Spacing.KeepWithNext) return true;
            y = after + block.Spacing.After;
        }
        return true;
    }

    private void Place(MeasuredBlock block)
    {
        _y = Placement.Enter(_y, block.Spacing);
        var lines = block.Lines;
        // An index into the lines, not a copy of the rest per page: a paragraph of thousands of lines stays linear.
        var done = 0;
        var fresh = AtTop; // a page that holds nothing of the flow but, perhaps, the block's repeated head
        while (done < lines.Count)
        {
            var left = lines.Count - done;
            var (fit, _) = Fit(lines.Skip(done), _y);
            var take = fit >= left ? left : Split(fit, left, done == 0 ? block.Head : 1);
            // Nothing better is possible on an empty page, and at least one line must go on it:
            // whatever the geometry, every new page takes a line, so the loop always ends.
            if (take == 0 && fresh) take = Math.Max(fit, 1);
            for (var i = done; i < done + take; i++) Draw(lines[i], offGrid: false, flow: true);
            done += take;
            if (done < lines.Count)
            {
                NewPage(hasFlow: true);
                fresh = true;
                if (done > 0 && block.Repeat is { } repeat) Draw(repeat, offGrid: false, flow: false);
            }
        }
        _y += block.Spacing.After;
    }

    /// <summary>The fewest lines of a paragraph a page may hold: two under widow control.</summary>
    private int MinLines => style.WidowControl ? 2 : 1;

    /// <summary>
    /// Lines of an n-line block to keep on this page when <paramref name="fit"/> fit: none when fewer
    /// than its <paramref name="head"/> (a table's header and first row), and under widow control, no widow, no orphan.
    /// </summary>
    private int Split(int fit, int n, int head)
    {
        if (fit < head) return 0;
        var take = fit;
        if (!style.WidowControl) return take;
        if (n - take == 1) take--;   // the last line would stand alone at the head of the next page
        if (take == 1) take = 0;     // the first line would stand alone at the foot of this page
        return Math.Max(take, 0);    // a one-line paragraph that does not fit would give −1: none
    }

    private void Draw(MeasuredLine line, bool offGrid, bool flow)
    {
        var top = offGrid ? _y : TopOf(line, _y);
        if (draw) _pages[^1].Items.AddRange(line.Draw(Left, Frame.Top + top));
        if (flow) _pages[^1].FlowLines++;
        _y = top + line.Height;
    }
}

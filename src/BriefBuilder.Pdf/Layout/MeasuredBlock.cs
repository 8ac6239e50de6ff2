namespace BriefBuilder.Pdf.Layout;

/// <summary>
/// A line whose size is known and which can draw itself once the paginator gives it a place.
/// Lines <see cref="OnGrid"/> start on a line of the document grid.
/// </summary>
public sealed record MeasuredLine(double Height, bool OnGrid, Func<double, double, IEnumerable<PlacedItem>> Draw, string Text);

/// <summary>
/// A block after measuring (the first layout phase): its lines, the space around it and how
/// it may be split across pages. <see cref="Top"/> is the least distance of its top from the top
/// of the text block (see <see cref="BriefBuilder.Model.ParagraphStyle.Top"/>).
/// </summary>
public sealed record MeasuredBlock(IReadOnlyList<MeasuredLine> Lines, double SpaceBefore, double SpaceAfter, bool KeepWithNext, double? Top = null)
{
    public double Height => SpaceBefore + Lines.Sum(l => l.Height) + SpaceAfter;
}

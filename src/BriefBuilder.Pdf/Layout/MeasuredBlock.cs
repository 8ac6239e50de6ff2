using BriefBuilder.Model;

namespace BriefBuilder.Pdf.Layout;

/// <summary>
/// A line whose size is known and which can draw itself once the paginator gives it a place.
/// Lines <see cref="OnGrid"/> start on a line of the document grid.
/// </summary>
public sealed record MeasuredLine(double Height, bool OnGrid, Func<double, double, IEnumerable<PlacedItem>> Draw, string Text);

/// <summary>
/// A block after measuring (the first layout phase): its lines, where it stands in the flow
/// (<see cref="BlockSpacing"/>, the model's), and what it is in the tagged PDF: <see cref="Role"/>
/// is its structure type (P, H1, …, or <see cref="StructureTags.Artifact"/> for decoration) and
/// <see cref="Text"/> its text (a heading's bookmark).
/// </summary>
public sealed record MeasuredBlock(IReadOnlyList<MeasuredLine> Lines, BlockSpacing Spacing, string Role, string Text)
{
    /// <summary>How many of its first lines must start a page together (a table's header and first row).</summary>
    public int Head { get; init; } = 1;

    /// <summary>A line drawn again at the head of each page the block runs onto (a table's header), as decoration.</summary>
    public MeasuredLine? Repeat { get; init; }

    /// <summary>Whether it goes on a landscape page (<see cref="LandscapePages"/>), measured in that page's width.</summary>
    public bool Turned { get; init; }

    public double Height => Spacing.Before + Lines.Sum(l => l.Height) + Spacing.After;
}

using BriefBuilder.Model;
using BriefBuilder.Pdf.Fonts;

namespace BriefBuilder.Pdf.Layout;

/// <summary>
/// The result of layout, ready to draw: pages of glyph runs, rules and pictures at fixed positions.
/// Coordinates are points from the top-left corner of the page, y growing downwards.
/// </summary>
/// <param name="Items">What is drawn on the sheet as it is printed, upright.</param>
public sealed record PlacedPage(int Number, IReadOnlyList<PlacedItem> Items)
{
    /// <summary>
    /// What a landscape page sets on the sheet turned a quarter clockwise to be read (GB/T 9704-2012 §8:
    /// a table too wide for the text block), in the turned page's own coordinates
    /// (<see cref="PageGeometry.Turned"/>); the folio stays in <see cref="Items"/>, on the sheet where
    /// every page has it. Empty on an upright page.
    /// </summary>
    public IReadOnlyList<PlacedItem> Turned { get; init; } = [];

    public bool IsTurned => Turned.Count > 0;

    /// <summary>Everything drawn, upright and turned.</summary>
    public IEnumerable<PlacedItem> AllItems => Items.Concat(Turned);
}

/// <summary>
/// Something drawn on a page, one record per kind. <see cref="Tag"/> names the paragraph it belongs
/// to in the tagged PDF; null marks decoration (rules, folios, the masthead). Whatever draws pages
/// (the PDF writer, the dump) handles each kind through <see cref="IPlacedItemVisitor{T}"/>.
/// </summary>
public abstract record PlacedItem
{
    public ContentTag? Tag { get; init; }

    /// <summary>The line of the brief (or template) its block came from: what a preview's click leads back to. Null for folios.</summary>
    public SourceRef? Source { get; init; }

    /// <summary>Its upper edge, from the top of the page: where a bookmark to it scrolls.</summary>
    public abstract double Top { get; }

    public abstract T Accept<T>(IPlacedItemVisitor<T> visitor);
}

/// <summary>What a drawer of pages does with each kind of placed item: one method per kind, so that none is ever skipped.</summary>
public interface IPlacedItemVisitor<out T>
{
    T Text(PlacedText text);
    T Rule(PlacedRule rule);
    T Image(PlacedImage image);
}

/// <summary>
/// A paragraph as the tagged PDF's structure sees it: <see cref="Id"/> its place in reading order,
/// <see cref="Role"/> its structure type (P, H1, …), <see cref="Text"/> its text (a heading's bookmark).
/// </summary>
/// <see cref="Parent"/> is the element it is part of (a table cell's row, a row's table); null for
/// an element of the document. <see cref="Artifact"/> marks decoration inside a tagged block (a table's grid lines).
public sealed record ContentTag(int Id, string Role, string Text)
{
    public ContentTag? Parent { get; init; }

    public static readonly ContentTag Artifact = new(-1, StructureTags.Artifact, "");

    public bool IsArtifact => Role == StructureTags.Artifact;

    /// <summary>This element with <paramref name="root"/> as the parent of its topmost one: a block's parts placed in the block.</summary>
    public ContentTag Under(ContentTag root) => IsArtifact ? this : this with { Parent = Parent?.Under(root) ?? root };
}

/// <summary>
/// Glyphs of one font face at one size and colour on one baseline <see cref="Baseline"/>.
/// <see cref="BoldStroke"/>, when above zero, asks the writer to embolden a face that has no bold
/// of its own: the glyphs are filled and stroked with a line that many points wide.
/// <see cref="Shear"/>, when above zero, slants a face that has no italic of its own: each glyph
/// leans right by that much of its height, about its baseline.
/// </summary>
public sealed record PlacedText(double Baseline, FontFace Face, double Size, Colour Colour, double BoldStroke, IReadOnlyList<PlacedGlyph> Glyphs) : PlacedItem
{
    public double Shear { get; init; }

    public string Text => string.Concat(Glyphs.Select(g => g.Text));

    /// <summary>The top of its type: a size above the baseline.</summary>
    public override double Top => Baseline - Size;

    public override T Accept<T>(IPlacedItemVisitor<T> visitor) => visitor.Text(this);
}

/// <summary>A glyph with its pen position <see cref="X"/> and the source characters it stands for.</summary>
public sealed record PlacedGlyph(ushort GlyphId, double X, double YOffset, string Text);

/// <summary>A filled horizontal bar: a stroke of a rule. <see cref="Top"/> is its upper edge.</summary>
public sealed record PlacedRule(double X, double Top, double Width, double Thickness, Colour Colour) : PlacedItem
{
    public override double Top { get; } = Top;

    public override T Accept<T>(IPlacedItemVisitor<T> visitor) => visitor.Rule(this);
}

/// <summary>A picture drawn into the rectangle at <see cref="X"/>, <see cref="Top"/>, <see cref="Width"/> by <see cref="Height"/>.</summary>
public sealed record PlacedImage(double X, double Top, double Width, double Height, Images.PdfPicture Picture) : PlacedItem
{
    public override double Top { get; } = Top;

    public override T Accept<T>(IPlacedItemVisitor<T> visitor) => visitor.Image(this);
}

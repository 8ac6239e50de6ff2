using BriefBuilder.Model;
using BriefBuilder.Pdf.Fonts;

namespace BriefBuilder.Pdf.Layout;

/// <summary>How a run of text looks: size, colour and emphasis, shared by its glyphs.</summary>
public sealed record TextLook(double Size, Colour Colour, bool Bold, bool Italic = false);

/// <summary>
/// The smallest piece a line is built of: one wide character (or a whole —— or ……), one Latin
/// word, or a space. Lines break only between atoms. <see cref="Width"/> is the room it takes on
/// the line: a grid cell for a wide character on the grid (two for —— and ……), the shaped advance
/// otherwise.
/// </summary>
public sealed record Atom(CharKind Kind, PunctKind Punct, string Text, IReadOnlyList<ShapedGlyph> Glyphs, double Width, TextLook Look)
{
    /// <summary>Advance of the glyphs as the font draws them.</summary>
    public double Advance => Glyphs.Sum(g => g.Advance);

    /// <summary>Which half of its room a full-width mark leaves empty (clreq's adjustable space); none for anything else.</summary>
    public Blank Blank { get; init; } = Kind == CharKind.Wide ? Punctuation.BlankOf(char.ConvertToUtf32(Text, 0)) : Blank.None;

    /// <summary>Whether the mark gave up its blank half to an adjacent mark (<see cref="Punctuation.CompressAdjacent"/>).</summary>
    public bool Compressed { get; init; }

    /// <summary>How much of <see cref="Width"/> the mark may give up: its blank half.</summary>
    public double Squeeze => Blank == Blank.None ? 0 : Width / 2;

    /// <summary>The room the atom takes on a line before the line is adjusted: its width, less the half given to a neighbour.</summary>
    public double Room => Compressed ? Width - Squeeze : Width;

    /// <summary>How much more it may give up when a line is tight: its blank half, unless already given.</summary>
    public double Give => Compressed ? 0 : Squeeze;

    /// <summary>Where the glyphs start inside the atom's room, before any squeeze.</summary>
    public double GlyphOffset => Kind != CharKind.Wide ? 0 : Punct switch
    {
        // A proportional quote or bracket hugs the character it belongs to.
        PunctKind.Opening when Advance < 0.75 * Look.Size => Width - Advance,
        PunctKind.Closing when Advance < 0.75 * Look.Size => 0,
        _ => (Width - Advance) / 2,
    };
}

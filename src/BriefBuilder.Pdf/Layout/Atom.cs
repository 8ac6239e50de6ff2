using BriefBuilder.Model;
using BriefBuilder.Pdf.Fonts;

namespace BriefBuilder.Pdf.Layout;

/// <summary>How a run of text looks: size, colour and emphasis, shared by its glyphs.</summary>
public sealed record TextLook(double Size, Colour Colour, bool Bold);

/// <summary>
/// The smallest piece a line is built of: one wide character, one Latin word, or a space.
/// Lines break only between atoms. <see cref="Width"/> is the room it takes on the line:
/// a grid cell for a wide character on the grid, the shaped advance otherwise.
/// </summary>
public sealed record Atom(CharKind Kind, PunctKind Punct, string Text, IReadOnlyList<ShapedGlyph> Glyphs, double Width, TextLook Look)
{
    /// <summary>Advance of the glyphs as the font draws them.</summary>
    public double Advance => Glyphs.Sum(g => g.Advance);

    /// <summary>How much of <see cref="Width"/> may be given up when the line is tight (half a full-width mark).</summary>
    public double Squeeze => Kind == CharKind.Wide && Punctuation.Squeezable(char.ConvertToUtf32(Text, 0)) ? Width / 2 : 0;

    /// <summary>Where the glyphs start inside the atom's room, before any squeeze.</summary>
    public double GlyphOffset => Kind != CharKind.Wide ? 0 : Punct switch
    {
        // A proportional quote or bracket hugs the character it belongs to.
        PunctKind.Opening when Advance < 0.75 * Look.Size => Width - Advance,
        PunctKind.Closing when Advance < 0.75 * Look.Size => 0,
        _ => (Width - Advance) / 2,
    };
}

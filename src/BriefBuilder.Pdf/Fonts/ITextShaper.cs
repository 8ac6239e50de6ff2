namespace BriefBuilder.Pdf.Fonts;

/// <summary>
/// Turns text into positioned glyphs for a font role of the style file. The layout engine
/// measures and places text only through this, so it never touches font files itself.
/// </summary>
public interface ITextShaper
{
    /// <summary>
    /// Shapes <paramref name="text"/> in the font role <paramref name="role"/> at <paramref name="size"/> points.
    /// Characters the role's fonts lack come from the fallback fonts, at the same size and baseline.
    /// Throws <see cref="MissingGlyphException"/> when no font at all has a character.
    /// </summary>
    IReadOnlyList<ShapedGlyph> Shape(string text, string role, double size);
}

/// <summary>
/// One glyph from shaping. <see cref="Advance"/> and offsets are in points.
/// <see cref="Cluster"/> is the index in the shaped string of the first character this glyph
/// stands for and <see cref="Text"/> those characters (for copy and search in the PDF).
/// </summary>
public sealed record ShapedGlyph(FontFace Face, ushort GlyphId, double Advance, double XOffset, double YOffset, int Cluster, string Text);

/// <summary>A character that no font of the role nor any fallback font can draw.</summary>
public sealed class MissingGlyphException(int codePoint, string role)
    : Exception($"no installed font has the character '{char.ConvertFromUtf32(codePoint)}' (U+{codePoint:X4}) needed by font role '{role}'")
{
    public int CodePoint { get; } = codePoint;
    public string Role { get; } = role;
}

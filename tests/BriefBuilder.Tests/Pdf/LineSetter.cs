using BriefBuilder.Model;
using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Pdf.Layout;

namespace BriefBuilder.Tests.Pdf;

/// <summary>
/// A stand-in for the layout engine: sets one line of shaped text from a left edge, splitting
/// it into one <see cref="PlacedText"/> per face the way the real engine must.
/// </summary>
static class LineSetter
{
    public static IEnumerable<PlacedText> Line(string text, string role, double size, double x, double baseline,
        Colour? colour = null, bool syntheticBold = false)
    {
        var glyphs = TestFonts.Set.Shape(text, role, size);
        double pen = x;
        var placed = new List<(FontFace Face, PlacedGlyph Glyph)>();
        foreach (var g in glyphs)
        {
            placed.Add((g.Face, new PlacedGlyph(g.GlyphId, pen + g.XOffset, g.YOffset, g.Text)));
            pen += g.Advance;
        }
        int start = 0;
        for (int i = 1; i <= placed.Count; i++)
        {
            if (i < placed.Count && placed[i].Face == placed[start].Face) continue;
            yield return new PlacedText(baseline, placed[start].Face, size, colour ?? TestFonts.Black, syntheticBold ? TestFonts.Style.BoldStroke * size : 0,
                placed[start..i].Select(p => p.Glyph).ToList());
            start = i;
        }
    }
}

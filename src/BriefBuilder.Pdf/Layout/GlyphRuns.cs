using BriefBuilder.Pdf.Fonts;

namespace BriefBuilder.Pdf.Layout;

/// <summary>Turns a set line into glyph runs: one <see cref="PlacedText"/> per stretch of one face and look.</summary>
public static class GlyphRuns
{
    /// <param name="boldStroke">The stroke that emboldens bold text, as a fraction of its size (style.yaml's synthetic_bold).</param>
    /// <param name="italicShear">The shear that slants italic text (style.yaml's synthetic_italic).</param>
    public static IEnumerable<PlacedItem> Place(SetLine line, double left, double baseline, double boldStroke, double italicShear)
    {
        var runs = new List<PlacedText>();
        foreach (var set in line.Atoms)
        {
            var atom = set.Atom;
            // A squeezed mark gives up the empty half of its cell: an opening mark's is on the left.
            var x = left + set.X + atom.GlyphOffset - (atom.Blank == Blank.Left ? atom.Width - set.Width : 0);
            var stroke = atom.Look.Bold ? boldStroke * atom.Look.Size : 0;
            var shear = atom.Look.Italic ? italicShear : 0;
            foreach (var glyph in atom.Glyphs)
            {
                var placed = new PlacedGlyph(glyph.GlyphId, x + glyph.XOffset, glyph.YOffset, glyph.Text);
                var last = runs.Count > 0 ? runs[^1] : null;
                if (last is not null && last.Face == glyph.Face && last.Size == atom.Look.Size && last.Colour == atom.Look.Colour && last.BoldStroke == stroke && last.Shear == shear)
                    ((List<PlacedGlyph>)last.Glyphs).Add(placed);
                else
                    runs.Add(new PlacedText(baseline, glyph.Face, atom.Look.Size, atom.Look.Colour, stroke, new List<PlacedGlyph> { placed }) { Shear = shear });
                x += glyph.Advance;
            }
        }
        return runs;
    }
}

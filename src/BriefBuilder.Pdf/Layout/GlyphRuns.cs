using BriefBuilder.Pdf.Fonts;

namespace BriefBuilder.Pdf.Layout;

/// <summary>Turns a set line into glyph runs: one <see cref="PlacedText"/> per stretch of one face and look.</summary>
public static class GlyphRuns
{
    public static IEnumerable<PlacedItem> Place(SetLine line, double left, double baseline)
    {
        var runs = new List<PlacedText>();
        foreach (var set in line.Atoms)
        {
            var atom = set.Atom;
            // A squeezed opening mark gives up the empty left half of its cell.
            var x = left + set.X + atom.GlyphOffset - (atom.Punct == PunctKind.Opening ? atom.Width - set.Width : 0);
            foreach (var glyph in atom.Glyphs)
            {
                var placed = new PlacedGlyph(glyph.GlyphId, x + glyph.XOffset, glyph.YOffset, glyph.Text);
                var last = runs.Count > 0 ? runs[^1] : null;
                if (last is not null && last.Face == glyph.Face && last.Size == atom.Look.Size && last.Colour == atom.Look.Colour && last.SyntheticBold == atom.Look.Bold)
                    ((List<PlacedGlyph>)last.Glyphs).Add(placed);
                else
                    runs.Add(new PlacedText(baseline, glyph.Face, atom.Look.Size, atom.Look.Colour, atom.Look.Bold, new List<PlacedGlyph> { placed }));
                x += glyph.Advance;
            }
        }
        return runs;
    }
}

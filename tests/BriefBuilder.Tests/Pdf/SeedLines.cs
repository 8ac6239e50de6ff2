using BriefBuilder.Model;
using BriefBuilder.Pdf.Layout;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Pdf;

/// <summary>
/// The lines of the seed briefs' justified grid paragraphs (body and headings) as the layout sets
/// them, with what a reader of the page sees in them: a character pushed down (the line spread
/// over its cells), a lone last character (孤字).
/// </summary>
static class SeedLines
{
    /// <summary>Every justified paragraph on the grid of a seed, with its set lines.</summary>
    public static IEnumerable<(LayoutParagraph Paragraph, List<SetLine> Lines)> Of(string name)
    {
        var pdf = SeedPdfs.Get(name);
        var measurer = new BlockMeasurer(pdf.Style, TestFonts.Set);
        foreach (var p in pdf.Document.Flow.OfType<LayoutParagraph>())
        {
            var style = pdf.Style.Paragraph(p.Style);
            if (style.OnGrid && style.Align == Alignment.Justify) yield return (p, measurer.Lines(p).ToList());
        }
    }

    /// <summary>
    /// A full line whose atoms leave at least three quarters of a cell unfilled before
    /// justification: a character went down to the next line and the rest were spread over the
    /// line (what compressed pairs free is less, half a cell a pair).
    /// </summary>
    public static bool Stretched(SetLine line, double room) =>
        room - line.Atoms.Sum(a => a.Width) >= 0.75 * TestFonts.Style.CharPitch;

    /// <summary>A last line that holds one character or word besides closing marks.</summary>
    public static bool Lone(SetLine line) =>
        line.Atoms.Count(a => a.Atom.Kind != CharKind.Space && a.Atom.Punct != PunctKind.Closing) == 1;

    /// <summary>The stretched lines (not a paragraph's last, which is set flush left) and the lone last lines of a seed.</summary>
    public static (List<string> Stretched, List<string> Lone) Faults(string name)
    {
        var style = TestFonts.Style;
        var width = style.Page.TextWidth;
        var stretched = new List<string>();
        var lone = new List<string>();
        foreach (var (p, lines) in Of(name))
        {
            var indent = style.Paragraph(p.Style).FirstLineIndentChars * style.CharPitch;
            for (var i = 0; i < lines.Count - 1; i++)
                if (Stretched(lines[i], width - (i == 0 ? indent : 0))) stretched.Add(lines[i].Text);
            if (lines.Count > 1 && Lone(lines[^1])) lone.Add(lines[^2].Text[^4..] + "|" + lines[^1].Text);
        }
        return (stretched, lone);
    }
}

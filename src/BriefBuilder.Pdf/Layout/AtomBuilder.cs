using System.Globalization;
using System.Text;
using BriefBuilder.Model;
using BriefBuilder.Pdf.Fonts;

namespace BriefBuilder.Pdf.Layout;

/// <summary>
/// Shapes the runs of a paragraph and cuts them into atoms: the Chinese text in the style's
/// Chinese font, one atom a character; Latin text in its Latin font, one atom a word.
/// </summary>
public sealed class AtomBuilder(HouseStyle style, ITextShaper shaper)
{
    private readonly double _cell = style.CharPitch;

    public List<Atom> Build(ParagraphStyle paragraph, IEnumerable<LayoutRun> runs, SourceRef source)
    {
        var atoms = new List<Atom>();
        foreach (var run in runs)
        {
            var runStyle = run.Style is null ? null : style.Run(run.Style);
            var look = new TextLook(
                runStyle?.Size ?? paragraph.Size,
                style.Colour(runStyle?.Colour ?? paragraph.Colour),
                run.Bold || (runStyle?.Bold ?? paragraph.Bold),
                run.Italic);
            foreach (var (kind, text) in Segments(run.Text))
            {
                var role = paragraph.FontFor(kind, runStyle);
                IReadOnlyList<ShapedGlyph> glyphs;
                try
                {
                    glyphs = shaper.Shape(text, role, look.Size);
                }
                catch (MissingGlyphException e)
                {
                    throw source.Error($"cannot print '{char.ConvertFromUtf32(e.CodePoint)}' (U+{e.CodePoint:X4}): no installed font has it (font role '{e.Role}'); run brief fonts to see what is installed and how to install a font");
                }
                atoms.AddRange(kind == CharKind.Latin ? Words(text, glyphs, look) : Characters(kind, text, glyphs, look, paragraph.OnGrid));
            }
        }
        return atoms;
    }

    /// <summary>Splits text into stretches of wide characters and of Latin text (spaces included).</summary>
    private static IEnumerable<(CharKind Kind, string Text)> Segments(string text)
    {
        var current = new StringBuilder();
        CharKind? kind = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var k = CharClass.Kind(rune.Value) == CharKind.Wide ? CharKind.Wide : CharKind.Latin;
            if (kind is not null && k != kind)
            {
                yield return (kind.Value, current.ToString());
                current.Clear();
            }
            kind = k;
            current.Append(rune.ToString());
        }
        if (kind is not null) yield return (kind.Value, current.ToString());
    }

    private IEnumerable<Atom> Characters(CharKind kind, string text, IReadOnlyList<ShapedGlyph> glyphs, TextLook look, bool onGrid)
    {
        var next = 0;
        var clusters = Clusters(text).ToList();
        for (var c = 0; c < clusters.Count; c++)
        {
            var (start, length) = clusters[c];
            var codePoint = char.ConvertToUtf32(text, start);
            var punct = Punctuation.Punct(codePoint);
            // —— and …… are one mark over two cells: one atom, so that neither a line break nor
            // justification parts the halves.
            if (punct == PunctKind.Inseparable && c + 1 < clusters.Count && text.Substring(clusters[c + 1].Start, clusters[c + 1].Length) == text.Substring(start, length))
                length += clusters[++c].Length;
            var piece = text.Substring(start, length);
            var mine = Take(glyphs, ref next, start + length);
            if (punct == PunctKind.Inseparable) mine = Centred(mine, look.Size);
            var advance = mine.Sum(g => g.Advance);
            var cells = punct == PunctKind.Inseparable ? piece.Length : 1;
            var width = CharClass.IsZeroWidth(codePoint) ? 0
                : onGrid && style.FitsGridCell(look.Size) ? cells * _cell : advance;
            var atom = new Atom(kind, punct, piece, mine, width, look);
            yield return atom with { Blank = InkBlank(atom) };
        }
    }

    /// <summary>
    /// The glyphs of a dash or an ellipsis raised or lowered so that their ink is centred on the
    /// ideographs' em box, as GB fonts draw them: Fandol's sit 0.08 em below that centre.
    /// </summary>
    private static List<ShapedGlyph> Centred(List<ShapedGlyph> glyphs, double size) =>
        glyphs.Select(g => g.Face.Ink(g.GlyphId) is { } ink
            ? g with { YOffset = g.YOffset + ((ink.Top + ink.Bottom) / 2.0 / g.Face.UnitsPerEm - EmBoxCentre) * size }
            : g).ToList();

    /// <summary>Height of the ideographic em box's centre above the baseline, in ems.</summary>
    private const double EmBoxCentre = BlockMeasurer.EmBoxAscent - 0.5;

    /// <summary>
    /// The mark's blank half as its glyph actually draws it: a face that puts a closing mark's ink
    /// across the middle of the cell (some centre ：and ！) has no half to give up.
    /// </summary>
    private static Blank InkBlank(Atom atom)
    {
        if (atom.Blank == Blank.None || atom.Glyphs.Count != 1) return atom.Blank;
        var glyph = atom.Glyphs[0];
        if (glyph.Face.Ink(glyph.GlyphId) is not { } ink) return atom.Blank;
        var scale = atom.Look.Size / glyph.Face.UnitsPerEm;
        double left = atom.GlyphOffset + glyph.XOffset + ink.Left * scale, right = atom.GlyphOffset + glyph.XOffset + ink.Right * scale;
        // A tenth of an em of tolerance: a comma's tail may reach a little past the middle.
        var tolerance = 0.1 * atom.Look.Size;
        return atom.Blank switch
        {
            Blank.Right when right <= atom.Width / 2 + tolerance => Blank.Right,
            Blank.Left when left >= atom.Width / 2 - tolerance => Blank.Left,
            _ => Blank.None,
        };
    }

    /// <summary>Latin text: words (no break inside) and the spaces between them.</summary>
    private static IEnumerable<Atom> Words(string text, IReadOnlyList<ShapedGlyph> glyphs, TextLook look)
    {
        var start = 0;
        var next = 0;
        while (start < text.Length)
        {
            var isSpace = CharClass.Kind(text[start]) == CharKind.Space;
            var end = start;
            while (end < text.Length && (CharClass.Kind(text[end]) == CharKind.Space) == isSpace) end++;
            var mine = Take(glyphs, ref next, end);
            yield return new Atom(isSpace ? CharKind.Space : CharKind.Latin, PunctKind.None, text[start..end], mine, mine.Sum(g => g.Advance), look);
            start = end;
        }
    }

    /// <summary>
    /// The glyphs from <paramref name="next"/> on whose cluster starts before <paramref name="end"/>,
    /// moving <paramref name="next"/> past them. Shaped left-to-right text gives glyphs in cluster
    /// order, so one pass hands every piece its glyphs: linear in the paragraph's length (a search
    /// of all glyphs per character made long paragraphs quadratic).
    /// </summary>
    private static List<ShapedGlyph> Take(IReadOnlyList<ShapedGlyph> glyphs, ref int next, int end)
    {
        var mine = new List<ShapedGlyph>(1);
        while (next < glyphs.Count && glyphs[next] is var g && g.Cluster < end)
        {
            mine.Add(g);
            next++;
        }
        return mine;
    }

    /// <summary>Start and length of each user-perceived character (a base with its combining marks).</summary>
    private static IEnumerable<(int Start, int Length)> Clusters(string text)
    {
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext()) yield return (e.ElementIndex, ((string)e.Current).Length);
    }
}

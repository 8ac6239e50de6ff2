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
                run.Bold || (runStyle?.Bold ?? paragraph.Bold));
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
        foreach (var (start, length) in Clusters(text))
        {
            var piece = text.Substring(start, length);
            var mine = Take(glyphs, ref next, start + length);
            var advance = mine.Sum(g => g.Advance);
            var width = CharClass.IsZeroWidth(char.ConvertToUtf32(piece, 0)) ? 0
                : onGrid && style.FitsGridCell(look.Size) ? _cell : advance;
            yield return new Atom(kind, Punctuation.Punct(char.ConvertToUtf32(piece, 0)), piece, mine, width, look);
        }
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

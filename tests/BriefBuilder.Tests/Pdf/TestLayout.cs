using BriefBuilder.Model;
using BriefBuilder.Pdf.Layout;

namespace BriefBuilder.Tests.Pdf;

/// <summary>
/// Documents made for a layout rule: body paragraphs and headings in the house style, laid out
/// with the real fonts, and the placed lines read back page by page.
/// </summary>
static class TestLayout
{
    public static HouseStyle Style => TestFonts.Style;
    public static double Cell => Style.CharPitch;
    public static double Right => Style.Page.Left + Style.Page.TextWidth;
    public static double Bottom => Style.Page.Top + Style.Page.TextHeight;

    public static LayoutParagraph Paragraph(string text, string style = "body") =>
        new(style, [new LayoutRun(text)], new SourceRef("test.md", 1));

    /// <summary>A body paragraph of exactly <paramref name="lines"/> full lines of one character: 26 on the indented first line, then 28.</summary>
    public static LayoutParagraph Lines(char c, int lines) => Paragraph(new string(c, 26 + 28 * (lines - 1)));

    /// <summary>The house style with Word's widow control on, which the house format itself turns off.</summary>
    public static HouseStyle WithWidowControl => Style with { WidowControl = true };

    public static IReadOnlyList<PlacedPage> Layout(IEnumerable<LayoutBlock> flow, IEnumerable<LayoutBlock>? closing = null, HouseStyle? style = null) =>
        new LayoutEngine(style ?? Style, TestFonts.Set).Layout(
            new LayoutDocument(new DocumentInfo("t", "a", "s", new DateOnly(2024, 1, 1)), flow.ToList(), (closing ?? []).ToList()));

    /// <summary>The glyphs of a page on each baseline inside the text block (folios excluded), top to bottom.</summary>
    public static List<TextLine> TextLines(PlacedPage page) =>
        page.Items.OfType<PlacedText>().Where(t => t.Baseline < Bottom)
            .GroupBy(t => Math.Round(t.Baseline, 2))
            .OrderBy(g => g.Key)
            .Select(g => new TextLine(g.Key, g.SelectMany(t => t.Glyphs.Select(glyph => (t, glyph))).OrderBy(p => p.glyph.X).ToList()))
            .ToList();

    /// <summary>Page-number runs: text below the text block.</summary>
    public static List<PlacedText> Folio(PlacedPage page) =>
        page.Items.OfType<PlacedText>().Where(t => t.Baseline > Bottom).ToList();

    /// <summary>Where a glyph's advance ends, from its face's metrics.</summary>
    public static double End(PlacedText run, PlacedGlyph glyph) => glyph.X + run.Face.Advance(glyph.GlyphId) * run.Size / run.Face.UnitsPerEm;
}

sealed record TextLine(double Baseline, List<(PlacedText Run, PlacedGlyph Glyph)> Glyphs)
{
    public string Text => string.Concat(Glyphs.Select(g => g.Glyph.Text));
}

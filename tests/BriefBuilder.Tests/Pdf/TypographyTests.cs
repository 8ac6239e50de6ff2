using BriefBuilder.Model;
using BriefBuilder.Pdf.Layout;
using BriefBuilder.Pdf.Writing;
using BriefBuilder.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations.General;
using UglyToad.PdfPig.Graphics.Operations.TextPositioning;
using Xunit.Abstractions;
using static BriefBuilder.Tests.Pdf.TestLayout;

namespace BriefBuilder.Tests.Pdf;

/// <summary>
/// What a reader of the printed page notices (issue 16, item 2), read back from the PDF we write:
/// the content stream through PdfPig, the ink through poppler's rendering.
/// </summary>
public class TypographyTests(ITestOutputHelper output)
{
    const string Point = "一是加快建设协作共享的世界级科学平台集群";

    /// <summary>The flow laid out and written as a build writes it; the file and its pages.</summary>
    static (string Path, IReadOnlyList<PlacedPage> Pages) Written(string name, params LayoutBlock[] flow)
    {
        var pages = Layout(flow);
        using var stream = new MemoryStream();
        PdfWriter.Write(pages, new PdfInfo("t", "a", "s", new DateOnly(2024, 1, 1)), Style.Print, Style.Page.Width, Style.Page.Height, stream);
        return (PdfTools.Save(stream.ToArray(), name), pages);
    }

    static LayoutParagraph Runs(string style, params LayoutRun[] runs) => new(style, runs, new SourceRef("test.md", 1));

    [Fact]
    public void Bold_in_fangsong_is_the_same_font_filled_and_stroked()
    {
        var (path, _) = Written("bold.pdf",
            Paragraph(Point + "。"),
            Runs("body", new LayoutRun(Point, Bold: true), new LayoutRun("。")));
        using var document = PdfDocument.Open(path);
        var page = document.GetPage(1);
        // The text block's letters: the folio below it is not the paragraph's.
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && page.Height - l.StartBaseLine.Y < Bottom).ToList();
        var lines = letters.GroupBy(l => Math.Round(l.StartBaseLine.Y)).OrderByDescending(g => g.Key).Select(g => g.ToList()).ToList();
        Assert.Equal(2, lines.Count);
        var (regular, bold) = (lines[0], lines[1]);
        // The text stays what it is: copy and search find the bold words.
        Assert.Equal(Point + "。", string.Concat(bold.Select(l => l.Value)));

        // The bold words: the regular text's font resource, filled and stroked (text render mode 2).
        var boldLetters = bold.Take(Point.Length).ToList();
        Assert.All(boldLetters, l => Assert.Equal(TextRenderingMode.FillThenStroke, l.RenderingMode));
        Assert.All(boldLetters, l => Assert.Equal(regular[0].FontName, l.FontName));
        Assert.Contains("FandolFang", regular[0].FontName);
        Assert.All(regular.Concat(bold.Skip(Point.Length)), l => Assert.Equal(TextRenderingMode.Fill, l.RenderingMode));
        // The stroke is style.yaml's fraction of the type size wide.
        var width = Assert.Single(page.Operations.OfType<SetLineWidth>()).Width;
        Assert.Equal(Style.BoldStroke * 16, (double)width, 3);

        // Drawn by poppler, the same words carry more ink when bold.
        double Ink(double baseline) => Raster.Of(path, 1, Style.Page.Left + 2 * Cell, page.Height - baseline - 16, Point.Length * Cell, 20, dpi: 300).TotalInk();
        double plain = Ink(regular[0].StartBaseLine.Y), heavy = Ink(bold[0].StartBaseLine.Y);
        output.WriteLine($"ink of “{Point}”: regular {plain:F0} pt², bold {heavy:F0} pt² ({heavy / plain:P0})");
        Assert.True(heavy > 1.2 * plain, $"the bold words carry {heavy / plain:P0} of the regular words' ink");
    }

    /// <summary>
    /// Italic in 仿宋, which has no italic, as Word draws it: the same font slanted, its text
    /// matrix sheared by style.yaml's slant (synthetic_italic), the text still extractable; drawn
    /// by poppler, the glyphs lean right by that slant and the upright ones do not.
    /// </summary>
    [Fact]
    public void Italic_in_fangsong_is_the_same_font_sheared_by_the_styles_slant()
    {
        const string words = "十年树木百年树人";
        var (path, _) = Written("italic.pdf", Paragraph(words), Runs("body", new LayoutRun(words, Italic: true)));
        using var document = PdfDocument.Open(path);
        var page = document.GetPage(1);
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && page.Height - l.StartBaseLine.Y < Bottom).ToList();
        var lines = letters.GroupBy(l => Math.Round(l.StartBaseLine.Y)).OrderByDescending(g => g.Key).Select(g => g.OrderBy(l => l.StartBaseLine.X).ToList()).ToList();
        Assert.Equal(2, lines.Count);
        var (upright, italic) = (lines[0], lines[1]);
        // The text stays what it is, in the regular text's font: copy and search find the words.
        Assert.Equal(words, string.Concat(italic.Select(l => l.Value)));
        Assert.All(italic, l => Assert.Equal(upright[0].FontName, l.FontName));

        // One text matrix leans: the italic run's, set where its first letter starts, its shear
        // (a b c d: 1 0 c 1) the tangent of the style's slant as the writer rounds it. Every other
        // text matrix of the page (the upright words, the folio) stands upright.
        var matrices = page.Operations.OfType<SetTextMatrix>().Select(m => m.Value).ToList();
        var leaning = Assert.Single(matrices, m => m[2] != 0);
        Assert.Equal(Style.ItalicShear, leaning[2], 3);
        Assert.Equal((1.0, 0.0, 1.0), (leaning[0], leaning[1], leaning[3]));
        Assert.Equal(italic[0].StartBaseLine.X, leaning[4], 2);
        Assert.Equal(italic[0].StartBaseLine.Y, leaning[5], 2);
        Assert.Equal(Math.Tan(12 * Math.PI / 180), Style.ItalicShear, 6); // style.yaml's 12deg
        // The pen still moves along the baseline: the letters stand where upright ones stand.
        Assert.Equal(upright.Select(l => Math.Round(l.StartBaseLine.X, 1)), italic.Select(l => Math.Round(l.StartBaseLine.X, 1)));

        // Drawn by poppler, each line's ink whole: how far right it stands per point of height.
        // The upright words lean as their design does; slanting adds the shear to that.
        const double size = 16;
        double x = upright[0].StartBaseLine.X - 2, w = upright[^1].EndBaseLine.X - x + 0.3 * size;
        double Lean(Letter first) => Raster.Of(path, 1, x, page.Height - first.StartBaseLine.Y - 0.95 * size, w, 1.2 * size, dpi: 300).InkLean();
        double plain = Lean(upright[0]), slanted = Lean(italic[0]);
        output.WriteLine($"lean of “{words}”: upright {plain:F3}, italic {slanted:F3}: a shear of {slanted - plain:F3} (style: {Style.ItalicShear:F3})");
        Assert.Equal(Style.ItalicShear, slanted - plain, 0.01);
    }

    public static TheoryData<string> Styles => new() { "body", "heading1", "heading2" };

    /// <summary>
    /// …… and —— are one mark over two cells, centred on the ideographs' em box as GB fonts draw
    /// them: the dash one unbroken line, the ellipsis six dots evenly spaced across both halves.
    /// </summary>
    [Theory]
    [MemberData(nameof(Styles))]
    public void Ellipsis_and_dash_are_one_mark_centred_on_the_line(string style)
    {
        var (path, pages) = Written($"marks-{style}.pdf", Paragraph("一二三……四五六——七八", style));
        var runs = pages[0].Items.OfType<PlacedText>().ToList();
        foreach (var mark in new[] { "……", "——" })
        {
            var glyph = runs.SelectMany(r => r.Glyphs.Select(g => (Run: r, Glyph: g))).First(p => p.Glyph.Text.StartsWith(mark[0]));
            var size = glyph.Run.Size;
            var baseline = glyph.Run.Baseline;
            // The mark's two cells (it starts a few hundredths of a point left of them), the height of the line.
            var cellStart = glyph.Glyph.X - 0.5;
            var ink = Raster.Of(path, 1, cellStart, baseline - size, 2 * Cell + 1, 1.2 * size);
            var centre = baseline - (BlockMeasurerEmCentre * size);
            var middle = ink.InkMiddle();
            var spans = ink.InkSpans();
            output.WriteLine($"{style} {mark}: ink centred {middle - centre:+0.00;-0.00} pt from the em box's centre; ink spans {string.Join(" ", spans.Select(s => $"{s.Start - cellStart:F2}–{s.End - cellStart:F2}"))}");
            Assert.InRange(middle - centre, -0.5, 0.5);
            if (mark == "——")
            {
                // One line, its halves touching (within half a point), the length of its two cells.
                Assert.InRange(spans.Count, 1, 2);
                Assert.All(spans.Zip(spans.Skip(1), (a, b) => b.Start - a.End), gap => Assert.InRange(gap, 0, 0.5));
                Assert.True(spans[^1].End - spans[0].Start > 2 * Cell - 1, $"the dash is {spans[^1].End - spans[0].Start:F1} pt long");
            }
            else
            {
                // Six dots, the gap between the halves as wide as those within them (±0.5 pt).
                Assert.Equal(6, spans.Count);
                var gaps = spans.Zip(spans.Skip(1), (a, b) => b.Start - a.End).ToList();
                Assert.InRange(gaps.Max() - gaps.Min(), 0, 0.5);
            }
        }
    }

    /// <summary>Height of the ideographic em box's centre above the baseline, in ems (the box spans 0.88 above and 0.12 below).</summary>
    const double BlockMeasurerEmCentre = 0.38;

    /// <summary>
    /// Adjacent marks give up the blank halves between them (clreq 3.1.6), and the line still
    /// fills its 28 cells on the grid's columns: what the pairs free and no character can take
    /// goes back to a pair, whole halves, never spread between the characters. Measured on
    /// PdfPig's letters.
    /// </summary>
    [Fact]
    public void Adjacent_marks_take_one_and_a_half_cells_and_the_line_stays_on_the_grid()
    {
        const string text = "他说：“大而全”“撒胡椒面”，要看《规划》“十四五”。然后再看这几年的变化情况如何";
        var (path, _) = Written("adjacent.pdf", Paragraph(text));
        using var document = PdfDocument.Open(path);
        var line = document.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y)).OrderByDescending(g => g.Key).First().OrderBy(l => l.StartBaseLine.X).ToList();
        var first = string.Concat(line.Select(l => l.Value));
        output.WriteLine($"first line: {first} ({first.Length} characters)");
        // 2 cells of indent and 28 characters: five pairs (：“ ”“ ”， 》“ ”。) free two and a
        // half cells, so the 29th does not fit, and the half cell left goes back to the last pair.
        Assert.Equal(text[..28], first);
        var pitches = line.Zip(line.Skip(1), (a, b) => (Pair: a.Value + b.Value, Pitch: (b.StartBaseLine.X - a.StartBaseLine.X) / Cell)).ToList();
        string[] pairs = ["：“", "”“", "”，", "》“", "”。"];
        foreach (var (pair, pitch) in pitches.Where(p => pairs.Contains(p.Pair)))
            output.WriteLine($"{pair}: {pitch:F3} cells");
        // A pair of marks whose blanks face each other: half a cell from one origin to the next;
        // the pair that took the half cell back, a whole one.
        Assert.Equal([0.5, 0.5, 0.5, 0.5, 1.0], pitches.Where(p => pairs.Contains(p.Pair)).Select(p => Math.Round(p.Pitch, 3)));
        // Between ideographs exactly a cell: nothing is spread between them.
        var ideographs = pitches.Where(p => p.Pair.All(c => c is >= '\u4E00' and <= '\u9FFF')).Select(p => p.Pitch).ToList();
        Assert.All(ideographs, p => Assert.Equal(1, p, 3));
        // Every ideograph on a column of the grid or halfway between two (after a pair).
        var left = Style.Page.Left - (16 - Cell) / 2;
        Assert.All(line.Where(l => l.Value[0] is >= '\u4E00' and <= '\u9FFF'),
            l => Assert.Equal(0, Math.Abs(Math.IEEERemainder(l.StartBaseLine.X - left, Cell / 2)), 2));
        // The line starts two cells in and its last character's cell ends on the text block's right edge.
        Assert.Equal(Style.Page.Left + 2 * Cell, line[0].StartBaseLine.X + (16 - Cell) / 2, 1);
        Assert.Equal(Right, line[^1].StartBaseLine.X + (16 - Cell) / 2 + Cell, 1);
    }

    /// <summary>
    /// 「”？」 is compressed like every other pair (issue 16): FandolFang centres its ？, which so
    /// has no blank half of its own to give, but the closing quote before it has, and gives it up.
    /// Measured on PdfPig's letters (origin to origin) and on poppler's ink (the gap between the
    /// quote's ink and the question mark's), beside 「”，」 on the same line.
    /// </summary>
    [Fact]
    public void A_closing_quote_before_a_question_mark_gives_up_its_blank_half()
    {
        const string text = "要的是“专精特新”？还是“大而全”，二者应当兼顾。";
        var (path, _) = Written("quote-question.pdf", Paragraph(text));
        using var document = PdfDocument.Open(path);
        var page = document.GetPage(1);
        var line = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y)).OrderByDescending(g => g.Key).First().OrderBy(l => l.StartBaseLine.X).ToList();
        Assert.Equal(text, string.Concat(line.Select(l => l.Value)));
        double Pitch(string pair)
        {
            var at = text.IndexOf(pair, StringComparison.Ordinal);
            return (line[at + 1].StartBaseLine.X - line[at].StartBaseLine.X) / Cell;
        }
        // The quote's ink to the next mark's ink, drawn at 600 dpi: the first stretch of ink past
        // the mark's origin, and the stretch before it (the quote's second stroke). Before the fix
        // ”？ took a cell and 14.4 pt of paper, now half a cell and 6.5 pt (”，: 4.4 pt).
        double InkGap(string pair)
        {
            var at = text.IndexOf(pair, StringComparison.Ordinal);
            var (quote, mark) = (line[at].StartBaseLine.X, line[at + 1].StartBaseLine.X);
            var spans = Raster.Of(path, 1, quote - 1, page.Height - line[at].StartBaseLine.Y - 16, mark - quote + Cell, 20).InkSpans();
            var ink = spans.FindIndex(s => s.End > mark);
            return spans[ink].Start - spans[ink - 1].End;
        }
        output.WriteLine($"”？: {Pitch("”？"):F3} cells origin to origin, {InkGap("”？"):F2} pt of paper between the inks; ”，: {Pitch("”，"):F3} cells, {InkGap("”，"):F2} pt");
        Assert.Equal(0.5, Pitch("”？"), 2);
        Assert.Equal(0.5, Pitch("”，"), 2);
        // Less than half an em of paper between quote and question mark, and the marks do not touch.
        Assert.InRange(InkGap("”？"), 1, 8);
        Assert.InRange(InkGap("”，"), 1, 8);
    }

    /// <summary>Plain Chinese of <paramref name="n"/> ideographs, no two alike in a row.</summary>
    static string Han(int n) => string.Concat(Enumerable.Range(0, n).Select(i => (char)('一' + i * 7 % 500)));

    [Fact]
    public void A_lone_last_character_is_taken_back_where_the_marks_of_the_line_above_can_give_the_room()
    {
        // Line 1: 26 cells after the indent; line 2: 28 cells holding three commas; then 化。alone.
        var second = Han(8) + "，" + Han(8) + "，" + Han(8) + "，" + Han(1);
        Assert.Equal(28, second.Length);
        var mended = TextLines(Layout([Paragraph(Han(26) + second + "化。")])[0]);
        Assert.Equal(2, mended.Count);
        Assert.EndsWith("化。", mended[1].Text);
        // Without marks to give up there is no room: the character stays alone.
        var plain = TextLines(Layout([Paragraph(Han(26) + Han(28) + "化。")])[0]);
        Assert.Equal(["化。"], plain.Skip(2).Select(l => l.Text));
    }

    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void No_seed_paragraph_ends_on_a_lone_character_the_lines_above_could_take_back(string name)
    {
        var (stretched, lone) = SeedLines.Faults(name);
        output.WriteLine($"{name}: {lone.Count} lone last lines{(lone.Count > 0 ? ": " + string.Join(" ", lone) : "")}; {stretched.Count} lines spread over their cells (with Latin text or figures: {stretched.Count(l => l.Any(c => c < 0x2E80))})");
        Assert.Empty(lone);
    }
}

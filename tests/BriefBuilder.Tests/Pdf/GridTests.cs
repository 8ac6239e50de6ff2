using BriefBuilder.Tests.Support;
using static BriefBuilder.Tests.Pdf.TestLayout;

namespace BriefBuilder.Tests.Pdf;

/// <summary>The 22 × 28 grid and the Chinese line-breaking rules with the real fonts, not a fixed-pitch model.</summary>
public class GridTests
{
    /// <summary>Plain Chinese text from seed 001: its ideographs only, no punctuation or digits.</summary>
    static string PlainChinese(int length)
    {
        var ideographs = File.ReadAllText(Repo.Path("seeds", SeedBriefs.Seeds["2023/001.md"])).Where(c => c is >= '\u4E00' and <= '\u9FFF');
        return string.Concat(ideographs.Take(length));
    }

    [Fact]
    public void A_full_page_holds_22_lines_of_28_characters_on_the_grid()
    {
        var text = PlainChinese(22 * 28 + 200);
        Assert.Equal(22 * 28 + 200, text.Length);
        var pages = Layout([Paragraph(text)]);
        Assert.Equal(2, pages.Count);

        var lines = TextLines(pages[0]);
        Assert.Equal(22, lines.Count);
        Assert.Equal([26, .. Enumerable.Repeat(28, 21)], lines.Select(l => l.Text.Length));
        // Baselines one grid pitch apart, the last line in the text block's last grid line.
        Assert.All(lines.Zip(lines.Skip(1)), p => Assert.Equal(Style.Grid.LinePitch, p.Second.Baseline - p.First.Baseline, 2));
        Assert.Equal(28.95, Style.Grid.LinePitch);
        Assert.InRange(Bottom - lines[^1].Baseline, 0, Style.Grid.LinePitch / 2);
        // Each character in its cell: one cell apart, the indented line starting two cells in.
        foreach (var line in lines)
        {
            var first = line.Glyphs[0].Glyph.X - Style.Page.Left;
            // A 16 pt glyph is centred in its 15.79 pt cell, so it starts 0.1 pt before it.
            Assert.Equal(line == lines[0] ? 2 * Cell : 0, first, tolerance: 0.15);
            Assert.All(line.Glyphs.Zip(line.Glyphs.Skip(1)), p => Assert.Equal(Cell, p.Second.Glyph.X - p.First.Glyph.X, 3));
        }
        Assert.Equal(text, string.Concat(pages.SelectMany(TextLines).Select(l => l.Text)));
    }

    [Fact]
    public void A_closing_mark_is_squeezed_onto_the_line_it_would_start()
    {
        // 24 characters and "”。" need 26 cells after the indent: the pair gives up a cell.
        var text = PlainChinese(24) + "”。" + PlainChinese(40)[24..];
        var lines = TextLines(Layout([Paragraph(text)])[0]);
        Assert.Equal(PlainChinese(24) + "”。", lines[0].Text);
        // The full stop's ink (the left half of its cell) stays inside the text block.
        var stop = lines[0].Glyphs[^1];
        Assert.True(stop.Glyph.X <= Right - Cell / 2 + 0.01, $"。 starts at {stop.Glyph.X}, the block ends at {Right}");
    }

    [Fact]
    public void A_closing_mark_that_cannot_be_squeezed_pushes_a_character_down()
    {
        var han = PlainChinese(40);
        var text = han[..26] + "。" + han[26..];
        var lines = TextLines(Layout([Paragraph(text)])[0]);
        Assert.Equal(han[..25], lines[0].Text);
        Assert.StartsWith(han[25] + "。", lines[1].Text);
        // The shorter line is still justified to the right edge.
        var (run, last) = lines[0].Glyphs[^1];
        Assert.Equal(Right, TestLayout.End(run, last), tolerance: 0.15);
    }

    [Fact]
    public void Yang_in_the_recipients_line_comes_from_WenKai_Light_at_the_size_and_baseline_of_its_neighbours()
    {
        var page = SeedPdfs.Get("2024/020.md").Pages[0];
        var line = TextLines(page)[0];
        Assert.Equal("本期专报：刘小涛书记、王颺秘书长", line.Text);
        var i = line.Glyphs.FindIndex(g => g.Glyph.Text == "颺");
        var (yang, before, after) = (line.Glyphs[i], line.Glyphs[i - 1], line.Glyphs[i + 1]);
        Assert.Equal("LXGW WenKai", yang.Run.Face.Family);
        Assert.Equal("FandolFang", before.Run.Face.Family);
        Assert.Equal([before.Run.Size, after.Run.Size], [yang.Run.Size, yang.Run.Size]);
        Assert.Equal([before.Run.Baseline, after.Run.Baseline], [yang.Run.Baseline, yang.Run.Baseline]);
        Assert.Equal(0, yang.Glyph.YOffset);
        // On the grid like its neighbours: one cell after 王 and one before 秘.
        Assert.Equal(Cell, yang.Glyph.X - before.Glyph.X, 2);
        Assert.Equal(Cell, after.Glyph.X - yang.Glyph.X, 2);
    }
}

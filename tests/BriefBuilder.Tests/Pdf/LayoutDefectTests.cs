using BriefBuilder.Pdf.Layout;
using static BriefBuilder.Tests.Pdf.TestLayout;

namespace BriefBuilder.Tests.Pdf;

/// <summary>Regression tests of issue 11 on the PDF layout, with the real style and fonts.</summary>
public class LayoutDefectTests
{
    // Defect 11: U+200B was drawn as a blank grid cell. It takes no room, and stays in the text.
    [Theory]
    [InlineData('\u200B')]
    [InlineData('\u2060')]
    public void A_zero_width_character_takes_no_room_and_stays_in_the_text(char invisible)
    {
        var page = Assert.Single(Layout([Paragraph($"甲乙{invisible}丙丁")]));
        var line = Assert.Single(TextLines(page));

        var x = line.Glyphs.Where(g => g.Glyph.Text is "乙" or "丙").Select(g => g.Glyph.X).ToList();
        Assert.Equal(Cell, x[1] - x[0], 3);
        // In the order the page draws them, which is what a PDF reader copies.
        Assert.Equal($"甲乙{invisible}丙丁", string.Concat(page.Items.OfType<PlacedText>().Where(t => t.Baseline < Bottom).SelectMany(t => t.Glyphs).Select(g => g.Text)));
    }

    // Defect 11: a run of headings longer than a page put each heading on its own page.
    [Fact]
    public void A_run_of_headings_taller_than_a_page_fills_the_pages()
    {
        var headings = Enumerable.Range(1, 30).Select(i => Paragraph($"（{i}）标题", "heading4"));
        var pages = Layout([Lines('甲', 3), .. headings, Lines('乙', 3)]);

        var perPage = pages.Select(p => TextLines(p).Count(l => l.Text.EndsWith("标题"))).ToList();
        // The keep is let go where it cannot be kept, and kept again once the rest fits a page:
        // without widow control (the house style), once 21 headings and the one line they keep
        // with are left, so 9 go on the first page.
        Assert.Equal(30, perPage.Sum());
        Assert.True(pages.Count <= 3, $"{pages.Count} pages; headings per page: {string.Join(", ", perPage)}");
        Assert.All(perPage.Where(n => n > 0), n => Assert.True(n >= 9, $"headings per page: {string.Join(", ", perPage)}"));
    }
}

using BriefBuilder.Pdf.Layout;
using BriefBuilder.Tests.Support;
using static BriefBuilder.Tests.Pdf.TestLayout;

namespace BriefBuilder.Tests.Pdf;

/// <summary>
/// Pagination with the real style and fonts. Each paragraph is one repeated character, so a
/// placed line tells which paragraph it belongs to by its first character.
/// </summary>
public class PaginationTests
{
    const string Heading = "一、建设协作共享的世界级科学平台集群";

    /// <summary>For each page, how many lines of each paragraph (keyed by its character) it holds.</summary>
    static List<Dictionary<char, int>> LinesPerPage(IReadOnlyList<PlacedPage> pages) =>
        pages.Select(p => TextLines(p).GroupBy(l => l.Text[0]).ToDictionary(g => g.Key, g => g.Count())).ToList();

    [Theory]
    [InlineData(true, 21, 2)]  // the heading would be the page's last line
    [InlineData(true, 20, 2)]  // the heading would be followed by one line of its paragraph only
    [InlineData(true, 19, 1)]  // room for the heading and two lines: it stays
    [InlineData(false, 21, 2)] // the heading would be the page's last line
    [InlineData(false, 20, 1)] // without widow control one line of the paragraph may follow it, as in seed 002
    public void A_heading_goes_to_the_next_page_with_its_paragraph(bool widowControl, int filler, int headingPage)
    {
        var style = widowControl ? WithWidowControl : Style;
        var pages = Layout([Lines('甲', filler), Paragraph(Heading, "heading1"), Lines('乙', 5)], style: style);
        var lines = pages.Select(TextLines).ToList();

        Assert.Equal(filler, lines[0].Count(l => l.Text[0] == '甲'));
        var page = lines[headingPage - 1];
        var at = page.FindIndex(l => l.Text == Heading);
        Assert.True(at >= 0, $"the heading is not on page {headingPage}");
        var following = widowControl ? 2 : 1;
        Assert.True(page.Count - at > following, $"the heading is not followed by {following} lines of its paragraph");
        Assert.Equal('乙', page[at + 1].Text[0]);
        Assert.All(lines, l => Assert.NotEqual(Heading, l[^1].Text));
    }

    [Theory]
    [InlineData(21, 3, 1, 2)] // the page is filled to its last line, one line of the paragraph or not
    [InlineData(20, 2, 2, 0)]
    [InlineData(21, 2, 1, 1)] // seed 001 splits a two-line paragraph one and one
    public void Without_widow_control_a_paragraph_breaks_where_the_page_ends(int filler, int lines, int onFirst, int onSecond)
    {
        var pages = LinesPerPage(Layout([Lines('甲', filler), Lines('乙', lines)]));
        Assert.Equal(onFirst, pages[0].GetValueOrDefault('乙'));
        Assert.Equal(onSecond, pages.Count > 1 ? pages[1].GetValueOrDefault('乙') : 0);
    }

    [Theory]
    [InlineData(21, 3, 0, 3)] // one line would be left alone at the foot: all go over
    [InlineData(20, 3, 0, 3)] // two fit, but one would be alone at the head of the next page, then one at the foot
    [InlineData(20, 4, 2, 2)]
    [InlineData(19, 4, 2, 2)] // three fit; one goes with the last so it is not alone
    [InlineData(18, 5, 3, 2)]
    public void Under_widow_control_a_paragraph_never_leaves_one_line_alone(int filler, int lines, int onFirst, int onSecond)
    {
        var pages = LinesPerPage(Layout([Lines('甲', filler), Lines('乙', lines)], style: WithWidowControl));
        Assert.Equal(onFirst, pages[0].GetValueOrDefault('乙'));
        Assert.Equal(onSecond, pages[1].GetValueOrDefault('乙'));
    }

    [Fact]
    public void Under_widow_control_no_page_holds_a_single_line_of_a_longer_paragraph()
    {
        for (var filler = 14; filler <= 22; filler++)
            for (var lines = 2; lines <= 8; lines++)
            {
                var pages = LinesPerPage(Layout([Lines('甲', filler), Lines('乙', lines), Lines('丙', 3)], style: WithWidowControl));
                Assert.Equal(lines, pages.Sum(p => p.GetValueOrDefault('乙')));
                Assert.All(pages, p => Assert.True(p.GetValueOrDefault('乙') != 1, $"{filler} + {lines} lines leave one alone"));
                Assert.All(pages, p => Assert.True(p.GetValueOrDefault('丙') != 1, $"{filler} + {lines} lines leave one of the last paragraph alone"));
            }
    }

    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void The_closing_block_ends_on_the_foot_of_the_last_text_block(string name)
    {
        var last = SeedPdfs.Get(name).Pages[^1];
        var rule = last.Items.OfType<PlacedRule>().Last();
        Assert.Equal(Bottom, rule.Top + rule.Thickness, 2);
        Assert.Equal(Style.Page.TextWidth, rule.Width, 2);
        Assert.StartsWith("地址：", TextLines(last)[^1].Text);
    }

    [Theory]
    [InlineData(20, 1)]
    [InlineData(21, 2)] // the closing block takes about two grid lines
    [InlineData(22, 2)]
    public void The_closing_block_moves_to_a_page_of_its_own_without_a_number(int filler, int pageCount)
    {
        var closing = SeedPdfs.Get("2024/009.md").Document.Closing;
        var pages = Layout([Lines('甲', filler)], closing);

        Assert.Equal(pageCount, pages.Count);
        var rule = pages[^1].Items.OfType<PlacedRule>().Last();
        Assert.Equal(Bottom, rule.Top + rule.Thickness, 2);
        Assert.NotEmpty(Folio(pages[0]));
        if (pageCount == 2)
        {
            Assert.Empty(Folio(pages[1]));
            Assert.DoesNotContain(TextLines(pages[1]), l => l.Text[0] == '甲');
            Assert.Equal(filler, TextLines(pages[0]).Count);
        }
    }

    [Fact]
    public void Page_numbers_sit_where_the_style_resolved_them_odd_right_even_left()
    {
        var pages = SeedPdfs.Get("2023/001.md").Pages;
        var n = Style.PageNumber;
        // The figures resolved once from style.yaml (StyleResolutionTests pins them); the DOCX footer reads the same.
        var indent = n.Indent;
        foreach (var page in pages)
        {
            var folio = Folio(page);
            Assert.Equal($"— {page.Number} —", string.Concat(folio.Select(t => t.Text)));
            Assert.All(folio, t => Assert.Equal(n.Size, t.Size));
            // The top of the folio's em box (0.88 em above the baseline) is 7 mm below the text block.
            Assert.All(folio, t => Assert.Equal(Style.FolioTop, t.Baseline - 0.88 * n.Size, 2));
            if (page.Number % 2 == 1)
                Assert.Equal(Right - indent, TestLayout.End(folio[^1], folio[^1].Glyphs[^1]), 2);
            else
                Assert.Equal(Style.Page.Left + indent, folio[0].Glyphs[0].X, 2);
        }
    }
}

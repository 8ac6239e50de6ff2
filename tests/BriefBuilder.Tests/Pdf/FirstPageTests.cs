using BriefBuilder.Model;
using BriefBuilder.Pdf;
using BriefBuilder.Pdf.Layout;
using BriefBuilder.Tests.Support;
using static BriefBuilder.Tests.Pdf.TestLayout;

namespace BriefBuilder.Tests.Pdf;

/// <summary>
/// The first page's head block (版头) as GB/T 9704-2012 places it, read back from the layout of a
/// seed built with the real template, style and fonts. Distances are between em boxes (the
/// type's body, 0.88 em above the baseline and 0.12 below) and the grid lines of the text block.
/// </summary>
public sealed class FirstPageTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brief-first-page-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    static double Pitch => Style.Grid.LinePitch;
    static double TextTop => Style.Page.Top;

    /// <summary>Which grid line (1 = the first) a line of text sits on: its em box centred in the line.</summary>
    static double GridLine(PlacedText t) => (t.Baseline - 0.38 * t.Size - TextTop) / Pitch + 0.5;

    static PlacedText First(PlacedPage page, string text) =>
        page.Items.OfType<PlacedText>().First(t => t.Text.Contains(text, StringComparison.Ordinal));

    [Fact]
    public void The_head_block_follows_the_standard()
    {
        var page = SeedPdfs.Get("2024/020.md").Pages[0];
        Assert.Equal(1, GridLine(First(page, "本期专报")), 2);                       // 7.2.1–7.2.2: the first line
        var masthead = First(page, "领军参阅");
        Assert.Equal(35 * 72 / 25.4, masthead.Baseline - 0.88 * masthead.Size - TextTop, 2); // 7.2.4: 35 mm
        // 7.2.5: the masthead ends inside grid line 5; two blank lines, then the number.
        var mastheadBottom = masthead.Baseline + 0.12 * masthead.Size - TextTop;
        Assert.Equal(5, (int)Math.Ceiling(mastheadBottom / Pitch));
        Assert.Equal(8, GridLine(First(page, "期（总第")), 2);
        var dateline = First(page, "苏州太湖书院");
        Assert.Equal(9, GridLine(dateline), 2);
        // 7.2.7: the red rule 4 mm below the number block's last line, from its characters (em box), not its line box.
        var rule = page.Items.OfType<PlacedRule>().First();
        Assert.Equal("red", rule.Colour.Name);
        Assert.Equal(dateline.Baseline + 0.12 * dateline.Size + 4 * 72 / 25.4, rule.Top, 2);
        // 7.3.1: the title two blank lines below the rule's line; 7.3.2: the body one blank line below the title.
        Assert.Equal(13, GridLine(First(page, "深圳探索")), 2);
        Assert.Equal(15, GridLine(First(page, "近年来")), 2);
    }

    [Fact]
    public void Date_publisher_and_tagline_share_a_line_in_reading_order()
    {
        var page = SeedPdfs.Get("2024/009.md").Pages[0];
        var date = First(page, "2024");
        var publisher = First(page, "苏州太湖书院");
        var tagline = First(page, "市管重点新型智库");
        Assert.Equal(date.Baseline, publisher.Baseline, 2);
        Assert.Equal(date.Baseline, tagline.Baseline, 2);
        Assert.True(date.Glyphs[0].X < publisher.Glyphs[0].X && publisher.Glyphs[^1].X < tagline.Glyphs[0].X);
        Assert.Equal("red", tagline.Colour.Name);
    }

    [Fact]
    public void An_editor_chooses_where_the_title_breaks_with_a_list_or_a_block_scalar()
    {
        var list = Page1(Brief("title: [践行“四敢”精神, 全力打造产业创新集群]"));
        var block = Page1(Brief("title: |\n  践行“四敢”精神\n  全力打造产业创新集群"));
        var unbroken = Page1(Brief("title: 践行“四敢”精神 全力打造产业创新集群"));

        Assert.Equal(["践行“四敢”精神", "全力打造产业创新集群"], TitleLines(list));
        Assert.Equal(TitleLines(list), TitleLines(block));
        Assert.Equal(["践行“四敢”精神\u3000全力打造产业创新集群"], TitleLines(unbroken));
        // Each of the editor's lines is centred on its own.
        var lines = TextLines(list).Where(l => l.Glyphs[0].Run.Size == 22).ToList();
        Assert.All(lines, l => Assert.Equal(Style.Page.Left + Style.Page.TextWidth / 2, (l.Glyphs[0].Glyph.X + End(l.Glyphs[^1].Run, l.Glyphs[^1].Glyph)) / 2, 1));
    }

    [Fact]
    public void A_long_title_without_breaks_is_balanced()
    {
        var page = Page1(Brief("title: 以科技创新之进拓产业创新之路全面建设具有全球重要影响力的产业科技创新中心"));
        var lengths = TitleLines(page).Select(l => l.Length).ToList();
        Assert.Equal(2, lengths.Count);
        Assert.InRange(Math.Abs(lengths[0] - lengths[1]), 0, 1);
    }

    [Fact]
    public void A_long_recipients_list_and_a_three_line_title_leave_the_body_on_page_one()
    {
        var names = string.Join(", ", Enumerable.Range(1, 16).Select(i => $"第{i}位领导同志"));
        var page = Page1(Brief($"title: [第一行标题文字, 第二行标题文字, 第三行标题文字]\nrecipients: [{names}]", recipients: false));
        Assert.Equal(3, TitleLines(page).Count);
        Assert.True(TextLines(page).Count(l => l.Text.Contains("新新新", StringComparison.Ordinal)) >= 3, "fewer than three body lines on page 1");
    }

    static List<string> TitleLines(PlacedPage page) => TextLines(page).Where(l => l.Glyphs[0].Run.Size == 22).Select(l => l.Text).ToList();

    /// <summary>A brief with the given front matter lines, a long body, built through the real template.</summary>
    string Brief(string front, bool recipients = true)
    {
        var path = Path.Combine(_dir, "001.md");
        File.WriteAllText(path, $"---\nissue: 1\ntotal: 52\ndate: 2023-02-01\n{(recipients ? "recipients: [曹路宝书记, 潘国强秘书长]\n" : "")}{front}\neditor: 李长青\nphone: \"18106219189\"\n---\n\n{new string('新', 600)}\n");
        return path;
    }

    static PlacedPage Page1(string path)
    {
        var document = SeedBriefs.LayoutOf(path, out var style);
        return new PdfRenderer(style, TestFonts.Set).Layout(document)[0];
    }
}

using BriefBuilder.Model;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Template;

public class ComposerTests
{
    [Theory]
    [MemberData(nameof(SeedBriefs.Names), MemberType = typeof(SeedBriefs))]
    public void Layout_text_in_reading_order_is_the_seed_text(string name)
    {
        var layout = SeedBriefs.Layout(name, out _);
        var text = string.Concat(layout.Flow.Concat(layout.Closing).Select(TextOf));
        Assert.Equal(SeedBriefs.ExpectedText(name), SeedBriefs.Squeeze(text));
    }

    [Fact]
    public void First_page_follows_the_house_order()
    {
        var layout = SeedBriefs.Layout("2023/001.md", out _);
        var styles = layout.Flow.Take(8).Select(b => b switch
        {
            LayoutParagraph p => p.Style,
            LayoutRow r => r.Style,
            LayoutRule r => "rule:" + r.Style,
            _ => "?",
        });
        Assert.Equal(["recipients", "masthead", "number", "dateline", "rule:masthead", "title", "subtitle", "body"], styles);
        Assert.Equal("第1期（总第52期）", ((LayoutParagraph)layout.Flow[2]).Text);
        // Date, publisher and tagline share the number block's second line, in reading order.
        var row = (LayoutRow)layout.Flow[3];
        Assert.Equal(("2023年2月1日", "苏州太湖书院\u3000苏州太湖智库主办", "市管重点新型智库"), (TextOf(row.Left), TextOf(row.Middle), TextOf(row.Right)));
        Assert.Equal("tagline", row.Right.Single().Style);
        Assert.Equal(new DocumentInfo("践行“四敢”精神 全力打造产业创新集群", "李长青", "第1期（总第52期）", new DateOnly(2023, 2, 1)), layout.Info);
    }

    [Fact]
    public void Body_blocks_carry_their_source_lines()
    {
        var layout = SeedBriefs.Layout("2024/009.md", out _);
        var heading = layout.Flow.OfType<LayoutParagraph>().First(p => p.Style == "heading1");
        Assert.StartsWith("一、城市创新", heading.Text);
        Assert.Equal(new SourceRef(SeedBriefs.SourcePath("2024/009.md"), 13), heading.Source);
    }

    private static string TextOf(IEnumerable<LayoutRun> runs) => string.Concat(runs.Select(r => r.Text));

    private static string TextOf(LayoutBlock block) => block switch
    {
        LayoutParagraph p => p.Text,
        LayoutRow r => TextOf(r.Runs),
        _ => "",
    };
}

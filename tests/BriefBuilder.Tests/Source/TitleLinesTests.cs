using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>An editor may choose where a title breaks: a list of lines, or a block scalar's line breaks.</summary>
public sealed class TitleLinesTests
{
    private static FrontMatter Read(string title) => FrontMatterReader.Split(
        $"---\nissue: 1\ntotal: 52\ndate: 2023-02-01\nrecipients: [曹路宝书记]\n{title}\n---\n\n正文。\n", "001.md").Front;

    [Theory]
    [InlineData("title: [践行“四敢”精神, 全力打造产业创新集群]")]
    [InlineData("title:\n  - 践行“四敢”精神\n  - 全力打造产业创新集群")]
    [InlineData("title: |\n  践行“四敢”精神\n  全力打造产业创新集群")]
    public void Lines_come_from_a_list_or_a_block_scalar(string title)
    {
        var front = Read(title);
        Assert.Equal(["践行“四敢”精神", "全力打造产业创新集群"], front.TitleLines);
        // Metadata and messages read the title on one line, its lines joined by a space.
        Assert.Equal("践行“四敢”精神 全力打造产业创新集群", front.Title);
    }

    [Fact]
    public void A_title_on_one_line_is_one_line()
    {
        var front = Read("title: 践行“四敢”精神 全力打造产业创新集群");
        // Its two phrases are parted by a full-width space, as Chinese titles are (CharClass.PhraseSpaces).
        Assert.Equal(["践行“四敢”精神\u3000全力打造产业创新集群"], front.TitleLines);
    }

    [Theory]
    [InlineData("title: []")]
    [InlineData("title: [践行, {a: b}]")]
    public void An_empty_or_malformed_title_names_its_line(string title)
    {
        var error = Assert.Throws<SourceError>(() => Read(title));
        Assert.Equal(("001.md", 6), (error.File, error.Line));
        Assert.Contains("'title'", error.Message);
    }
}

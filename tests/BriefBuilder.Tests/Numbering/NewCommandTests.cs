using BriefBuilder.Pipeline;
using BriefBuilder.Numbering;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Numbering;

public class NewCommandTests : IDisposable
{
    readonly Archive _archive = new();
    string R => _archive.Root;

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void A_new_year_starts_at_第1期_and_continues_总第()
    {
        _archive.Brief(1, 52, "2023-02-01");
        _archive.Brief(2, 53, "2023-03-01");

        var result = _archive.New("--date", "2024-01-10", "--title", "新题目");

        Assert.Equal(0, result.Exit);
        var front = BriefReader.ReadFrontMatter(Path.Join(R, "2024", "001.md"));
        Assert.Equal((1, 54, "新题目"), (front.Issue, front.Total, front.Title));
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        _archive.Brief(1, 1, "2024-01-05");
        var taken = Path.Join(R, "2024", "002.md");
        Archive.Write(taken, "not a brief yet");

        Assert.Equal(1, _archive.New("--date", "2024-02-01").Exit);
        Assert.Equal("not a brief yet", File.ReadAllText(taken));
    }

    [Fact]
    public void A_file_written_after_the_archive_was_read_is_not_overwritten()
    {
        _archive.Brief(1, 1, "2024-01-05");
        var series = new SeriesGate().Load(R).Series;
        var taken = Path.Join(R, "2024", "002.md");
        Archive.Write(taken, "written meanwhile");

        var error = Assert.Throws<NumberingException>(() => NextBrief.Write(R, series, new DateOnly(2024, 2, 1), null));

        Assert.Equal($"{taken} already exists; it is left as it is", error.Message);
        Assert.Equal("written meanwhile", File.ReadAllText(taken));
    }

    [Fact]
    public void Nothing_is_written_while_the_series_has_errors()
    {
        _archive.Brief(1, 1, "2024-01-05");
        _archive.Brief(2, 1, "2024-01-06");

        var result = _archive.New("--date", "2024-02-01");

        Assert.Equal(1, result.Exit);
        Assert.Contains("error[dup-total]", result.Stderr);
        Assert.False(File.Exists(Path.Join(R, "2024", "003.md")));
    }

    [Fact]
    public void A_date_before_the_latest_brief_is_refused()
    {
        var latest = _archive.Brief(1, 1, "2024-03-05");

        var result = _archive.New("--date", "2024-03-04");

        Assert.Equal(1, result.Exit);
        Assert.Equal($"brief new: 2024-03-04 is before the latest brief, {latest} of 2024-03-05\n", result.Stderr);
    }

    [Fact]
    public void A_malformed_date_is_a_usage_error()
    {
        _archive.Brief(1, 1, "2024-03-05");
        Assert.Equal(2, _archive.New("--date", "17.06.2024").Exit);
    }

    [Theory]
    [InlineData("深圳探索“生态融合型共享创新”新模式")]
    [InlineData("2024年: \"新质生产力\", AI # 1")]
    [InlineData("true")]
    public void Titles_read_back_as_written(string title)
    {
        _archive.Brief(1, 1, "2024-03-05");
        _archive.New("--date", "2024-03-06", "--title", title);
        Assert.Equal(title, BriefReader.ReadFrontMatter(Path.Join(R, "2024", "002.md")).Title);
    }

    [Fact]
    public void The_new_brief_carries_placeholders_for_what_the_editor_writes()
    {
        _archive.Brief(1, 1, "2024-03-05");
        _archive.New("--date", "2024-03-06");
        var brief = BriefReader.Read(Path.Join(R, "2024", "002.md"));
        Assert.Equal(NextBrief.TitlePlaceholder, brief.Front.Title);
        Assert.Contains(NextBrief.BodyPlaceholder, File.ReadAllText(Path.Join(R, "2024", "002.md")));
    }

    [Fact]
    public void A_brief_with_its_placeholders_left_in_does_not_build()
    {
        _archive.Brief(1, 1, "2024-03-05");
        _archive.New("--date", "2024-03-06");
        var path = Path.Join(R, "2024", "002.md");
        var brief = BriefReader.Read(path);
        var error = NextBrief.Placeholder(brief);
        Assert.Equal((path, brief.Front.LineOf("title")), (error!.File, error.Line));
        Assert.Contains("（标题）", error.Message);

        File.WriteAllText(path, File.ReadAllText(path).Replace("（标题）", "深圳的启示"));
        error = NextBrief.Placeholder(BriefReader.Read(path));
        Assert.Equal(11, error!.Line);
        Assert.Contains("（正文）", error.Message);

        File.WriteAllText(path, File.ReadAllText(path).Replace("（正文）", "近年来，深圳……"));
        Assert.Null(NextBrief.Placeholder(BriefReader.Read(path)));
    }
}

using BriefBuilder.Pipeline;
using BriefBuilder.Model;
using BriefBuilder.Numbering;
using BriefBuilder.Source;
using CsCheck;

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
    public void Write_takes_the_title_subtitle_and_body_it_is_given()
    {
        _archive.Brief(1, 1, "2024-01-05");
        var series = new SeriesGate().Load(R).Series;

        var path = NextBrief.Write(R, series, new DateOnly(2024, 2, 1), "深圳的启示", "——生态融合型共享创新", "近年来，深圳……\n");

        Assert.Equal(Path.Join(R, "2024", "002.md"), path);
        Assert.Equal("---\nissue: 2\ntotal: 2\ndate: 2024-02-01\nrecipients: [刘小涛书记, 王颺秘书长]\ntitle: 深圳的启示\n"
            + "subtitle: ——生态融合型共享创新\neditor: 柴永鹏\nphone: \"18896954159\"\n---\n\n近年来，深圳……\n", File.ReadAllText(path));
    }

    [Fact]
    public void A_folder_where_the_new_brief_belongs_is_named()
    {
        _archive.Brief(1, 1, "2024-01-05");
        var series = new SeriesGate().Load(R).Series;
        var taken = Path.Join(R, "2024", "002.md");
        Directory.CreateDirectory(taken);

        var error = Assert.Throws<NumberingException>(() => NextBrief.Write(R, series, new DateOnly(2024, 2, 1), null));

        Assert.Equal($"{taken} is a folder, where the new brief's file belongs; move the folder away", error.Message);
    }

    [Fact]
    public void A_year_folder_that_cannot_be_made_is_named()
    {
        _archive.Brief(1, 1, "2024-01-05");
        var series = new SeriesGate().Load(R).Series;
        File.WriteAllText(Path.Join(R, "2025"), "a file where the year's folder belongs");

        var error = Assert.Throws<NumberingException>(() => NextBrief.Write(R, series, new DateOnly(2025, 2, 1), null));

        Assert.StartsWith($"cannot write {Path.Join(R, "2025", "001.md")}: ", error.Message);
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
    public void A_brief_of_the_latest_brief_s_day_follows_it()
    {
        _archive.Brief(1, 1, "2024-03-05");
        Assert.Equal(0, _archive.New("--date", "2024-03-05").Exit);
        var front = BriefReader.ReadFrontMatter(Path.Join(R, "2024", "002.md"));
        Assert.Equal((2, 2, new DateOnly(2024, 3, 5)), (front.Issue, front.Total, front.Date));
    }

    [Theory]
    [InlineData("2026-01-10", "2025")]
    [InlineData("2027-12-31", "2025–2026")]
    public void A_date_that_would_leave_a_year_without_a_brief_is_refused(string date, string years)
    {
        // brief import without --date took today's date and wrote 2026/001.md after 2024's briefs.
        _archive.Brief(1, 1, "2024-03-05");

        var result = _archive.New("--date", date);

        Assert.Equal(1, result.Exit);
        Assert.Equal($"brief new: the series ends in 2024; a brief dated {date} would leave {years} without a brief: "
            + $"give the brief's own date with --date, or record {years} under numbering: in series.yaml\n", result.Stderr);
        Assert.Equal(["2024"], Directory.GetDirectories(R).Select(Path.GetFileName));
    }

    [Fact]
    public void A_year_series_yaml_records_as_ended_takes_no_more_briefs()
    {
        _archive.Series("numbering:\n  2024:\n    last_issue: 1\n");
        _archive.Brief(1, 1, "2024-03-05");

        var result = _archive.New("--date", "2024-12-31");
        Assert.Equal(1, result.Exit);
        Assert.Equal("brief new: series.yaml records 2024 as ended with 第1期; date the brief in 2025 or raise last_issue:\n", result.Stderr);

        Assert.Equal(0, _archive.New("--date", "2025-01-01").Exit);
        var front = BriefReader.ReadFrontMatter(Path.Join(R, "2025", "001.md"));
        Assert.Equal((1, 2), (front.Issue, front.Total));
    }

    [Fact]
    public void A_year_only_series_yaml_records_is_where_the_series_stands()
    {
        // 2025 is not in the archive; series.yaml says it ran from 总第3期 to 第4期.
        _archive.Series("numbering:\n  2025:\n    first_total: 3\n    last_issue: 4\n    missing: [1-4]\n");
        _archive.Brief(1, 1, "2024-03-05");
        _archive.Brief(2, 2, "2024-04-05");

        var result = _archive.New("--date", "2024-12-01");
        Assert.Equal(1, result.Exit);
        Assert.Equal("brief new: the series has reached 2025; a brief dated 2024-12-01 cannot follow\n", result.Stderr);

        Assert.Equal(0, _archive.New("--date", "2026-01-05").Exit);
        var front = BriefReader.ReadFrontMatter(Path.Join(R, "2026", "001.md"));
        Assert.Equal((1, 7), (front.Issue, front.Total));
    }

    [Fact]
    public void The_new_brief_is_written_as_an_editor_writes_one()
    {
        _archive.Brief(1, 1, "2024-03-05");
        _archive.New("--date", "2024-03-06");
        Assert.Equal("""
            ---
            issue: 2
            total: 2
            date: 2024-03-06
            recipients: [刘小涛书记, 王颺秘书长]
            title: （标题）
            editor: 柴永鹏
            phone: "18896954159"
            ---

            （正文）

            """, File.ReadAllText(Path.Join(R, "2024", "002.md")));
    }

    [Fact]
    public void Without_editor_and_phone_in_the_latest_brief_the_new_one_leaves_them_to_series_yaml()
    {
        Archive.Write(Path.Join(R, "2024", "001.md"), "---\nissue: 1\ntotal: 1\ndate: 2024-03-05\nrecipients: [Mr. Smith, 王颺秘书长]\ntitle: 题目\n---\n\n正文。\n");
        _archive.New("--date", "2024-03-06", "--title", "新题目");
        Assert.Equal(
            "---\nissue: 2\ntotal: 2\ndate: 2024-03-06\nrecipients: [\"Mr. Smith\", 王颺秘书长]\ntitle: 新题目\n---\n\n（正文）\n",
            File.ReadAllText(Path.Join(R, "2024", "002.md")));
    }

    [Fact]
    public void An_archive_without_briefs_has_nothing_to_continue()
    {
        var result = _archive.New("--date", "2024-03-06");
        Assert.Equal(1, result.Exit);
        Assert.Equal("brief new: the archive holds no brief to continue from; write the first one by hand\n", result.Stderr);
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

    /// <summary>Any title, subtitle or editor the new brief is given reads back as it was given.</summary>
    [Fact]
    public void Any_text_reads_back_as_written() =>
        Gen.Char["苏州创新“”‘’：，、（）《》—…·　abcXYZ019 \"':#[]{}-,&*!|>%@`\\\u2028\u0085\u007f\u00a0"].Array[1, 12]
            .Select(chars => new string(chars))
            .Where(text => text == text.Trim())
            .Sample(text =>
            {
                var brief = NextBrief.Text(InMemory.Brief(1, 1, new DateOnly(2024, 3, 5)), new NextNumbers(2024, 2, 2),
                    new DateOnly(2024, 3, 6), text, text, "正文。\n");
                var front = FrontMatterReader.Split(brief, "002.md").Front;
                // The title's phrases parted by a space are parted by a full-width one (CharClass.PhraseSpaces, issue 21).
                Assert.Equal((CharClass.PhraseSpaces(text), text), (front.Title, front.Subtitle));
            });

    /// <summary>Chinese text is written plain, as an editor writes it; the rest is quoted.</summary>
    [Theory]
    [InlineData("深圳探索“生态融合型共享创新”新模式", "深圳探索“生态融合型共享创新”新模式")]
    [InlineData("——深圳的启示（2024年·上）", "\"——深圳的启示（2024年·上）\"")]
    [InlineData("——深圳的启示（上）", "——深圳的启示（上）")]
    [InlineData("[草稿]深圳", "\"[草稿]深圳\"")]
    [InlineData("深圳　苏州", "\"深圳\\u3000苏州\"")]
    [InlineData("", "\"\"")]
    public void Chinese_text_is_written_plain(string title, string written)
    {
        var brief = NextBrief.Text(InMemory.Brief(1, 1, new DateOnly(2024, 3, 5)), new NextNumbers(2024, 2, 2), new DateOnly(2024, 3, 6), title, null, "");
        Assert.Contains($"\ntitle: {written}\n", brief);
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

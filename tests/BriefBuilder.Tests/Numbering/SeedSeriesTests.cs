using BriefBuilder.Pipeline;
using System.Text.Json;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Numbering;

/// <summary>The archive as shipped: the three seed briefs with the history series.yaml records.</summary>
public class SeedSeriesTests : IDisposable
{
    readonly Archive _archive = Archive.OfSeeds();
    string R => _archive.Root;

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void The_seeds_check_clean_with_their_recorded_history()
    {
        var result = _archive.Check();
        Assert.Equal(["numbering: 0 errors, 0 warnings"], result.Lines);
        Assert.Equal(0, result.Exit);
    }

    [Fact]
    public void Without_the_history_the_seeds_only_warn_of_gaps()
    {
        var series = Path.Join(R, "series.yaml");
        File.WriteAllText(series, File.ReadAllText(series).Split("numbering:")[0]);
        var result = _archive.Check();
        Assert.Equal(0, result.Exit);
        Assert.Equal(4, result.Lines.Count(l => l.Contains(": warning[")));
    }

    [Fact]
    public void New_continues_the_seeds_as_第21期_总第103期()
    {
        var result = _archive.New("--date", "2024-06-17");

        Assert.Equal(0, result.Exit);
        Assert.Equal($"{R}/2024/021.md\n2024年第21期（总第103期）, dated 2024-06-17\n", result.Stdout);
        var front = BriefReader.ReadFrontMatter(Path.Join(R, "2024", "021.md"));
        Assert.Equal((21, 103, new DateOnly(2024, 6, 17)), (front.Issue, front.Total, front.Date));
        Assert.Equal(["刘小涛书记", "王颺秘书长"], front.Recipients);
        Assert.Equal(("柴永鹏", "18896954159"), (front.Editor, front.Phone));
        Assert.Equal(0, _archive.Check().Exit);
    }

    [Fact]
    public void A_brief_dated_a_year_after_the_next_is_refused_by_new_and_reported_by_check()
    {
        // brief import without --date wrote content/2026/001.md as 第1期（总第103期）, and check said nothing.
        var result = _archive.New("--date", "2026-03-02");
        Assert.Equal(1, result.Exit);
        Assert.StartsWith("brief new: the series ends in 2024; a brief dated 2026-03-02 would leave 2025 without a brief", result.Stderr);
        Assert.False(Directory.Exists(Path.Join(R, "2026")));

        Archive.Write(Path.Join(R, "2026", "001.md"), File.ReadAllText(Path.Join(R, "2024", "020.md"))
            .Replace("issue: 20", "issue: 1").Replace("total: 102", "total: 103").Replace("date: 2024-06-03", "date: 2026-03-02"));
        var check = _archive.Check();
        Assert.Equal(1, check.Exit);
        Assert.Equal([
            $"{R}/2026/001.md:4: error[year-missing]: the archive holds no brief of 2025, between 2024 and 2026, and series.yaml records nothing for 2025",
            "    hint: if the brief belongs to 2024, fix its date and move it there; else record where numbering stood: numbering: 2025: first_total:, last_issue: and missing: in series.yaml",
            "numbering: 1 error, 0 warnings"], check.Lines);
    }

    [Theory]
    [InlineData("2023/001.md")]
    [InlineData("2024/009.md")]
    [InlineData("2024/020.md")]
    public void Repeating_a_seed_total_fails_check_and_build_naming_both_files(string seed)
    {
        _archive.New("--date", "2024-06-17");
        var copied = BriefReader.ReadFrontMatter(Path.Join(R, seed)).Total;
        var added = Path.Join(R, "2024", "021.md");
        File.WriteAllText(added, File.ReadAllText(added).Replace("total: 103", $"total: {copied}"));

        var check = _archive.Check();
        Assert.Equal(1, check.Exit);
        Assert.Contains(check.Lines, l => l.StartsWith($"{R}/2024/021.md:3: error[dup-total]: 总第{copied}期 is also used by {R}/{seed}:3"));
        // The gate names files relative to the working folder, so compare the part below it.
        Assert.Contains(new SeriesGate().ErrorsFor([R]), d => d.Code == "dup-total" && d.Message.Contains($"content/{seed}:3"));
    }

    [Fact]
    public void Json_lists_the_same_findings_for_tools()
    {
        var added = Path.Join(R, "2024", "021.md");
        Archive.Write(added, File.ReadAllText(Path.Join(R, "2024", "020.md")).Replace("issue: 20", "issue: 21"));

        var result = _archive.Check("--format", "json");

        Assert.Equal(1, result.Exit);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(2, json.RootElement.GetProperty("errors").GetInt32());
        var first = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal(added, first.GetProperty("file").GetString());
        Assert.Equal(3, first.GetProperty("line").GetInt32());
        Assert.Equal("dup-total", first.GetProperty("code").GetString());
        Assert.Equal($"总第102期 is also used by {R}/2024/020.md:3", first.GetProperty("message").GetString());
    }
}

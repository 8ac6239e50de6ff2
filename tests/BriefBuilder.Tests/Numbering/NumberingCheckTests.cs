namespace BriefBuilder.Tests.Numbering;

/// <summary>Each numbering check of <c>brief check</c>, with the smallest series that breaks it.</summary>
public class NumberingCheckTests : IDisposable
{
    readonly Archive _archive = new();
    string R => _archive.Root;

    public void Dispose() => _archive.Dispose();

    void AssertError(string line)
    {
        var result = _archive.Check();
        Assert.Contains(line, result.Lines);
        Assert.Equal(1, result.Exit);
    }

    void AssertOnlyWarning(string line)
    {
        var result = _archive.Check();
        Assert.Contains(line, result.Lines);
        Assert.DoesNotContain(result.Lines, l => l.Contains(": error["));
        Assert.Equal(0, result.Exit);
    }

    [Fact]
    public void Same_issue_twice_in_a_year()
    {
        _archive.Brief(1, 1, "2024-01-05");
        _archive.Brief(1, 2, "2024-01-06", name: "002.md");
        AssertError($"{R}/2024/002.md:2: error[dup-issue]: 第1期 of 2024 is also used by {R}/2024/001.md:2");
    }

    [Fact]
    public void Same_total_twice()
    {
        _archive.Brief(1, 1, "2024-01-05");
        _archive.Brief(2, 1, "2024-01-06");
        AssertError($"{R}/2024/002.md:3: error[dup-total]: 总第1期 is also used by {R}/2024/001.md:3");
    }

    [Fact]
    public void Offset_differs_within_a_year()
    {
        _archive.Brief(1, 1, "2024-01-05");
        _archive.Brief(2, 3, "2024-01-06");
        AssertError($"{R}/2024/002.md:3: error[offset]: 第2期（总第3期）: 总第 − 第 is 1, but 2024 has 0 (第1期（总第1期）, {R}/2024/001.md:3)");
    }

    [Fact]
    public void Later_total_with_earlier_date()
    {
        _archive.Brief(1, 1, "2024-03-01");
        _archive.Brief(2, 2, "2024-02-01");
        AssertError($"{R}/2024/002.md:4: error[date-order]: 总第2期 is dated 2024-02-01, before 总第1期 of 2024-03-01 ({R}/2024/001.md:4)");
    }

    [Fact]
    public void Date_outside_the_folder_year()
    {
        var path = _archive.Brief(1, 1, "2024-01-05");
        File.WriteAllText(path, File.ReadAllText(path).Replace("2024-01-05", "2025-01-05"));
        AssertError($"{R}/2024/001.md:4: error[year-folder]: dated 2025-01-05, but it lies in the folder of 2024");
    }

    [Fact]
    public void File_name_not_matching_the_issue()
    {
        _archive.Brief(1, 1, "2024-01-05", name: "005.md");
        AssertError($"{R}/2024/005.md:2: error[file-name]: file name 005.md does not match 第1期");
    }

    [Fact]
    public void Year_starting_away_from_the_recorded_end_of_the_previous()
    {
        _archive.Series("numbering:\n  2023:\n    last_issue: 1\n");
        _archive.Brief(1, 1, "2023-01-05");
        _archive.Brief(1, 3, "2024-01-05");
        AssertError($"{R}/2024/001.md:3: error[year-start]: 第1期（总第3期） puts 2024's 第1期 at 总第3期, but 2023 ended with 总第1期 ({R}/series.yaml:4)");
    }

    [Fact]
    public void Year_starting_inside_the_previous()
    {
        _archive.Brief(1, 1, "2023-01-05");
        _archive.Brief(2, 2, "2023-01-06");
        _archive.Brief(2, 3, "2024-01-05");
        AssertError($"{R}/2024/002.md:3: error[year-start]: 第2期（总第3期） puts 2024's 第1期 at 总第2期, but 2023 ended with 总第2期 ({R}/2023/002.md:3)");
    }

    [Fact]
    public void Year_start_against_recorded_first_total()
    {
        _archive.Series("numbering:\n  2023:\n    first_total: 52\n");
        _archive.Brief(1, 53, "2023-02-01");
        AssertError($"{R}/2023/001.md:3: error[year-start]: 第1期（总第53期） puts 2023's 第1期 at 总第53期, but {R}/series.yaml:4 records 总第52期");
    }

    [Fact]
    public void Issue_past_the_recorded_end_of_its_year()
    {
        _archive.Series("numbering:\n  2023:\n    last_issue: 1\n");
        _archive.Brief(1, 1, "2023-01-05");
        _archive.Brief(2, 2, "2023-01-06");
        AssertError($"{R}/2023/002.md:2: error[year-end]: 第2期 is past 2023's last issue, 第1期, recorded at {R}/series.yaml:4");
    }

    [Fact]
    public void Recorded_year_without_briefs_needs_its_first_total()
    {
        _archive.Series("numbering:\n  2023:\n    last_issue: 31\n");
        _archive.Brief(1, 32, "2024-01-05");
        AssertError($"{R}/series.yaml:3: error[history]: the archive holds no brief of 2023, so its numbers are unknown");
    }

    [Fact]
    public void Unreadable_numbering_section()
    {
        _archive.Series("numbering:\n  2023:\n    missing: [2-x]\n");
        _archive.Brief(1, 1, "2023-01-05");
        AssertError($"{R}/series.yaml:4: error[history]: '2-x' is neither a 第N期 nor a range such as 2-31");
    }

    [Fact]
    public void Front_matter_error_of_the_build()
    {
        var path = _archive.Brief(1, 1, "2024-01-05");
        File.WriteAllText(path, File.ReadAllText(path).Replace("total: 1\n", "total: 一\n"));
        var result = _archive.Check();
        Assert.Contains(result.Lines, l => l.StartsWith($"{R}/2024/001.md:3: error[front-matter]: "));
        Assert.Equal(1, result.Exit);
    }

    [Fact]
    public void Gap_in_issues_is_a_warning()
    {
        _archive.Brief(1, 1, "2024-01-05");
        _archive.Brief(3, 3, "2024-01-07");
        AssertOnlyWarning($"{R}/2024/003.md:2: warning[gap-issue]: 第2期 of 2024 is not in the archive");
    }

    [Fact]
    public void Gap_in_totals_across_years_is_a_warning()
    {
        _archive.Brief(1, 1, "2023-01-05");
        _archive.Brief(1, 5, "2024-01-05");
        AssertOnlyWarning($"{R}/2024/001.md:3: warning[gap-total]: 总第2–4期, between 2023 and 2024, are not in the archive");
    }

    [Fact]
    public void Gap_in_totals_before_the_archive_is_a_warning()
    {
        _archive.Brief(1, 52, "2023-02-01");
        AssertOnlyWarning($"{R}/2023/001.md:3: warning[gap-total]: 总第1–51期, before 2023, are not in the archive");
    }

    [Fact]
    public void Recorded_history_silences_the_gaps_it_explains()
    {
        _archive.Series("numbering:\n  2023:\n    first_total: 52\n    last_issue: 3\n    missing: [2-3]\n  2024:\n    missing: [1]\n");
        _archive.Brief(1, 52, "2023-02-01");
        _archive.Brief(2, 56, "2024-02-01");
        var result = _archive.Check();
        Assert.Equal(["numbering: 0 errors, 0 warnings"], result.Lines);
        Assert.Equal(0, result.Exit);
    }

    [Fact]
    public void Every_finding_carries_a_hint_on_the_next_line()
    {
        _archive.Brief(1, 1, "2024-01-05");
        _archive.Brief(2, 1, "2024-01-06");
        var lines = _archive.Check().Lines;
        var at = Array.FindIndex(lines, l => l.Contains("error[dup-total]"));
        Assert.Equal("    hint: give one of the two briefs the next free 总第M期", lines[at + 1]);
    }
}

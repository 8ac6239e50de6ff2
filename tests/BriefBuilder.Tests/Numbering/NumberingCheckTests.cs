namespace BriefBuilder.Tests.Numbering;

/// <summary>
/// Each numbering check of <c>brief check</c>, with the smallest series that breaks it. Each test
/// holds the whole report, hints included: a check that also reports what is right, or blames the
/// wrong line, or proposes the wrong number in its hint, fails here.
/// </summary>
public class NumberingCheckTests : IDisposable
{
    readonly Archive _archive = new();
    string R => _archive.Root;

    public void Dispose() => _archive.Dispose();

    /// <summary>The report is exactly these findings, each a line and its hint, and the exit code follows from them.</summary>
    void AssertReport(params string[] lines)
    {
        var result = _archive.Check();
        Assert.Equal(lines, result.Lines[..^1]);
        var errors = lines.Count(l => l.Contains(": error["));
        var warnings = lines.Count(l => l.Contains(": warning["));
        Assert.Equal($"numbering: {errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}", result.Lines[^1]);
        Assert.Equal(errors > 0 ? 1 : 0, result.Exit);
    }

    static string Hint(string text) => "    hint: " + text;

    [Fact]
    public void Same_issue_twice_in_a_year()
    {
        _archive.Brief(1, 1, "2024-01-05");
        _archive.Brief(1, 2, "2024-01-06", name: "002.md");
        AssertReport(
            $"{R}/2024/002.md:2: error[dup-issue]: 第1期 of 2024 is also used by {R}/2024/001.md:2",
            Hint("give one of the two briefs the next free 第N期 of the year"),
            $"{R}/2024/002.md:2: error[file-name]: file name 002.md does not match 第1期",
            Hint("rename the file to 001.md, or fix issue:"),
            $"{R}/2024/002.md:3: error[offset]: 第1期（总第2期）: 总第 − 第 is 1, but 2024 has 0 (第1期（总第1期）, {R}/2024/001.md:3)",
            Hint("make it 总第1期, or fix issue: if the 总第 is right"));
    }

    [Fact]
    public void Same_total_twice()
    {
        _archive.Brief(1, 1, "2024-01-05");
        _archive.Brief(2, 1, "2024-01-06");
        AssertReport(
            $"{R}/2024/002.md:3: error[dup-total]: 总第1期 is also used by {R}/2024/001.md:3",
            Hint("give one of the two briefs the next free 总第M期"),
            $"{R}/2024/002.md:3: error[offset]: 第2期（总第1期）: 总第 − 第 is -1, but 2024 has 0 (第1期（总第1期）, {R}/2024/001.md:3)",
            Hint("make it 总第2期, or fix issue: if the 总第 is right"));
    }

    [Fact]
    public void Offset_differs_within_a_year()
    {
        _archive.Brief(1, 1, "2024-01-05");
        _archive.Brief(2, 3, "2024-01-06");
        AssertReport(
            $"{R}/2024/002.md:3: error[offset]: 第2期（总第3期）: 总第 − 第 is 1, but 2024 has 0 (第1期（总第1期）, {R}/2024/001.md:3)",
            Hint("make it 总第2期, or fix issue: if the 总第 is right"));
    }

    [Fact]
    public void The_year_s_majority_sets_its_offset_and_the_one_brief_off_it_is_blamed()
    {
        _archive.Series("numbering:\n  2024:\n    first_total: 11\n");
        _archive.Brief(1, 10, "2024-01-05");
        _archive.Brief(2, 12, "2024-01-06");
        _archive.Brief(3, 13, "2024-01-07");
        AssertReport(
            $"{R}/2024/001.md:3: error[offset]: 第1期（总第10期）: 总第 − 第 is 9, but 2024 has 10 (第2期（总第12期）, {R}/2024/002.md:3)",
            Hint("make it 总第11期, or fix issue: if the 总第 is right"));
    }

    [Fact]
    public void Between_offsets_held_by_as_many_briefs_the_one_with_the_lowest_issue_wins()
    {
        _archive.Brief(1, 1, "2024-01-01");
        _archive.Brief(2, 12, "2024-01-02");
        _archive.Brief(3, 13, "2024-01-03");
        _archive.Brief(4, 4, "2024-01-04");
        AssertReport(
            $"{R}/2024/002.md:3: error[offset]: 第2期（总第12期）: 总第 − 第 is 10, but 2024 has 0 (第1期（总第1期）, {R}/2024/001.md:3)",
            Hint("make it 总第2期, or fix issue: if the 总第 is right"),
            $"{R}/2024/002.md:4: error[date-order]: 总第12期 is dated 2024-01-02, before 总第4期 of 2024-01-04 ({R}/2024/004.md:4)",
            Hint("fix the date, or the numbers if the briefs were issued the other way round"),
            $"{R}/2024/003.md:3: error[offset]: 第3期（总第13期）: 总第 − 第 is 10, but 2024 has 0 (第1期（总第1期）, {R}/2024/001.md:3)",
            Hint("make it 总第3期, or fix issue: if the 总第 is right"));
    }

    [Fact]
    public void Later_total_with_earlier_date()
    {
        _archive.Brief(1, 1, "2024-03-01");
        _archive.Brief(2, 2, "2024-02-01");
        AssertReport(
            $"{R}/2024/002.md:4: error[date-order]: 总第2期 is dated 2024-02-01, before 总第1期 of 2024-03-01 ({R}/2024/001.md:4)",
            Hint("fix the date, or the numbers if the briefs were issued the other way round"));
    }

    [Fact]
    public void Briefs_sharing_a_total_are_compared_by_the_dates_that_leave_no_doubt()
    {
        // 001 or 002 carries a wrong 总第. 003 is dated after 001, so were 002 the one renumbered,
        // there would be no date-order error: none is reported.
        _archive.Brief(1, 5, "2024-02-01");
        _archive.Brief(2, 5, "2024-03-01");
        _archive.Brief(3, 6, "2024-02-15");
        Assert.DoesNotContain(_archive.Check().Lines, l => l.Contains("date-order"));

        // Dated before both, 003 is out of order whichever of them is renumbered.
        _archive.Brief(3, 6, "2024-01-15");
        Assert.Contains(
            $"{R}/2024/003.md:4: error[date-order]: 总第6期 is dated 2024-01-15, before 总第5期 of 2024-02-01 ({R}/2024/001.md:4)",
            _archive.Check().Lines);

        // Of two sharing 总第 and date, the one whose file comes last is named, on every run.
        _archive.Brief(2, 5, "2024-02-01");
        Assert.Contains(
            $"{R}/2024/003.md:4: error[date-order]: 总第6期 is dated 2024-01-15, before 总第5期 of 2024-02-01 ({R}/2024/002.md:4)",
            _archive.Check().Lines);
    }

    [Fact]
    public void Briefs_of_one_day_are_in_order()
    {
        _archive.Brief(1, 1, "2024-03-05");
        _archive.Brief(2, 2, "2024-03-05");
        AssertReport();
    }

    [Fact]
    public void Date_outside_the_folder_year()
    {
        var path = _archive.Brief(1, 1, "2024-01-05");
        File.WriteAllText(path, File.ReadAllText(path).Replace("2024-01-05", "2025-01-05"));
        AssertReport(
            $"{R}/2024/001.md:4: error[year-folder]: dated 2025-01-05, but it lies in the folder of 2024",
            Hint("fix the date, or move the brief to 2025/ and number it in 2025"));
    }

    [Theory]
    [InlineData("drafts")]
    [InlineData("2024-old")]
    [InlineData("20240")]
    public void A_brief_outside_the_year_folders(string folder)
    {
        _archive.Brief(1, 1, "2024-01-05", name: $"../{folder}/草稿.md");
        AssertReport(
            $"{R}/{folder}/草稿.md:2: error[file-name]: file name 草稿.md does not match 第1期",
            Hint("rename the file to 001.md, or fix issue:"),
            $"{R}/{folder}/草稿.md:4: error[year-folder]: a brief lies outside the year folders, in {R}/{folder}",
            Hint("move it to 2024/001.md, or keep drafts outside the content folder"));
    }

    [Fact]
    public void File_name_not_matching_the_issue()
    {
        _archive.Brief(1, 1, "2024-01-05", name: "005.md");
        AssertReport(
            $"{R}/2024/005.md:2: error[file-name]: file name 005.md does not match 第1期",
            Hint("rename the file to 001.md, or fix issue:"));
    }

    [Fact]
    public void Year_starting_away_from_the_recorded_end_of_the_previous()
    {
        _archive.Series("numbering:\n  2023:\n    last_issue: 1\n");
        _archive.Brief(1, 1, "2023-01-05");
        _archive.Brief(1, 3, "2024-01-05");
        AssertReport(
            $"{R}/2024/001.md:3: error[year-start]: 第1期（总第3期） puts 2024's 第1期 at 总第3期, but 2023 ended with 总第1期 ({R}/series.yaml:4)",
            Hint("2024's 第1期 must be 总第2期: fix 总第 in 2024, or last_issue: for 2023 in series.yaml"));
    }

    [Fact]
    public void Year_starting_inside_the_previous()
    {
        _archive.Brief(1, 1, "2023-01-05");
        _archive.Brief(2, 2, "2023-01-06");
        _archive.Brief(2, 3, "2024-01-05");
        AssertReport(
            $"{R}/2024/002.md:2: warning[gap-issue]: 第1期 of 2024 is not in the archive",
            Hint("add it, or list 1 under numbering: 2024: missing: in series.yaml"),
            $"{R}/2024/002.md:3: error[year-start]: 第2期（总第3期） puts 2024's 第1期 at 总第2期, but 2023 ended with 总第2期 ({R}/2023/002.md:3)",
            Hint("2024's 第1期 must be 总第3期: fix 总第 in 2024"));
    }

    [Fact]
    public void Year_starting_on_the_previous_year_s_last_total()
    {
        _archive.Brief(1, 1, "2023-01-05");
        _archive.Brief(1, 1, "2024-01-05");
        AssertReport(
            $"{R}/2024/001.md:3: error[dup-total]: 总第1期 is also used by {R}/2023/001.md:3",
            Hint("give one of the two briefs the next free 总第M期"),
            $"{R}/2024/001.md:3: error[year-start]: 第1期（总第1期） puts 2024's 第1期 at 总第1期, but 2023 ended with 总第1期 ({R}/2023/001.md:3)",
            Hint("2024's 第1期 must be 总第2期: fix 总第 in 2024"));
    }

    [Fact]
    public void Year_start_against_recorded_first_total()
    {
        // 2024 follows 2023 as its briefs number it: only the disagreement with first_total is reported.
        _archive.Series("numbering:\n  2023:\n    first_total: 52\n    missing: [1-2]\n");
        _archive.Brief(3, 56, "2023-02-01");
        _archive.Brief(1, 57, "2024-02-01");
        AssertReport(
            $"{R}/2023/003.md:3: error[year-start]: 第3期（总第56期） puts 2023's 第1期 at 总第54期, but {R}/series.yaml:4 records 总第52期",
            Hint("make it 总第54期, or fix first_total: for 2023 in series.yaml"));
    }

    [Fact]
    public void Year_recorded_only_by_first_total_continues_the_chain()
    {
        // 2024 is not in the archive: series.yaml says where it began and ended, and 2025 must follow.
        _archive.Series("numbering:\n  2024:\n    first_total: 3\n    last_issue: 4\n");
        _archive.Brief(1, 1, "2023-01-05");
        _archive.Brief(2, 2, "2023-01-06");
        _archive.Brief(1, 8, "2025-01-05");
        AssertReport(
            $"{R}/2025/001.md:3: error[year-start]: 第1期（总第8期） puts 2025's 第1期 at 总第8期, but 2024 ended with 总第6期 ({R}/series.yaml:5)",
            Hint("2025's 第1期 must be 总第7期: fix 总第 in 2025, or last_issue: for 2024 in series.yaml"));
    }

    [Fact]
    public void A_year_recorded_only_by_first_total_has_no_known_end()
    {
        _archive.Series("numbering:\n  2024:\n    first_total: 2\n");
        _archive.Brief(1, 1, "2023-01-05");
        _archive.Brief(1, 9, "2025-01-05");
        AssertReport();
    }

    [Fact]
    public void Year_recorded_only_by_first_total_is_blamed_at_that_line()
    {
        _archive.Series("numbering:\n  2024:\n    first_total: 5\n");
        _archive.Brief(1, 1, "2023-01-05");
        _archive.Brief(2, 2, "2023-01-06");
        AssertReport(
            $"{R}/series.yaml:4: warning[gap-total]: 总第3–4期, between 2023 and 2024, are not in the archive",
            Hint("if 2023 ran to 第4期, record numbering: 2023: last_issue: 4 in series.yaml"));
    }

    [Fact]
    public void Year_recorded_only_by_first_total_starting_inside_the_previous()
    {
        _archive.Series("numbering:\n  2024:\n    first_total: 2\n");
        _archive.Brief(1, 1, "2023-01-05");
        _archive.Brief(2, 2, "2023-01-06");
        AssertReport(
            $"{R}/series.yaml:4: error[year-start]: {R}/series.yaml:4 puts 2024's 第1期 at 总第2期, but 2023 ended with 总第2期 ({R}/2023/002.md:3)",
            Hint("2024's 第1期 must be 总第3期: fix 总第 in 2024"));
    }

    [Fact]
    public void Issue_past_the_recorded_end_of_its_year()
    {
        _archive.Series("numbering:\n  2023:\n    last_issue: 1\n");
        _archive.Brief(1, 1, "2023-01-05");
        _archive.Brief(2, 2, "2023-01-06");
        AssertReport(
            $"{R}/2023/002.md:2: error[year-end]: 第2期 is past 2023's last issue, 第1期, recorded at {R}/series.yaml:4",
            Hint("fix issue:, or raise last_issue: for 2023 in series.yaml"));
    }

    [Fact]
    public void A_year_that_ends_on_its_recorded_last_issue_is_clean()
    {
        _archive.Series("numbering:\n  2023:\n    last_issue: 2\n");
        _archive.Brief(1, 1, "2023-01-05");
        _archive.Brief(2, 2, "2023-01-06");
        _archive.Brief(1, 3, "2024-01-05");
        AssertReport();
    }

    [Fact]
    public void Recorded_year_without_briefs_needs_its_first_total()
    {
        _archive.Series("numbering:\n  2023:\n    last_issue: 31\n");
        _archive.Brief(1, 32, "2024-01-05");
        AssertReport(
            $"{R}/series.yaml:3: error[history]: the archive holds no brief of 2023, so its numbers are unknown",
            Hint("give first_total: (总第 of 2023's 第1期) for 2023"));
    }

    [Fact]
    public void Unreadable_numbering_section()
    {
        _archive.Series("numbering:\n  2023:\n    missing: [2-x]\n");
        _archive.Brief(1, 1, "2023-01-05");
        AssertReport(
            $"{R}/series.yaml:4: error[history]: '2-x' is neither a 第N期 nor a range such as 2-31",
            Hint("fix the numbering: section of series.yaml; gaps are reported as if it were empty"));
    }

    [Fact]
    public void Front_matter_error_of_the_build()
    {
        var path = _archive.Brief(1, 1, "2024-01-05");
        File.WriteAllText(path, File.ReadAllText(path).Replace("total: 1\n", "total: 一\n"));
        AssertReport(
            $"{R}/2024/001.md:3: error[front-matter]: 'total' must be 总第M期 as a whole number, like 102, not '一'",
            Hint("fix the front matter; the brief's numbers are not checked until it reads"));
    }

    [Fact]
    public void Gap_in_issues_is_a_warning()
    {
        _archive.Brief(1, 1, "2024-01-05");
        _archive.Brief(3, 3, "2024-01-07");
        AssertReport(
            $"{R}/2024/003.md:2: warning[gap-issue]: 第2期 of 2024 is not in the archive",
            Hint("add it, or list 2 under numbering: 2024: missing: in series.yaml"));
    }

    [Fact]
    public void Gaps_of_several_issues_are_named_as_ranges_at_the_brief_after_each()
    {
        _archive.Brief(1, 1, "2024-01-05");
        _archive.Brief(5, 5, "2024-01-07");
        _archive.Brief(7, 7, "2024-01-09");
        AssertReport(
            $"{R}/2024/005.md:2: warning[gap-issue]: 第2–4期 of 2024 are not in the archive",
            Hint("add them, or list 2-4 under numbering: 2024: missing: in series.yaml"),
            $"{R}/2024/007.md:2: warning[gap-issue]: 第6期 of 2024 is not in the archive",
            Hint("add it, or list 6 under numbering: 2024: missing: in series.yaml"));
    }

    [Fact]
    public void A_gap_at_the_end_of_a_year_is_blamed_on_its_recorded_last_issue()
    {
        _archive.Series("numbering:\n  2023:\n    last_issue: 5\n    missing: [2]\n");
        _archive.Brief(1, 1, "2023-01-05");
        _archive.Brief(3, 3, "2023-01-07");
        _archive.Brief(1, 6, "2024-01-05");
        AssertReport(
            $"{R}/series.yaml:4: warning[gap-issue]: 第4–5期 of 2023 are not in the archive",
            Hint("add them, or list 4-5 under numbering: 2023: missing: in series.yaml"));
    }

    [Fact]
    public void Gap_in_totals_across_years_is_a_warning()
    {
        _archive.Series("numbering:\n  2023:\n    first_total: 11\n");
        _archive.Brief(1, 11, "2023-01-05");
        _archive.Brief(1, 15, "2024-01-05");
        AssertReport(
            $"{R}/2024/001.md:3: warning[gap-total]: 总第12–14期, between 2023 and 2024, are not in the archive",
            Hint("if 2023 ran to 第4期, record numbering: 2023: last_issue: 4 in series.yaml"));
    }

    [Fact]
    public void A_single_missing_total_across_years()
    {
        _archive.Brief(1, 1, "2023-01-05");
        _archive.Brief(1, 3, "2024-01-05");
        AssertReport(
            $"{R}/2024/001.md:3: warning[gap-total]: 总第2期, between 2023 and 2024, is not in the archive",
            Hint("if 2023 ran to 第2期, record numbering: 2023: last_issue: 2 in series.yaml"));
    }

    [Fact]
    public void Gap_in_totals_before_the_archive_is_a_warning()
    {
        _archive.Brief(1, 52, "2023-02-01");
        AssertReport(
            $"{R}/2023/001.md:3: warning[gap-total]: 总第1–51期, before 2023, are not in the archive",
            Hint("record where the series stood: numbering: 2023: first_total: 52 in series.yaml"));
    }

    [Fact]
    public void A_single_total_before_the_archive()
    {
        _archive.Brief(2, 3, "2023-02-01");
        _archive.Brief(3, 4, "2023-02-02");
        AssertReport(
            $"{R}/2023/002.md:2: warning[gap-issue]: 第1期 of 2023 is not in the archive",
            Hint("add it, or list 1 under numbering: 2023: missing: in series.yaml"),
            $"{R}/2023/002.md:3: warning[gap-total]: 总第1期, before 2023, is not in the archive",
            Hint("record where the series stood: numbering: 2023: first_total: 2 in series.yaml"));
    }

    [Fact]
    public void Recorded_history_silences_the_gaps_it_explains()
    {
        _archive.Series("numbering:\n  2023:\n    first_total: 52\n    last_issue: 3\n    missing: [2-3]\n  2024:\n    missing: [1]\n");
        _archive.Brief(1, 52, "2023-02-01");
        _archive.Brief(2, 56, "2024-02-01");
        AssertReport();
    }

    [Fact]
    public void A_year_missing_between_two_archive_years_is_an_error()
    {
        // As when `brief import` without --date wrote content/2026/001.md after 2024's briefs:
        // the totals run on unbroken, so only the year shows what is wrong.
        _archive.Brief(1, 1, "2024-01-05");
        _archive.Brief(2, 2, "2024-06-17");
        _archive.Brief(1, 3, "2026-01-05");
        AssertReport(
            $"{R}/2026/001.md:4: error[year-missing]: the archive holds no brief of 2025, between 2024 and 2026, and series.yaml records nothing for 2025",
            Hint("if the brief belongs to 2024, fix its date and move it there; else record where numbering stood: numbering: 2025: first_total:, last_issue: and missing: in series.yaml"));
    }

    [Fact]
    public void Several_years_missing_are_one_finding()
    {
        _archive.Brief(1, 1, "2022-01-05");
        _archive.Brief(1, 9, "2025-01-05");
        AssertReport(
            $"{R}/2025/001.md:3: warning[gap-total]: 总第2–8期, between 2022 and 2025, are not in the archive",
            Hint("if 2022 ran to 第8期, record numbering: 2022: last_issue: 8 in series.yaml"),
            $"{R}/2025/001.md:4: error[year-missing]: the archive holds no brief of 2023–2024, between 2022 and 2025, and series.yaml records nothing for 2023–2024",
            Hint("if the brief belongs to 2022, fix its date and move it there; else record where numbering stood: numbering: 2023: first_total:, last_issue: and missing: in series.yaml"));
    }

    [Fact]
    public void A_missing_year_before_a_year_recorded_only_in_series_yaml()
    {
        _archive.Series("numbering:\n  2026:\n    first_total: 2\n");
        _archive.Brief(1, 1, "2024-01-05");
        AssertReport(
            $"{R}/series.yaml:3: error[year-missing]: the archive holds no brief of 2025, between 2024 and 2026, and series.yaml records nothing for 2025",
            Hint("if the brief belongs to 2024, fix its date and move it there; else record where numbering stood: numbering: 2025: first_total:, last_issue: and missing: in series.yaml"));
    }

    [Fact]
    public void A_year_recorded_in_series_yaml_is_not_missing()
    {
        _archive.Series("numbering:\n  2025:\n    first_total: 3\n    last_issue: 4\n    missing: [1-4]\n");
        _archive.Brief(1, 1, "2024-01-05");
        _archive.Brief(2, 2, "2024-06-17");
        _archive.Brief(1, 7, "2026-01-05");
        AssertReport();
    }
}

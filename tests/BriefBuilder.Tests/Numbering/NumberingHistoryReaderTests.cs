using BriefBuilder.Model;
using BriefBuilder.Numbering;

namespace BriefBuilder.Tests.Numbering;

public class NumberingHistoryReaderTests : IDisposable
{
    readonly string _file = Path.Join(Directory.CreateTempSubdirectory("history-").FullName, "series.yaml");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);

    NumberingHistory Read(string yaml)
    {
        File.WriteAllText(_file, yaml);
        return NumberingHistoryReader.Read(_file);
    }

    [Fact]
    public void Reads_first_total_last_issue_and_missing_ranges()
    {
        var year = Read("name: 领军参阅\nnumbering:\n  2023:\n    first_total: 52\n    last_issue: 31\n    missing: [2-4, 7]\n").For(2023)!;
        Assert.Equal((52, 4, 31, 5), (year.FirstTotal, year.FirstTotalLine, year.LastIssue, year.LastIssueLine));
        Assert.Equal([2, 3, 4, 7], year.Missing.Order());
    }

    [Fact]
    public void No_section_is_an_empty_history() =>
        Assert.Empty(Read("name: 领军参阅\n").Years);

    [Fact]
    public void An_archive_folder_that_is_not_there_is_named()
    {
        var absent = Path.Join(Path.GetDirectoryName(_file)!, "content");
        var error = Assert.Throws<DirectoryNotFoundException>(() => SeriesFolder.Load(absent, BriefBuilder.Source.BriefReader.ReadFrontMatter));
        Assert.Equal($"{absent}: no such folder", error.Message);
    }

    [Fact]
    public void No_file_is_an_empty_history()
    {
        var history = NumberingHistoryReader.Read(_file + ".absent");
        Assert.Equal(_file + ".absent", history.File);
        Assert.Empty(history.Years);
    }

    [Fact]
    public void An_empty_section_is_an_empty_history() =>
        Assert.Empty(Read("numbering:\n").Years);

    [Fact]
    public void Each_year_keeps_the_line_of_its_key()
    {
        var history = Read("name: 领军参阅\nnumbering:\n  2023:\n    last_issue: 31\n  2024:\n    first_total: 83\n");
        Assert.Equal((3, null, null, 31, 4), (history.For(2023)!.Line, history.For(2023)!.FirstTotal, history.For(2023)!.FirstTotalLine, history.For(2023)!.LastIssue, history.For(2023)!.LastIssueLine));
        Assert.Equal((5, 83, 6, null), (history.For(2024)!.Line, history.For(2024)!.FirstTotal, history.For(2024)!.FirstTotalLine, history.For(2024)!.LastIssue));
        Assert.Null(history.For(2025));
    }

    [Theory]
    [InlineData("[ 2 - 4 , 7]", new[] { 2, 3, 4, 7 })]
    [InlineData("[5]", new[] { 5 })]
    [InlineData("[3-3, 1]", new[] { 1, 3 })]
    [InlineData("[]", new int[0])]
    public void Missing_lists_numbers_and_ranges(string missing, int[] expected) =>
        Assert.Equal(expected, Read($"numbering:\n  2023:\n    missing: {missing}\n").For(2023)!.Missing.Order());

    [Theory]
    [InlineData(1000)]
    [InlineData(9999)]
    public void A_year_has_four_digits(int year) =>
        Assert.NotNull(Read($"numbering:\n  {year}:\n    last_issue: 3\n").For(year));

    [Theory]
    [InlineData("numbering:\n  999:\n    last_issue: 3\n", 2, "999 is not a year; numbering: lists years such as 2023")]
    [InlineData("numbering:\n  10000:\n    last_issue: 3\n", 2, "10000 is not a year; numbering: lists years such as 2023")]
    [InlineData("numbering:\n  next:\n    last_issue: 3\n", 2, "expected a year, e.g. 2023")]
    [InlineData("numbering: [2023]\n", 1, "numbering: must map each year to its record, e.g. 2023: { first_total: 52 }")]
    [InlineData("numbering:\n  2023: 52\n", 2, "2023: must be a mapping of first_total, last_issue and missing")]
    [InlineData("numbering:\n  2023:\n    missing: 7\n", 3, "missing: must be a list of 第N期, e.g. [2-31, 40]")]
    [InlineData("numbering:\n  2023:\n    missing: [0]\n", 3, "'0' is neither a 第N期 nor a range such as 2-31")]
    [InlineData("numbering:\n  2023:\n    missing: [2-3-4]\n", 3, "'2-3-4' is neither a 第N期 nor a range such as 2-31")]
    [InlineData("numbering:\n  2023:\n    missing: [[2]]\n", 3, "'' is neither a 第N期 nor a range such as 2-31")]
    [InlineData("numbering:\n  2023:\n    first_total: 五十二\n", 3, "expected first_total: 总第 of the year's 第1期")]
    [InlineData("numbering:\n  2023:\n    first_total: 0\n", 3, "first_total: 总第 of the year's 第1期 must be at least 1")]
    [InlineData("numbering:\n  2023:\n    first: 52\n", 3, "unknown key 'first' for 2023; expected first_total, last_issue or missing")]
    [InlineData("numbering:\n  23:\n    last_issue: 3\n", 2, "23 is not a year; numbering: lists years such as 2023")]
    [InlineData("numbering:\n  2023:\n    missing: [9-2]\n", 3, "range 9-2 runs backwards; write 2-9")]
    [InlineData("numbering:\n  2023:\n    last_issue: 0\n", 3, "last_issue: the year's last 第N期 must be at least 1")]
    public void Bad_records_are_blamed_on_their_line(string yaml, int line, string message)
    {
        var error = Assert.Throws<SourceError>(() => Read(yaml));
        Assert.Equal((_file, line, message), (error.File, error.Line, error.Message));
    }
}

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

    [Theory]
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

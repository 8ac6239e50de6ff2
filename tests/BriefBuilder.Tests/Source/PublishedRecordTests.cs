using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>published.yaml: what brief publish handed on, written and read back the same.</summary>
public sealed class PublishedRecordTests : IDisposable
{
    readonly string _file = Path.Join(Directory.CreateTempSubdirectory("published-").FullName, PublishedRecord.FileName);

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);

    static readonly PublishedBrief Ninth = new(2024, 9, 91, new DateOnly(2024, 4, 1), ["深圳：以科技创新之进 拓产业创新之路"],
        ["刘小涛书记", "王颺秘书长"], "领军参阅专报 2024年第9期（总第91期）.pdf", new string('a', 64));

    static readonly PublishedBrief Twentieth = new(2024, 20, 102, new DateOnly(2024, 6, 3), ["标题含 \"引号\" 与 \\ 反斜杠"],
        ["刘小涛书记"], "领军参阅专报 2024年第20期（总第102期）.pdf", new string('b', 64));

    [Fact]
    public void Entries_are_written_by_total_and_read_back_the_same()
    {
        var text = PublishedRecord.Write([Twentieth, Ninth]);
        Assert.Equal($"""
            # What `brief publish` handed on, by 总第, with the SHA-256 of each PDF. Written by
            # brief publish; keep it under version control. Publishing a number again needs --again.
            91:
              year: 2024
              issue: 9
              date: 2024-04-01
              title: "深圳：以科技创新之进 拓产业创新之路"
              recipients: ["刘小涛书记", "王颺秘书长"]
              pdf: "领军参阅专报 2024年第9期（总第91期）.pdf"
              sha256: {Ninth.Sha256}
            102:
              year: 2024
              issue: 20
              date: 2024-06-03
              title: "标题含 \"引号\" 与 \\ 反斜杠"
              recipients: ["刘小涛书记"]
              pdf: "领军参阅专报 2024年第20期（总第102期）.pdf"
              sha256: {Twentieth.Sha256}

            """, text);

        File.WriteAllText(_file, text);
        var read = PublishedRecord.Read(_file);
        Assert.Equal([91, 102], read.Keys);
        Assert.Equivalent(Ninth, read[91], strict: true);
        Assert.Equivalent(Twentieth, read[102], strict: true);
    }

    [Fact]
    public void A_title_of_several_lines_is_written_as_the_list_of_its_lines_and_read_back()
    {
        var brief = Ninth with { TitleLines = ["深圳：以科技创新之进", "拓产业创新之路"] };
        Assert.Equal("深圳：以科技创新之进 拓产业创新之路", brief.Title);

        var text = PublishedRecord.Write([brief]);
        Assert.Contains("\n  title: [\"深圳：以科技创新之进\", \"拓产业创新之路\"]\n", text);

        File.WriteAllText(_file, text);
        Assert.Equivalent(brief, PublishedRecord.Read(_file)[91], strict: true);
    }

    [Fact]
    public void No_file_is_an_empty_record() =>
        Assert.Empty(PublishedRecord.Read(_file));

    [Fact]
    public void Recipients_may_be_left_out()
    {
        File.WriteAllText(_file, $"91:\n  year: 2024\n  issue: 9\n  date: 2024-04-01\n  title: 甲\n  pdf: a.pdf\n  sha256: {new string('0', 64)}\n");
        Assert.Empty(PublishedRecord.Read(_file)[91].Recipients);
    }

    [Theory]
    [InlineData("总91:\n  year: 2024\n", 1, "'总91' is not a 总第 number; each entry is keyed by its 总第")]
    [InlineData("-91:\n  year: 2024\n", 1, "'-91' is not a 总第 number; each entry is keyed by its 总第")]
    [InlineData("91:\n  year: 2024\n  hash: ab\n", 3, "unknown key 'hash'; expected one of: year, issue, date, title, recipients, pdf, sha256")]
    [InlineData("91:\n  year: 2024\n  issue: 9\n  date: 2024-04-01\n  title: 甲\n  pdf: a.pdf\n", 2, "missing key 'sha256': expected the PDF's SHA-256")]
    [InlineData("91:\n  year: 2024\n  sha256: ab\n", 3, "'sha256' must be the PDF's SHA-256 as brief publish wrote it, 64 characters 0-9 a-f, not 'ab' (2 characters); restore the line from version control")]
    [InlineData("91:\n  sha256: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789ABCDEF\n", 2, "'sha256' must be the PDF's SHA-256 as brief publish wrote it, 64 characters 0-9 a-f, not '0123456789abcdef0123456789abcdef0123456789abcdef0123456789ABCDEF' (64 characters); restore the line from version control")]
    [InlineData("91:\n  sha256: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeff\n", 2, "'sha256' must be the PDF's SHA-256 as brief publish wrote it, 64 characters 0-9 a-f, not '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeff' (65 characters); restore the line from version control")]
    [InlineData("91:\n  sha256: 0000000000000000000000000000000000000000000000000000000000000000\n", 2, "missing key 'year': expected the year")]
    [InlineData("91:\n  sha256: 0000000000000000000000000000000000000000000000000000000000000000\n  year: 2024\n", 2, "missing key 'issue': expected 第N期")]
    [InlineData("91:\n  sha256: 0000000000000000000000000000000000000000000000000000000000000000\n  year: 2024\n  issue: 9\n  date: 2024-04-01\n", 2, "missing key 'title': expected the title, or its lines")]
    [InlineData("91:\n  sha256: 0000000000000000000000000000000000000000000000000000000000000000\n  year: 2024\n  issue: 9\n  date: 2024-04-01\n  title: 甲\n", 2, "missing key 'pdf': expected the PDF's file name")]
    public void A_damaged_record_is_refused_at_its_line(string yaml, int line, string message)
    {
        File.WriteAllText(_file, yaml);
        var error = Assert.Throws<SourceError>(() => PublishedRecord.Read(_file));
        Assert.Equal((_file, line, message), (error.File, error.Line, error.Message));
    }
}

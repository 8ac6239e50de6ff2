using System.Security.Cryptography;
using BriefBuilder.Tests.Pdf;

namespace BriefBuilder.Tests.Building;

/// <summary><c>brief publish</c> on a copy of the project: names, checksums, catalogue, record, refusal and re-runs.</summary>
public class PublishTests
{
    const string Name = "领军参阅专报 2024年第20期（总第102期）";

    [Fact]
    public void Publish_writes_named_files_checksums_catalogue_and_record_and_a_rerun_changes_no_byte()
    {
        using var w = new Workspace();
        var result = Workspace.Brief("publish", Path.Join(w.Content, "2024", "020.md"));
        Assert.True(result.Exit == 0, result.Stderr + result.Stdout);
        var year = Path.Join(w.Root, "dist", "2024");
        foreach (var file in new[] { Name + ".pdf", Name + ".docx", "领军参阅专报 2024年目录.pdf", "领军参阅专报 2024年目录.docx", "SHA256SUMS" })
            Assert.True(File.Exists(Path.Join(year, file)), file);

        var (exit, verified) = Run(year, "sha256sum", "-c", "SHA256SUMS");
        Assert.True(exit == 0, verified);
        Assert.Equal(4, verified.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.EndsWith(": OK")));

        var record = File.ReadAllText(Path.Join(w.Content, "published.yaml"));
        var sha = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Join(year, Name + ".pdf")))).ToLowerInvariant();
        Assert.Contains("102:\n  year: 2024\n  issue: 20\n  date: 2024-06-03\n", record);
        Assert.Contains($"sha256: {sha}", record);

        // The catalogue is a table: 第N期 and （总第M期） are the two lines of a cell.
        var catalogue = PdfTools.Run("pdftotext", Path.Join(year, "领军参阅专报 2024年目录.pdf"), "-").Output;
        Assert.Contains("第20期", catalogue);
        Assert.Contains("（总第102期）", catalogue);
        Assert.Contains("2024年6月3日", catalogue);
        Assert.Contains("刘小涛书记", catalogue);
        Assert.Contains("深圳探索", catalogue);

        var docx = PdfTools.Run("pandoc", "-t", "plain", Path.Join(year, "领军参阅专报 2024年目录.docx")).Output;
        Assert.Contains("第20期", docx);
        Assert.Contains("（总第102期）", docx);
        Assert.Contains("深圳探索", docx);

        var before = Snapshot(w);
        var again = Workspace.Brief("publish", Path.Join(w.Content, "2024", "020.md"));
        Assert.True(again.Exit == 0, again.Stderr);
        Assert.Equal(before, Snapshot(w));
    }

    [Fact]
    public void Publishing_a_number_again_with_other_content_needs_again_and_says_what_changed()
    {
        using var w = new Workspace();
        var brief = Path.Join(w.Content, "2024", "020.md");
        Assert.Equal(0, Workspace.Brief("publish", brief).Exit);
        var before = Snapshot(w);
        w.Edit(Path.Join("2024", "020.md"), text => text.Replace("title: 深圳探索", "title: 再谈深圳探索"));

        var refused = Workspace.Brief("publish", brief);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("--again", refused.Stderr);
        Assert.Contains("title", refused.Stderr);
        Assert.Equal(before.Where(f => !f.Key.StartsWith("content")), Snapshot(w).Where(f => !f.Key.StartsWith("content")));

        var republished = Workspace.Brief("publish", brief, "--again");
        Assert.True(republished.Exit == 0, republished.Stderr);
        Assert.Contains("published again", republished.Stdout);
        Assert.Contains("再谈深圳探索", File.ReadAllText(Path.Join(w.Content, "published.yaml")));
    }

    [Fact]
    public void The_catalogue_lists_every_brief_published_in_the_year_by_number()
    {
        using var w = new Workspace();
        Assert.Equal(0, Workspace.Brief("publish", Path.Join(w.Content, "2024", "020.md")).Exit);
        Assert.Equal(0, Workspace.Brief("publish", Path.Join(w.Content, "2024", "009.md")).Exit);
        var text = PdfTools.Run("pdftotext", Path.Join(w.Root, "dist", "2024", "领军参阅专报 2024年目录.pdf"), "-").Output;
        Assert.True(text.IndexOf("（总第91期）", StringComparison.Ordinal) is >= 0 and var nine && nine < text.IndexOf("（总第102期）", StringComparison.Ordinal), text);
        Assert.False(Directory.Exists(Path.Join(w.Root, "dist", "2023")));
    }

    [Fact]
    public void The_catalogue_is_a_table_of_number_date_title_lines_and_recipients()
    {
        using var w = new Workspace();
        var brief = Path.Join(w.Content, "2023", "001.md");
        Assert.Equal(0, Workspace.Brief("publish", brief).Exit);
        var front = BriefBuilder.Source.BriefReader.ReadFrontMatter(brief);
        Assert.True(front.TitleLines.Count == 2, "the seed's title is two lines");

        var (exit, stdout, stderr) = BriefBuilder.Tests.Support.Tools.Run("pandoc", ["-f", "docx", "-t", "json", Path.Join(w.Root, "dist", "2023", "领军参阅专报 2023年目录.docx")]);
        Assert.True(exit == 0, stderr);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var table = json.RootElement.GetProperty("blocks").EnumerateArray().Single(b => b.GetProperty("t").GetString() == "Table");
        // The header says 本期专报 as the brief does; each row holds one brief, its title on its own lines (no space joining them).
        Assert.Equal(["期号", "日期", "标题", "本期专报"], table.GetProperty("c")[3][1][0][1].EnumerateArray().Select(Cell));
        var row = Assert.Single(table.GetProperty("c")[4][0][3].EnumerateArray());
        Assert.Equal(["第1期\n（总第52期）", "2023年2月1日", string.Join("\n", front.TitleLines), string.Join("\n", front.Recipients)],
            row[1].EnumerateArray().Select(Cell));
        Assert.Contains("<w:tblHeader />", new StreamReader(System.IO.Compression.ZipFile.OpenRead(Path.Join(w.Root, "dist", "2023", "领军参阅专报 2023年目录.docx")).GetEntry("word/document.xml")!.Open()).ReadToEnd());
    }

    /// <summary>A pandoc cell's text, a line break as \n.</summary>
    static string Cell(System.Text.Json.JsonElement cell) => string.Concat(cell[4].EnumerateArray().SelectMany(b => b.GetProperty("c").EnumerateArray())
        .Select(i => i.GetProperty("t").GetString() switch { "Str" => i.GetProperty("c").GetString(), "LineBreak" => "\n", _ => " " }));

    [Fact]
    public void A_published_name_without_the_total_is_an_error_at_its_line()
    {
        using var w = new Workspace();
        w.Edit(Path.Join("..", "content", "series.yaml"), text => text.Replace("（总第{total}期）", ""));
        var result = Workspace.Brief("publish", Path.Join(w.Content, "2024", "020.md"));
        Assert.Equal(1, result.Exit);
        Assert.Matches(@"series\.yaml:\d+: .*\{total\}", result.Stderr);
        Assert.False(Directory.Exists(Path.Join(w.Root, "dist")));
    }

    /// <summary>Every file of dist/ and the record, with bytes and write time.</summary>
    static Dictionary<string, (string, DateTime)> Snapshot(Workspace w) =>
        Directory.EnumerateFiles(Path.Join(w.Root, "dist"), "*", SearchOption.AllDirectories).Append(Path.Join(w.Content, "published.yaml"))
            .ToDictionary(f => Path.GetRelativePath(w.Root, f), f => (Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), File.GetLastWriteTimeUtc(f)));

    static (int, string) Run(string folder, string tool, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(tool, args) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = System.Diagnostics.Process.Start(start)!;
        var output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output);
    }
}

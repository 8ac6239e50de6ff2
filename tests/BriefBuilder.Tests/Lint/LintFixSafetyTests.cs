using System.Text;
using BriefBuilder.Tests.Building;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Lint;

/// <summary>
/// <c>brief lint --fix</c> on real files (issue 17): it writes through a link, keeps mode, owner,
/// line ends and byte-order mark, refuses what is read-only, and reports what it already changed
/// before a failure. Each test checks the file's bytes and mode, or the message with the file.
/// </summary>
public sealed class LintFixSafetyTests : IDisposable
{
    private readonly Workspace _ws = new();
    public void Dispose()
    {
        foreach (var dir in Directory.EnumerateDirectories(_ws.Root, "*", SearchOption.AllDirectories))
            File.SetUnixFileMode(dir, (UnixFileMode)0b111_101_101);
        _ws.Dispose();
    }

    private const string Broken = "苏州,是全球制造业基地.";
    private const string Mended = "苏州，是全球制造业基地。";

    private static string Brief(string body, string nl = "\n") =>
        string.Join(nl, "---", "issue: 21", "total: 103", "date: 2024-06-17", "recipients: [刘小涛书记]", "title: 苏州打造产业创新集群的思考", "---", "", body, "");

    private string Write(string relative, string text, byte[]? prefix = null) =>
        _ws.Write(relative, [.. prefix ?? [], .. Encoding.UTF8.GetBytes(text)]);

    [Fact]
    public void A_linked_brief_stays_a_link_and_its_target_is_fixed()
    {
        var target = Write("drafts/real.md", Brief(Broken));
        var link = Path.Join(_ws.Root, "briefs", "021.md");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, "../drafts/real.md");

        var result = Workspace.Brief("lint", "--fix", link);

        Assert.Equal(0, result.Exit);
        Assert.Equal("../drafts/real.md", new FileInfo(link).LinkTarget);
        Assert.Equal(Brief(Mended), File.ReadAllText(target));
    }

    [Fact]
    public void Fix_keeps_the_mode_and_the_owner()
    {
        var path = Write("content/2024/021.md", Brief(Broken));
        File.SetUnixFileMode(path, (UnixFileMode)0b110_100_000); // 0640
        Assert.Equal(0, Tools.Run("chown", ["1234:2345", path]).Exit);

        Assert.Equal(0, Workspace.Brief("lint", "--fix", path).Exit);

        Assert.Equal(Brief(Mended), File.ReadAllText(path));
        Assert.Equal((UnixFileMode)0b110_100_000, File.GetUnixFileMode(path));
        Assert.Equal("1234:2345", Tools.Run("stat", ["-c", "%u:%g", path]).Stdout.Trim());
    }

    [Fact]
    public void A_read_only_brief_is_refused_and_left_byte_for_byte()
    {
        var path = Write("content/2024/021.md", Brief(Broken));
        File.SetUnixFileMode(path, (UnixFileMode)0b100_100_100); // 0444
        var before = File.ReadAllBytes(path);

        var result = Workspace.Brief("lint", "--fix", path);

        Assert.Equal(1, result.Exit);
        Assert.Contains($"{path}: error: it is read-only (mode 0444); nothing was written: make it writable (chmod u+w) for brief to change it\n", result.Stderr);
        Assert.DoesNotContain("fixed[", result.Stdout);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal((UnixFileMode)0b100_100_100, File.GetUnixFileMode(path));
    }

    [Fact]
    public void A_CRLF_brief_with_a_byte_order_mark_keeps_both()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        var path = Write("content/2024/021.md", Brief(Broken, "\r\n"), bom);

        Assert.Equal(0, Workspace.Brief("lint", "--fix", path).Exit);

        Assert.Equal([.. bom, .. Encoding.UTF8.GetBytes(Brief(Mended, "\r\n"))], File.ReadAllBytes(path));
    }

    [Fact]
    public void A_brief_in_a_read_only_folder_is_refused_after_the_others_are_fixed_and_reported()
    {
        var first = Write("content/a/021.md", Brief(Broken));
        var second = Write("content/b/022.md", Brief(Broken));
        File.SetUnixFileMode(Path.GetDirectoryName(second)!, (UnixFileMode)0b101_101_101); // 0555
        var before = File.ReadAllBytes(second);

        var result = Workspace.Brief("lint", "--fix", first, second);

        Assert.Equal(1, result.Exit);
        Assert.Contains($"{first}:9: fixed[punct-halfwidth]: half-width ',' in Chinese text → ，\n", result.Stdout);
        Assert.Equal(Brief(Mended), File.ReadAllText(first));
        Assert.Contains($"{second}: error: its folder {Path.GetDirectoryName(second)} is read-only; nothing was written", result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr);
        Assert.Equal(before, File.ReadAllBytes(second));
    }

    [Fact]
    public void A_title_written_as_a_YAML_list_lints_clean_and_fix_leaves_it()
    {
        var text = Brief("正文。").Replace("title: 苏州打造产业创新集群的思考", "title: [践行“四敢”精神, 全力打造产业创新集群]");
        var path = Write("content/2024/021.md", text);

        var result = Workspace.Brief("lint", "--fix", path);

        Assert.True(result.Exit == 0, result.Stdout);
        Assert.EndsWith("lint: 0 errors, 0 warnings\n", result.Stdout);
        Assert.Equal(text, File.ReadAllText(path));
    }

    [Fact]
    public void A_quote_escaped_in_YAML_is_reported_at_its_line_and_fix_explains_instead_of_breaking_the_YAML()
    {
        var text = Brief("正文。").Replace("title: 苏州打造产业创新集群的思考", "title: \"深圳探索\\\"生态融合型共享创新\\\"新模式\"");
        var path = Write("content/2024/021.md", text);

        var result = Workspace.Brief("lint", "--fix", path);

        Assert.Equal(1, result.Exit);
        Assert.Contains($"{path}:6: error[punct-halfwidth]: half-width '\"' in Chinese text", result.Stdout);
        Assert.Contains("--fix leaves this one to you: the value is quoted or spans lines in the YAML", result.Stdout);
        Assert.Equal(text, File.ReadAllText(path));
    }

    [Fact]
    public void Fix_on_a_plain_title_edits_only_the_value()
    {
        var path = Write("content/2024/021.md", Brief("正文。").Replace("title: 苏州打造产业创新集群的思考", "title: 苏州,打造产业创新集群 # 注"));

        Assert.Equal(0, Workspace.Brief("lint", "--fix", path).Exit);

        Assert.Contains("\ntitle: 苏州，打造产业创新集群 # 注\n", File.ReadAllText(path));
    }
}

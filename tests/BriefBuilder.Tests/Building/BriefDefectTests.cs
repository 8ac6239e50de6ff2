using System.IO.Compression;
using System.Text;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// Regression tests of issue 11 on what a brief may hold, driving <c>brief build</c> in-process:
/// each mistake is blamed on the brief's own line, and nothing is merged or dropped in silence.
/// </summary>
public sealed class BriefDefectTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private const string Body = "近年来，苏州以创新集群建设为抓手。";

    /// <summary>第21期, continuing the seeds. Keys on lines 2–8; the body starts on line 11.</summary>
    private static string Brief(string body, string title = "title: 苏州打造产业创新集群的思考") => $"""
        ---
        issue: 21
        total: 103
        date: 2024-06-17
        recipients: [刘小涛书记, 王颺秘书长]
        {title}
        editor: 柴永鹏
        phone: "18896954159"
        ---

        {body}

        """;

    private string Build(string text, out int exit)
    {
        var path = _ws.Write("content/2024/021.md", Encoding.UTF8.GetBytes(text));
        var result = Workspace.Brief("build", path, "-o", _ws.Out);
        exit = result.Exit;
        return result.Stderr.Trim();
    }

    private static string At(string relative, int line) =>
        $"{Path.GetRelativePath(Environment.CurrentDirectory, relative)}:{line}: error: ";

    private string Brief021 => Path.Join(_ws.Content, "2024", "021.md");

    public static TheoryData<string, string, int, string> Refused => new()
    {
        { "a tab in the YAML", Brief(Body).Replace("recipients: [刘小涛书记, 王颺秘书长]", "recipients:\n\t- 刘小涛书记"), 6, "a tab character: YAML indents and separates with spaces only; replace the tab with spaces" },
        { "a control character in the body", Brief(Body + "\n\n第二段\u0001文字。"), 13, "the control character U+0001 cannot be printed (it is invisible in most editors); delete it" },
        { "a C1 control character", Brief(Body + "\u0085"), 11, "the control character U+0085 cannot be printed" },
        { "a footnote", Brief(Body + "[^1]\n\n[^1]: 注释的文字。"), 11, "a footnote cannot be printed in a brief; write it as plain text" },
        { "a footnote alone", Brief(Body + "\n\n[^1]: 注释的文字。"), 13, "a footnote cannot be printed in a brief; put what it says into the text" },
        { "a hard break of two spaces", Brief("第一行  \n第二行。"), 11, "a hard line break (two spaces or a backslash at the end of the line) cannot be set in a brief" },
        { "a hard break of a backslash", Brief("第一行\\\n第二行。"), 11, "a hard line break" },
    };

    // Defect 11: these were blamed on line 2 or on the template, called a link, or merged in silence.
    [Theory]
    [MemberData(nameof(Refused))]
    public void A_mistake_in_a_brief_is_blamed_on_its_own_line(string why, string text, int line, string message)
    {
        var error = Build(text, out var exit);

        Assert.True(exit == 1, $"{why}: exit {exit}");
        Assert.StartsWith(At(Brief021, line) + message, error);
        Assert.False(File.Exists(Path.Join(_ws.Out, "2024", "021.pdf")));
    }

    // Defect 11: a tab in the body failed with "no font has U+0009". It is white space: a space, in both writers.
    [Fact]
    public void A_tab_in_the_body_is_set_as_a_space_in_both_writers()
    {
        var error = Build(Brief("苏州创新集群ABC\tDEF。"), out var exit);

        Assert.True(exit == 0, error);
        using var docx = ZipFile.OpenRead(Path.Join(_ws.Out, "2024", "021.docx"));
        var xml = new StreamReader(docx.GetEntry("word/document.xml")!.Open()).ReadToEnd();
        Assert.Contains("苏州创新集群ABC DEF。", xml);
        Assert.DoesNotContain("\t", xml);
        var (_, pdf) = Pdf.PdfTools.Run("pdftotext", "-raw", "-enc", "UTF-8", Path.Join(_ws.Out, "2024", "021.pdf"), "-");
        Assert.Contains("ABC DEF", pdf);
    }
}

using System.Text;
using System.Text.Json;
using BriefBuilder.Tests.Pdf;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// A brief written with the house's emphasis idioms (**一是……。** before more text, **“…”**,
/// *…*, __…__ and _…_ between Chinese characters, an escaped \*) builds: the PDF prints no
/// Markdown mark, and pandoc reads bold and italic runs in the DOCX for exactly those words.
/// </summary>
public sealed class ChineseEmphasisTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private const string Brief = """
        ---
        issue: 21
        total: 103
        date: 2024-06-17
        recipients: [刘小涛书记, 王颺秘书长]
        title: 苏州打造产业创新集群的思考
        editor: 柴永鹏
        phone: "18896954159"
        ---

        **一是聚焦“数字经济”这个时代背景。**抢占发展先机，推动产业链创新链深度融合。

        **二是集聚高端人才。**避免**“大而全”**“撒胡椒面”，重点在于*协同创新。*而非单打独斗。

        三是开放共享，中文__加粗__中文，中文_斜体_中文，乘号不写作\*。
        """;

    private static readonly string[] Bold = ["一是聚焦“数字经济”这个时代背景。", "二是集聚高端人才。", "“大而全”", "加粗"];
    private static readonly string[] Italic = ["协同创新。", "斜体"];

    [Fact]
    public void Each_idiom_prints_without_marks_and_is_bold_or_italic_in_the_docx()
    {
        var source = _ws.Write("content/2024/021.md", Encoding.UTF8.GetBytes(Brief));
        var result = Workspace.Brief("build", source, "-o", _ws.Out);
        Assert.True(result.Exit == 0, result.Stderr);

        var text = SeedBriefs.Squeeze(string.Concat(PdfTools.PageTexts(_ws.Output("2024/021.pdf"))));
        Assert.DoesNotContain("_", text);
        Assert.Equal(1, text.Count(c => c == '*')); // the escaped one, which is meant
        Assert.Contains("乘号不写作*。", text);
        foreach (var words in Bold.Concat(Italic)) Assert.Contains(words, text);

        var (exit, json, stderr) = Tools.Run("pandoc", ["-f", "docx", "-t", "json", _ws.Output("2024/021.docx")]);
        Assert.True(exit == 0, stderr);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(Bold, Runs(document.RootElement, "Strong"));
        Assert.Equal(Italic, Runs(document.RootElement, "Emph"));
    }

    /// <summary>The text of every pandoc inline of type <paramref name="type"/>, in reading order.</summary>
    private static List<string> Runs(JsonElement element, string type)
    {
        var runs = new List<string>();
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("t", out var t) && t.GetString() == type)
                runs.Add(Text(e.GetProperty("c")));
            else if (e.ValueKind == JsonValueKind.Object)
                foreach (var p in e.EnumerateObject()) Walk(p.Value);
            else if (e.ValueKind == JsonValueKind.Array)
                foreach (var item in e.EnumerateArray()) Walk(item);
        }
        Walk(element);
        return runs;
    }

    private static string Text(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object when e.GetProperty("t").GetString() == "Str" => e.GetProperty("c").GetString()!,
        JsonValueKind.Object when e.GetProperty("t").GetString() == "Quoted" => "“" + Text(e.GetProperty("c")[1]) + "”",
        JsonValueKind.Object when e.TryGetProperty("c", out var c) => Text(c),
        JsonValueKind.Array => string.Concat(e.EnumerateArray().Select(Text)),
        _ => "",
    };
}

using System.Text.RegularExpressions;
using BriefBuilder.Model;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Docx;

/// <summary>
/// A LayoutDocument shaped like the template's output for brief 2024/020 (第20期（总第102期）),
/// built by hand so that DOCX tests do not depend on the template: front matter written out
/// clean, body paragraphs and 一、 headings taken from that brief's printed text
/// (seeds/001_….txt, the second of the three seeds).
/// </summary>
internal static partial class SampleBrief
{
    public static LayoutDocument Brief2024020()
    {
        var file = Repo.Path("seeds", "001_3ebe798679114ebd.txt");
        var lines = File.ReadAllLines(file).Where(l => l.Trim().Length > 0).ToList();
        // Seed lines: recipients, masthead, number, date, publisher, tagline, title, body…, two closing lines.
        var body = lines.Skip(7).TakeWhile(l => !l.StartsWith("责任编辑")).ToList();

        SourceRef At(int line) => new(file, line);
        LayoutParagraph P(string style, params LayoutRun[] runs) => new(style, runs, At(1));
        LayoutRun[] R(string text) => [new(text)];

        var flow = new List<LayoutBlock>
        {
            P("recipients", new LayoutRun("本期专报：刘小涛书记、王颺秘书长")),
            P("masthead", new LayoutRun("领军参阅"), new LayoutRun("专报", Style: "edition")),
            P("number", new LayoutRun("第20期（总第102期）")),
            new LayoutRow("dateline", R("2024年6月3日"), R("苏州太湖书院 苏州太湖智库主办"), [new LayoutRun("市管重点新型智库", Style: "tagline")], At(1)),
            new LayoutRule("masthead", At(1)),
            P("title", new LayoutRun("深圳探索“生态融合型共享创新”新模式")),
        };
        foreach (var line in body)
        {
            var text = line.Trim().Replace("**", "");
            if (HeadingOne().IsMatch(text)) flow.Add(P("heading1", new LayoutRun(text)));
            else if (text.StartsWith("深圳实践证明"))
                // Emphasis must survive: a bold lead-in, an italic phrase.
                flow.Add(P("body", new LayoutRun("深圳实践证明", Bold: true), new LayoutRun("，面向未来", Italic: true), new LayoutRun(text["深圳实践证明，面向未来".Length..])));
            else flow.Add(P("body", new LayoutRun(text)));
        }

        var closing = new List<LayoutBlock>
        {
            new LayoutRule("closing-outer", At(1)),
            new LayoutRow("closing", R("责任编辑：柴永鹏"), [], R("联系电话：18896954159 65519639（传真）"), At(1)),
            new LayoutRule("closing-inner", At(1)),
            new LayoutRow("closing", R("地址：苏州市吴中区胥口镇灵山路609号"), [], R("共印：30 份"), At(1)),
            new LayoutRule("closing-outer", At(1)),
        };
        var info = new DocumentInfo("深圳探索“生态融合型共享创新”新模式", "柴永鹏", "第20期（总第102期）", new DateOnly(2024, 6, 3));
        return new LayoutDocument(info, flow, closing);
    }

    /// <summary>The text a reader sees for each block, in reading order: rows read left to right, rules have none.</summary>
    public static IEnumerable<string> Texts(IEnumerable<LayoutBlock> blocks) => blocks.Select(b => b switch
    {
        LayoutParagraph p => p.Text,
        LayoutRow r => string.Concat(r.Runs.Select(x => x.Text)),
        _ => "",
    });

    [GeneratedRegex("^[一二三四五六七八九十]+、")]
    private static partial Regex HeadingOne();
}

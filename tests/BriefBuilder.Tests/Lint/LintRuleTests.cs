using BriefBuilder.Lint;
using BriefBuilder.Model;

namespace BriefBuilder.Tests.Lint;

/// <summary>Each rule finds its mistake on the right line and, where it may, fixes exactly that.</summary>
public class LintRuleTests
{
    /// <summary>Front matter on lines 1–7 (title on 6), a first paragraph on line 9, <paramref name="body"/> from line 11.</summary>
    public static string Brief(string body, string title = "苏州打造产业创新集群的思考") =>
        $"---\nissue: 1\ntotal: 1\ndate: 2024-01-01\nrecipients: [甲]\ntitle: {title}\n---\n\n近年来，苏州加快发展。\n\n{body}\n";

    public static TheoryData<string, string, int, string> Fixable => new()
    {
        { "punct-halfwidth", "苏州,是全球制造业基地之一.", 11, "苏州，是全球制造业基地之一。" },
        { "punct-halfwidth", "由亨通光电(中国民企100强)牵头;成效如何?", 11, "由亨通光电（中国民企100强）牵头；成效如何？" },
        { "punct-halfwidth", "面临被\"卡脖子\"的风险,必须突破:", 11, "面临被“卡脖子”的风险，必须突破：" },
        { "punct-halfwidth", "强调'开放'!", 11, "强调‘开放’！" },
        { "punct-doubled", "加快发展。。推动融合，，形成合力", 11, "加快发展。推动融合，形成合力" },
        { "ellipsis", "包括电子信息、装备制造...\n\n以及生物医药。。。和先进材料…", 11, "包括电子信息、装备制造……\n\n以及生物医药……和先进材料……" },
        { "dash", "创新集群--苏州的答案", 11, "创新集群——苏州的答案" },
        { "space-cjk", "苏州 是全球最大的制造业基地之一， 跨国企业高度集聚", 11, "苏州是全球最大的制造业基地之一，跨国企业高度集聚" },
        { "digit-fullwidth", "增长４．１%，达到２０２２年水平", 11, "增长4．1%，达到2022年水平" },
    };

    [Theory]
    [MemberData(nameof(Fixable))]
    public void A_fixable_mistake_is_found_on_its_line_and_fixed(string code, string body, int line, string fixedBody)
    {
        var text = Brief(body);

        var finding = Assert.Single(Linter.Check(text, "t.md").Where(f => f.Diagnostic.Code == code).Take(1));
        Assert.Equal((line, Severity.Error), (finding.Diagnostic.Line, finding.Diagnostic.Severity));
        Assert.NotNull(finding.Fix);

        var (fixedText, applied, _) = Linter.Fix(text, "t.md");
        Assert.Equal(Brief(fixedBody), fixedText);
        Assert.All(applied, f => Assert.Equal(code, f.Diagnostic.Code));
        Assert.Empty(Linter.Check(fixedText, "t.md"));
    }

    public static TheoryData<string, string, int, Severity> Reported => new()
    {
        { "unpaired-quote", "他强调“要加快发展。\n\n另起一段。", 11, Severity.Error },
        { "unpaired-quote", "他强调‘要加快’发展’。", 11, Severity.Error },
        { "unpaired-bracket", "见《苏州市产业创新集群\n发展规划。", 11, Severity.Error },
        { "unpaired-bracket", "以香港中文大学深圳）为例", 11, Severity.Error },
        { "punct-halfwidth", "他说\"要加快发展。", 11, Severity.Error },
        { "dash-single", "创新型中小企业—专精特新中小企业", 11, Severity.Warning },
        { "year-two-digit", "苏州于23年5月召开大会", 11, Severity.Warning },
        { "range-hyphen", "2023-2024年，苏州加快发展", 11, Severity.Warning },
        { "number-mixed", "苏州打造四大产业创新集群。\n\n围绕制氢、储氢等4大环节布局。", 13, Severity.Warning },
        { "heading-sequence", "# 一、科学平台\n\n正文。\n\n# 三、人才", 15, Severity.Error },
        { "heading-sequence", "# 一、科学平台\n\n## （一）装置\n\n# 二、人才\n\n## （二）团队", 17, Severity.Error },
        { "heading-sequence", "# 一、科学平台\n\n## （一）装置\n\n### 1.光源\n\n## （二）团队\n\n### 2.引进", 19, Severity.Error },
        { "heading-sequence", "# 一、科学平台\n\n# 一、人才", 13, Severity.Error },
        { "heading-level", "# 一、科学平台\n\n# （一）装置", 13, Severity.Warning },
        { "enum-sequence", "一是加快建设平台。\n\n——应该看到，差距明显。\n\n二是集聚人才。\n\n四是开放共享。", 17, Severity.Error },
        { "enum-sequence", "体现在：第一，平台；第三，人才。", 11, Severity.Error },
        { "enum-sequence", "二是集聚人才。", 11, Severity.Error },
    };

    [Theory]
    [MemberData(nameof(Reported))]
    public void A_mistake_only_the_editor_can_mend_is_reported_on_its_line_and_left(string code, string body, int line, Severity severity)
    {
        var text = Brief(body);

        var finding = Assert.Single(Linter.Check(text, "t.md"), f => f.Diagnostic.Code == code);
        Assert.Equal((line, severity), (finding.Diagnostic.Line, finding.Diagnostic.Severity));
        Assert.Null(finding.Fix);
        Assert.Equal(text, Linter.Fix(text, "t.md").Text);
    }

    [Fact]
    public void The_title_is_linted_on_its_line_but_keeps_its_parting_space()
    {
        var text = Brief("正文。", title: "践行“四敢”精神 全力打造产业创新集群,深圳的启示");

        var finding = Assert.Single(Linter.Check(text, "t.md"));
        Assert.Equal((6, "punct-halfwidth"), (finding.Diagnostic.Line, finding.Diagnostic.Code));
        Assert.Contains("title: 践行“四敢”精神 全力打造产业创新集群，深圳的启示\n", Linter.Fix(text, "t.md").Text);
    }

    [Fact]
    public void The_quotes_of_a_quoted_yaml_title_are_yaml_not_text() =>
        Assert.Empty(Linter.Check(Brief("正文。", title: "\"深圳的启示 苏州的选择\""), "t.md"));

    [Theory]
    [InlineData("一是加快建设平台。二是集聚人才；三是开放共享。")]
    [InlineData("统一是前提。全国第二，位居前列。")]
    [InlineData("# 一、平台\n\n一是装置。\n\n# 二、人才\n\n一是团队。")]
    [InlineData("苏州的GDP增长4.1%，达到2.4万亿元。Open Source, AI.")]
    [InlineData("电话：0512-68001234，日期2024-06-03。")]
    [InlineData("共享“研产一体”——深圳的‘开放’（见《规划》【附】）。")]
    public void Correct_text_has_no_findings(string body) =>
        Assert.Empty(Linter.Check(Brief(body), "t.md"));
}

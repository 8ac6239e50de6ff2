using BriefBuilder.Lint;

namespace BriefBuilder.Tests.Lint;

/// <summary>
/// Every finding a text gives, whole: line, severity, code, message, hint and the fix's edit
/// (line:column+length and the text written). The rule tests look for the one finding they
/// expect; these fail as well on a finding too many or missing, a changed message or hint, a fix
/// at the wrong column, and they sit on the edges of each rule's conditions: what counts as
/// Chinese text beside a mark, where a run of points restarts, paragraphs over several lines,
/// the brief's shallowest heading level.
/// </summary>
public class LintFindingTests
{
    const string PointsHint = "the points count 一、二、三 without gaps or repeats";
    const string HeadingsHint = "numbers run without gaps or repeats and start again under each higher heading";
    const string FullWidthHint = "Chinese text takes full-width marks (GB/T 15834-2011); brief lint --fix does it";

    static string Range(string range) =>
        $"11 Warning range-hyphen: a range joined by a hyphen: '{range}' | join the ends with '—' or '～', like {range.Replace('-', '—')} (GB/T 15834-2011 4.13); a hyphen joins parts of a name";

    /// <summary>The findings of a brief with <paramref name="body"/> from line 11 (and the title on line 6), one line each.</summary>
    internal static string[] Findings(string body, string? title = null) =>
        TextFindings(title is null ? LintRuleTests.Brief(body) : LintRuleTests.Brief(body, title));

    /// <summary>The findings of the whole text of a brief, one line each.</summary>
    internal static string[] TextFindings(string text) =>
        Linter.Check(text, "t.md").Select(f =>
        {
            var d = f.Diagnostic;
            Assert.Equal("t.md", d.File);
            return $"{d.Line} {d.Severity} {d.Code}: {d.Message} | {d.Hint}{(f.Fix is { } e ? $" | fix {e.Line}:{e.Column}+{e.Length} '{e.Text}'" : "")}";
        }).ToArray();

    public static TheoryData<string, string?, string[]> Enumeration => new()
    {
        // heading restarts shi
        { "一是平台。二是人才。\n\n# 一、人才\n\n二是团队。", null, [
            "15 Error enum-sequence: 二是 with no 一是 before it in this section | expected 一是: " + PointsHint,
        ] },
        // heading restarts di
        { "第一，平台；第二，人才。\n\n# 一、人才\n\n第三，团队。", null, [
            "15 Error enum-sequence: 第三 with no 第一 before it in this section | expected 第一: " + PointsHint,
        ] },
        // heading restart clean
        { "一是平台。二是人才。\n\n# 一、人才\n\n一是团队。二是资金。", null, [] },
        // multi-line
        { "一是平台，\n二是人才，\n四是开放。", null, [
            "13 Error enum-sequence: 四是 follows 二是 | expected 三是: " + PointsHint,
        ] },
        // kinds apart
        { "一是平台；第一，装置；二是人才；第二，团队。", null, [] },
        // eleven
        { "一是平台。十一是人才。", null, [
            "11 Error enum-sequence: 十一是 follows 一是 | expected 二是: " + PointsHint,
        ] },
        // repeat
        { "一是平台。二是人才。二是资金。", null, [
            "11 Error enum-sequence: 二是 follows 二是 | expected 三是: " + PointsHint,
        ] },
        // di wrong
        { "第一，平台；第三，人才。", null, [
            "11 Error enum-sequence: 第三 follows 第一 | expected 第二: " + PointsHint,
        ] },
        // every numeral, in order
        { "一是甲。二是乙。三是丙。四是丁。五是戊。六是己。七是庚。八是辛。九是壬。十是癸。十一是子。", null, [] },
        { "第一，甲；第二，乙；第三，丙；第四，丁；第五，戊；第六，己；第七，庚；第八，辛；第九，壬；第十，癸；第十一，子。", null, [] },
    };

    public static TheoryData<string, string?, string[]> Headings => new()
    {
        // shallowest two
        { "## 一、平台\n\n### （一）装置\n\n## 二、人才", null, [] },
        // level warning
        { "# 一、科学平台\n\n# （一）装置", null, [
            "13 Warning heading-level: （一） is a level-2 number under #, a level-1 mark | write ## before it; the build sets it at level 2 either way",
        ] },
        // level warning deep
        { "## 一、平台\n\n#### （一）装置", null, [
            "13 Warning heading-level: （一） is a level-2 number under ####, a level-3 mark | write ### before it; the build sets it at level 2 either way",
        ] },
        // first is two
        { "# 二、平台", null, [
            "11 Error heading-sequence: the first heading of its level here is 二、 | expected 一、: " + HeadingsHint,
        ] },
        // gap
        { "# 一、平台\n\n# 三、人才", null, [
            "13 Error heading-sequence: 三、 follows 一、 | expected 二、: " + HeadingsHint,
        ] },
        // restart under new parent
        { "# 一、A\n\n## （一）a\n\n## （二）b\n\n# 二、B\n\n## （一）c\n\n### 1.x\n\n#### （1）p\n\n### 2.y\n\n#### （1）q", null, [] },
        // quoted heading
        { "## 一、平台\n\n> ### （一）引文", null, [] },
    };

    public static TheoryData<string, string?, string[]> Spacing => new()
    {
        // GDP
        { "苏州的GDP 增长4.1%，比 2023年高。", null, [] },
        // two spaces
        { "苏州  是制造业基地", null, [
            "11 Error space-cjk: a space between '州' and '是' | Chinese text takes no spaces; brief lint --fix removes it | fix 11:2+2 ''",
        ] },
        // ideographic start
        { "\u3000\u3000近年来，苏州加快发展。", null, [
            "11 Error space-odd: a U+3000 (ideographic space) at the start of the text | the house indents paragraphs itself; pasted from Word, 「　　」 would print as a wider indent; brief lint --fix removes it | fix 11:0+2 ''",
        ] },
        // nbsp latin
        { "Open\u00A0Source", null, [
            "11 Error space-odd: a U+00A0 (no-break space), which prints as a gap of its own width | write a plain space; brief lint --fix does it | fix 11:4+1 ' '",
        ] },
        // nbsp chinese
        { "苏州\u00A0是", null, [
            "11 Error space-cjk: a U+00A0 (no-break space) between '州' and '是' | Chinese text takes no spaces; brief lint --fix removes it | fix 11:2+1 ''",
        ] },
        // ideographic end
        { "苏州是基地\u3000", null, [
            "11 Error space-odd: a U+3000 (ideographic space) at the end of the text | the house indents paragraphs itself; pasted from Word, 「　　」 would print as a wider indent; brief lint --fix removes it | fix 11:5+1 ''",
        ] },
        // a tab is a plain space
        { "Open\tSource", null, [] },
        { "苏州\t是", null, ["11 Error space-cjk: a space between '州' and '是' | Chinese text takes no spaces; brief lint --fix removes it | fix 11:2+1 ''"] },
    };

    public static TheoryData<string, string?, string[]> HalfWidth => new()
    {
        // apostrophes
        { "他引用：it's 苏州's moment。", null, [] },
        // straight double latin inside
        { "他说\"OK\"。", null, [
            "11 Error punct-halfwidth: half-width '\"' in Chinese text | write '“': " + FullWidthHint + " | fix 11:2+1 '“'",
            "11 Error punct-halfwidth: half-width '\"' in Chinese text | write '”': " + FullWidthHint + " | fix 11:5+1 '”'",
        ] },
        // brackets before
        { "推动人工智能(AI)", null, [
            "11 Error punct-halfwidth: half-width '(' in Chinese text | write '（': " + FullWidthHint + " | fix 11:6+1 '（'",
            "11 Error punct-halfwidth: half-width ')' in Chinese text | write '）': " + FullWidthHint + " | fix 11:9+1 '）'",
        ] },
        // brackets after
        { "(AI)赋能千行百业。", null, [
            "11 Error punct-halfwidth: half-width '(' in Chinese text | write '（': " + FullWidthHint + " | fix 11:0+1 '（'",
            "11 Error punct-halfwidth: half-width ')' in Chinese text | write '）': " + FullWidthHint + " | fix 11:3+1 '）'",
        ] },
        // brackets inside
        { "see Report (中国版) 2024 here", null, [
            "11 Error punct-halfwidth: half-width '(' in Chinese text | write '（': " + FullWidthHint + " | fix 11:11+1 '（'",
            "11 Error punct-halfwidth: half-width ')' in Chinese text | write '）': " + FullWidthHint + " | fix 11:15+1 '）'",
        ] },
        // brackets latin
        { "see (AI) here, ok.", null, [] },
        // odd quotes
        { "他说\"要加快\"发展\"。", null, [
            "11 Error punct-halfwidth: half-width quote \" in Chinese text, and its line holds an odd number of them | write “…” by hand: which quote opens cannot be told",
            "11 Error punct-halfwidth: half-width quote \" in Chinese text, and its line holds an odd number of them | write “…” by hand: which quote opens cannot be told",
            "11 Error punct-halfwidth: half-width quote \" in Chinese text, and its line holds an odd number of them | write “…” by hand: which quote opens cannot be told",
        ] },
        // odd quote one chinese
        { "he said \"ok\" 他\"好", null, [
            "11 Error punct-halfwidth: half-width quote \" in Chinese text, and its line holds an odd number of them | write “…” by hand: which quote opens cannot be told",
        ] },
        // run left
        { "真的吗?!", null, [
            "11 Error punct-halfwidth: half-width '!' in Chinese text | write '！': " + FullWidthHint + " | fix 11:4+1 '！'",
            "11 Error punct-halfwidth: half-width '?' in Chinese text | write '？': " + FullWidthHint + " | fix 11:3+1 '？'",
        ] },
        // run right
        { "OK?!好的", null, [
            "11 Error punct-halfwidth: half-width '!' in Chinese text | write '！': " + FullWidthHint + " | fix 11:3+1 '！'",
            "11 Error punct-halfwidth: half-width '?' in Chinese text | write '？': " + FullWidthHint + " | fix 11:2+1 '？'",
        ] },
        // run latin
        { "OK?! fine", null, [] },
        // full stop
        { "发展.下一步", null, [
            "11 Error punct-halfwidth: half-width '.' in Chinese text | write '。': " + FullWidthHint + " | fix 11:2+1 '。'",
        ] },
        // full stop space
        { "发展. Next", null, [
            "11 Error punct-halfwidth: half-width '.' in Chinese text | write '。': " + FullWidthHint + " | fix 11:2+1 '。'",
        ] },
        // full stop latin
        { "发展.Next", null, [] },
        // full stop end
        { "全年增长.", null, [
            "11 Error punct-halfwidth: half-width '.' in Chinese text | write '。': " + FullWidthHint + " | fix 11:4+1 '。'",
        ] },
        // decimal
        { "增长4.1%", null, [] },
        // the text's columns: after a heading's marks and a quote's >, through emphasis marks
        { "# 一、平台,发展", null, [
            "11 Error punct-halfwidth: half-width ',' in Chinese text | write '，': " + FullWidthHint + " | fix 11:6+1 '，'",
        ] },
        { "> 引文,内容", null, [
            "11 Error punct-halfwidth: half-width ',' in Chinese text | write '，': " + FullWidthHint + " | fix 11:4+1 '，'",
        ] },
        { "**苏州**,是基地", null, [
            "11 Error punct-halfwidth: half-width ',' in Chinese text | write '，': " + FullWidthHint + " | fix 11:6+1 '，'",
        ] },
        { "OK,**好**", null, [
            "11 Error punct-halfwidth: half-width ',' in Chinese text | write '，': " + FullWidthHint + " | fix 11:2+1 '，'",
        ] },
    };

    public static TheoryData<string, string?, string[]> FrontMatter => new()
    {
        // quoted title
        { "正文。", "\"深圳的启示,苏州的选择\"", [
            "6 Error punct-halfwidth: half-width ',' in Chinese text | write '，': " + FullWidthHint + "; --fix leaves this one to you: the value is quoted or spans lines in the YAML, so change it there by hand",
        ] },
        // title subtitle units
        { "正文。", "他说“开放\nsubtitle: 共享”", [
            "6 Error unpaired-quote: '“' is never closed in this paragraph | add the closing '”' where the quotation or aside ends",
            "7 Error unpaired-quote: '”' closes nothing: no '“' before it in this paragraph | add the opening '“' where the quotation or aside starts, or drop this '”'",
        ] },
    };

    public static TheoryData<string, string?, string[]> Pairing => new()
    {
        // across paragraphs
        { "他说“开放。\n\n共享”。", null, [
            "11 Error unpaired-quote: '“' is never closed in this paragraph | add the closing '”' where the quotation or aside ends",
            "13 Error unpaired-quote: '”' closes nothing: no '“' before it in this paragraph | add the opening '“' where the quotation or aside starts, or drop this '”'",
        ] },
        // multi-line paragraph
        { "他说“开放\n共享”。", null, [] },
    };

    public static TheoryData<string, string?, string[]> MarkRuns => new()
    {
        // ellipsis forms
        { "装备制造。。。生物医药…先进材料⋯⋯新能源···", null, [
            "11 Error ellipsis: an ellipsis written as '···' | the ellipsis is two '…' marks: '……' (GB/T 15834-2011 4.11); brief lint --fix writes it | fix 11:21+3 '……'",
            "11 Error ellipsis: an ellipsis written as '…' | the ellipsis is two '…' marks: '……' (GB/T 15834-2011 4.11); brief lint --fix writes it | fix 11:11+1 '……'",
            "11 Error ellipsis: an ellipsis written as '⋯⋯' | the ellipsis is two '…' marks: '……' (GB/T 15834-2011 4.11); brief lint --fix writes it | fix 11:16+2 '……'",
            "11 Error ellipsis: an ellipsis written as '。。。' | the ellipsis is two '…' marks: '……' (GB/T 15834-2011 4.11); brief lint --fix writes it | fix 11:4+3 '……'",
        ] },
        // latin dots
        { "A...B", null, [] },
        // doubled
        { "加快发展。。推动融合、、", null, [
            "11 Error punct-doubled: '、' written 2 times | write one '、'; brief lint --fix drops the rest | fix 11:10+2 '、'",
            "11 Error punct-doubled: '。' written 2 times | write one '。'; brief lint --fix drops the rest | fix 11:4+2 '。'",
        ] },
        // dash latin
        { "a--b", null, [] },
        // dash single
        { "北京—上海", null, [
            "11 Warning dash-single: a single '—' between Chinese characters | a 破折号 is two em dashes '——'; a single '—' only joins the ends of a range, like 北京—上海",
        ] },
        // dash bars
        { "创新集群――苏州的答案", null, [
            "11 Error dash: a dash written as '――' | the 破折号 is two em dashes '——' (GB/T 15834-2011 4.9); brief lint --fix writes it | fix 11:4+2 '——'",
        ] },
        // three … are one too many; two middle dots, a single hyphen or a dash between Latin letters are no mistake
        { "发展………", null, [
            "11 Error ellipsis: an ellipsis written as '………' | the ellipsis is two '…' marks: '……' (GB/T 15834-2011 4.11); brief lint --fix writes it | fix 11:2+3 '……'",
        ] },
        { "发展··，集群-苏州，A—B", null, [] },
    };

    public static TheoryData<string, string?, string[]> Numbers => new()
    {
        // years
        { "苏州于'23年和23年5月以及2023年5月召开大会", null, [
            "11 Error punct-halfwidth: half-width quote ' in Chinese text, and its line holds an odd number of them | write ‘…’ by hand: which quote opens cannot be told",
            "11 Warning year-two-digit: a year cut to two digits: ''23年' | write the year in full, like 2023年 (GB/T 15835-2011)",
            "11 Warning year-two-digit: a year cut to two digits: '23年' | write the year in full, like 2023年 (GB/T 15835-2011)",
        ] },
        // range
        { "2023-2024年增长1.5-2.0%，电话0512-68001234", null, [
            "11 Warning range-hyphen: a range joined by a hyphen: '1.5-2.0' | join the ends with '—' or '～', like 1.5—2.0 (GB/T 15834-2011 4.13); a hyphen joins parts of a name",
            "11 Warning range-hyphen: a range joined by a hyphen: '2023-2024' | join the ends with '—' or '～', like 2023—2024 (GB/T 15834-2011 4.13); a hyphen joins parts of a name",
        ] },
        // mixed
        { "苏州打造四大产业集群。\n\n围绕制氢、储氢等4大环节和4个项目，十个项目，10个项目。", null, [
            "13 Warning number-mixed: '10个' here, '十个' on line 13 | write one count one way throughout a brief: Arabic digits for counts and measures, Chinese numerals in set phrases (GB/T 15835-2011)",
            "13 Warning number-mixed: '4大' here, '四大' on line 11 | write one count one way throughout a brief: Arabic digits for counts and measures, Chinese numerals in set phrases (GB/T 15835-2011)",
        ] },
        // fullwidth
        { "增长４．１%", null, [
            "11 Error digit-fullwidth: full-width digits '１' | write '1': numbers take half-width digits (GB/T 15835-2011); brief lint --fix does it | fix 11:4+1 '1'",
            "11 Error digit-fullwidth: full-width digits '４' | write '4': numbers take half-width digits (GB/T 15835-2011); brief lint --fix does it | fix 11:2+1 '4'",
        ] },
        // a full-width digit's point or comma is a digit's, not Chinese text's: fixed, the digits make 1.发布 and 1,000元
        { "１.发布清单，收入１９,０００元。", null, [
            "11 Error digit-fullwidth: full-width digits '０００' | write '000': numbers take half-width digits (GB/T 15835-2011); brief lint --fix does it | fix 11:12+3 '000'",
            "11 Error digit-fullwidth: full-width digits '１' | write '1': numbers take half-width digits (GB/T 15835-2011); brief lint --fix does it | fix 11:0+1 '1'",
            "11 Error digit-fullwidth: full-width digits '１９' | write '19': numbers take half-width digits (GB/T 15835-2011); brief lint --fix does it | fix 11:9+2 '19'",
        ] },
        // ‘ and ’ before a cut year too; a year with no month after it, a decimal before 年
        { "‘23年和’23年", null, [
            "11 Warning year-two-digit: a year cut to two digits: '‘23年' | write the year in full, like 2023年 (GB/T 15835-2011)",
            "11 Warning year-two-digit: a year cut to two digits: '’23年' | write the year in full, like 2023年 (GB/T 15835-2011)",
        ] },
        { "用了23年时间，周期0.25年5月", null, [] },
        // a range before each unit it is found before; not after a hyphen
        { "3-5月、1-2日、7-8号、5-6％、1-2万、3-4亿、5-6元、2-3个、4-5家、6-7项、8-9名、2-3倍、30-40岁", null,
            new[] { "1-2", "1-2", "2-3", "2-3", "3-4", "3-5", "30-40", "4-5", "5-6", "5-6", "6-7", "7-8", "8-9" }.Select(Range).ToArray() },
        { "编号1.2-3年，A-1-2年", null, [Range("1.2-3")] },
    };

    public static TheoryData<string, string?, string[]> Invisible => new()
    {
        // soft hyphen
        { "苏州\u00AD是", null, [
            "11 Error invisible: an invisible U+00AD (soft hyphen) | most editors do not show it (it comes with text pasted from Word or a web page); brief lint --fix takes it out | fix 11:2+1 ''",
        ] },
        // line separator latin
        { "Open\u2028Source。", null, [
            "11 Error invisible: an invisible U+2028 (line separator) | most editors do not show it (it comes with text pasted from Word or a web page); brief lint --fix takes it out | fix 11:4+1 ' '",
        ] },
        // line separator chinese
        { "苏州\u2028是", null, [
            "11 Error invisible: an invisible U+2028 (line separator) | most editors do not show it (it comes with text pasted from Word or a web page); brief lint --fix takes it out | fix 11:2+1 ''",
        ] },
        // line separator start
        { "\u2028苏州是", null, [
            "11 Error invisible: an invisible U+2028 (line separator) | most editors do not show it (it comes with text pasted from Word or a web page); brief lint --fix takes it out | fix 11:0+1 ''",
        ] },
        // line separator end
        { "苏州是Open\u2028", null, [
            "11 Error invisible: an invisible U+2028 (line separator) | most editors do not show it (it comes with text pasted from Word or a web page); brief lint --fix takes it out | fix 11:7+1 ''",
        ] },
        // a space only between Latin on both sides
        { "Open\u2028苏州。", null, [
            "11 Error invisible: an invisible U+2028 (line separator) | most editors do not show it (it comes with text pasted from Word or a web page); brief lint --fix takes it out | fix 11:4+1 ''",
        ] },
    };

    [Theory]
    [MemberData(nameof(Enumeration))]
    public void Enumeration_findings(string body, string? title, string[] expected) =>
        Assert.Equal(expected, Findings(body, title));

    [Theory]
    [MemberData(nameof(Headings))]
    public void Headings_findings(string body, string? title, string[] expected) =>
        Assert.Equal(expected, Findings(body, title));

    [Theory]
    [MemberData(nameof(Spacing))]
    public void Spacing_findings(string body, string? title, string[] expected) =>
        Assert.Equal(expected, Findings(body, title));

    [Theory]
    [MemberData(nameof(HalfWidth))]
    public void HalfWidth_findings(string body, string? title, string[] expected) =>
        Assert.Equal(expected, Findings(body, title));

    [Theory]
    [MemberData(nameof(FrontMatter))]
    public void FrontMatter_findings(string body, string? title, string[] expected) =>
        Assert.Equal(expected, Findings(body, title));

    [Theory]
    [MemberData(nameof(Pairing))]
    public void Pairing_findings(string body, string? title, string[] expected) =>
        Assert.Equal(expected, Findings(body, title));

    [Theory]
    [MemberData(nameof(MarkRuns))]
    public void MarkRuns_findings(string body, string? title, string[] expected) =>
        Assert.Equal(expected, Findings(body, title));

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Numbers_findings(string body, string? title, string[] expected) =>
        Assert.Equal(expected, Findings(body, title));

    [Theory]
    [MemberData(nameof(Invisible))]
    public void Invisible_findings(string body, string? title, string[] expected) =>
        Assert.Equal(expected, Findings(body, title));
}

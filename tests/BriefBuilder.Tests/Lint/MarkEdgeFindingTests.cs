using static BriefBuilder.Tests.Lint.LintFindingTests;

namespace BriefBuilder.Tests.Lint;

/// <summary>
/// The edges of the character rules, each finding whole: where Chinese stands on one side of a
/// mark only, a run of one mark repeated, a bracket closing nothing, an apostrophe after Latin
/// letters, Chinese at the far end of a pair. A rule that is too eager or too shy here flags
/// correct text or lets a mistake through.
/// </summary>
public class MarkEdgeFindingTests
{
    const string FullWidthHint = "Chinese text takes full-width marks (GB/T 15834-2011); brief lint --fix does it";

    static string Half(int column, char mark, char full) =>
        $"11 Error punct-halfwidth: half-width '{mark}' in Chinese text | write '{full}': {FullWidthHint} | fix 11:{column}+1 '{full}'";

    const string OddQuote = "11 Error punct-halfwidth: half-width quote \" in Chinese text, and its line holds an odd number of them | write “…” by hand: which quote opens cannot be told";

    public static TheoryData<string, string[]> HalfWidth => new()
    {
        // a run of the same mark: each looks through the other to the Chinese beside the run
        { "好吗??", [Half(2, '?', '？'), Half(3, '?', '？')] },
        { "OK??好的", [Half(2, '?', '？'), Half(3, '?', '？')] },
        // a run of two marks repeated: each looks through all the others
        { "真的吗?!?!", [Half(4, '!', '！'), Half(6, '!', '！'), Half(3, '?', '？'), Half(5, '?', '？')] },
        // a Latin sentence's full stop before Chinese is Latin
        { "It works. 苏州", [] },
        // an odd quote with Chinese on one side only
        { "他说\"OK", [OddQuote] },
        // quotes round Chinese after Latin letters are quotes, not apostrophes
        { "推广AI'赋能'模式", [Half(4, '\'', '‘'), Half(7, '\'', '’')] },
        // Chinese only at the end inside the brackets
        { "see Report (2024版) here", [Half(11, '(', '（'), Half(17, ')', '）')] },
        // a pair at the line's end with Latin all round, and a bracket that closes nothing
        { "苏州。see (AI)", [] },
        { "第1)条，苏州", [] },
    };

    public static TheoryData<string, string[]> Others => new()
    {
        // a single dash with Chinese on one side only joins no range
        { "iPhone—苹果手机", [] },
        // a dash run with Chinese right after it, and Latin before
        { "AI--赋", ["11 Error dash: a dash written as '--' | the 破折号 is two em dashes '——' (GB/T 15834-2011 4.9); brief lint --fix writes it | fix 11:2+2 '——'"] },
        { "见【附件", ["11 Error unpaired-bracket: '【' is never closed in this paragraph | add the closing '】' where the quotation or aside ends"] },
        // a line separator after Chinese, before Latin, is no word break
        { "苏州\u2028Open", ["11 Error invisible: an invisible U+2028 (line separator) | most editors do not show it (it comes with text pasted from Word or a web page); brief lint --fix takes it out | fix 11:2+1 ''"] },
        // a plain space at the end of a line prints nothing
        { "苏州是基地 ", [] },
    };

    [Theory]
    [MemberData(nameof(HalfWidth))]
    public void HalfWidth_edges(string body, string[] expected) =>
        Assert.Equal(expected, Findings(body));

    [Theory]
    [MemberData(nameof(Others))]
    public void Dash_bracket_invisible_and_space_edges(string body, string[] expected) =>
        Assert.Equal(expected, Findings(body));
}

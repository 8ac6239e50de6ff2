using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>
/// The front-matter mistakes editors make, each explained in their words at its line, with the
/// house's fix: never YamlDotNet's "While scanning a plain scalar value, found invalid mapping".
/// </summary>
public class YamlErrorTests
{
    /// <summary>Keys on lines 2–6, the title on 6.</summary>
    private static string Brief(string title, string recipients = "recipients: [刘小涛书记, 王颺秘书长]") =>
        $"---\nissue: 9\ntotal: 91\ndate: 2024-04-01\n{recipients}\n{title}\n---\n\n创新是深圳的特质和品牌。\n";

    public static TheoryData<string, string, int, string> Mistakes => new()
    {
        { "a half-width colon and a space in the title", Brief("title: 深圳: 以科技创新之进拓产业创新之路"), 6,
            "the value of 'title' holds ': ' (a half-width colon and a space), which YAML reads as a new key; write the colon full-width, as Chinese text takes it: "
            + "title: 深圳：以科技创新之进拓产业创新之路; or put the value in quotes: title: \"深圳: 以科技创新之进拓产业创新之路\"" },
        { "a full-width colon after the key", Brief("title：深圳经验"), 6, "'title' must be followed by a half-width colon and a space: title: 深圳经验" },
        { "no space after the colon", Brief("title:深圳经验"), 6, "'title' must be followed by a half-width colon and a space: title: 深圳经验" },
        { "a straight quote that does not end the value", Brief("title: \"数字经济\"时代的深圳"), 6,
            "the value of 'title' starts with a straight quote, so YAML reads a quoted value that must end the line; write the Chinese quotes “” (YAML leaves them alone), or put the value in quotes: title: \"\\\"数字经济\\\"时代的深圳\"" },
        { "a quote never closed", Brief("title: \"深圳经验"), 6, "a quote opened on this line is never closed" },
        { "brackets that do not end the value", Brief("title: [深圳]经验"), 6, "the value of 'title' starts with '[', so YAML reads a list that must end the line; write 【】 for brackets in the text" },
        { "a list never closed", Brief("title: 深圳经验", "recipients: [刘小涛书记, 王颺秘书长"), 5, "the list opened with '[' is not closed on this line: end it with ']'" },
        { "a star at the start", Brief("title: **深圳经验**"), 6, "a value cannot start with '*', which YAML reads as a reference to another value; delete the star" },
        { "an at sign at the start", Brief("title: @深圳经验"), 6, "the value of 'title' cannot start with '@', a mark of YAML; put the value in quotes: title: \"@深圳经验\"" },
        { "a key indented", Brief(" title: 深圳经验"), 6, "this line starts with a space, so YAML reads it as part of the line above; start every key at the beginning of its line" },
        { "a tab", Brief("\ttitle: 深圳经验"), 6, "a tab character: YAML indents and separates with spaces only; replace the tab with spaces" },
        { "a key given twice", Brief("title: 深圳经验\ntitle: 苏州经验"), 7, "'title' is given a second time here; a key is written once: keep the right one and delete the other" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_yaml_mistake_is_explained_at_its_line_with_the_fix(string what, string brief, int line, string message)
    {
        var error = Assert.Throws<SourceError>(() => BriefReader.Parse(brief, "021.md"));
        Assert.True(line == error.Line, $"{what}: line {error.Line}: {error.Message}");
        Assert.StartsWith(message, error.Message);
        Assert.DoesNotContain("scalar", error.Message);
    }

    [Fact]
    public void The_fixes_it_offers_read()
    {
        var quoted = BriefReader.Parse(Brief("title: \"深圳: 以科技创新之进拓产业创新之路\""), "021.md");
        Assert.Equal(["深圳: 以科技创新之进拓产业创新之路"], quoted.Front.TitleLines);
        var fullWidth = BriefReader.Parse(Brief("title: 深圳：以科技创新之进拓产业创新之路"), "021.md");
        Assert.Equal(["深圳：以科技创新之进拓产业创新之路"], fullWidth.Front.TitleLines);
        var escaped = BriefReader.Parse(Brief("title: \"\\\"数字经济\\\"时代的深圳\""), "021.md");
        Assert.Equal(["\"数字经济\"时代的深圳"], escaped.Front.TitleLines);
    }
}

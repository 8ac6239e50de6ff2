using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>
/// Each way YamlErrors words a YAML mistake, whole: the line it blames and the fix it offers, which
/// the editor copies. The YAML starts on line 5 of its file, as a front matter's keys do.
/// </summary>
public class YamlErrorWordsTests
{
    public static TheoryData<string, int, string> Mistakes => new()
    {
        { "title: 甲\n  续: 行\n", 6,
            "this line starts with a space, so YAML reads it as the value above going on; write the value on one line, or put it in quotes" },
        { "a: b\n c: d\n", 6,
            "this line starts with a space, so YAML reads it as part of the line above; start every key at the beginning of its line" },
        { "title: {甲}乙\n", 5,
            "the value of 'title' starts with '{', so YAML reads a list that must end the line; write 【】 for brackets in the text, or put the value in quotes: title: \"{甲}乙\"" },
        { "title: |甲\n", 5, "the value of 'title' cannot start with '|', a mark of YAML; put the value in quotes: title: \"|甲\"" },
        { "title: >甲\n", 5, "the value of 'title' cannot start with '>', a mark of YAML; put the value in quotes: title: \">甲\"" },
        { "title: %甲\n", 5, "the value of 'title' cannot start with '%', a mark of YAML; put the value in quotes: title: \"%甲\"" },
        { "title: `甲\n", 5, "the value of 'title' cannot start with '`', a mark of YAML; put the value in quotes: title: \"`甲\"" },
        // The quoted fix escapes a backslash, so it reads back as written.
        { "title: 'a\\b'c\n", 5,
            "the value of 'title' starts with a straight quote, so YAML reads a quoted value that must end the line; write the Chinese quotes “” (YAML leaves them alone), or put the value in quotes: title: \"'a\\\\b'c\"" },
        { "title: '甲\n", 5, "a quote opened on this line is never closed: end the value with the same quote mark, on this line" },
        { "recipients: {甲, 乙\ntitle: 丙\n", 5,
            "the list opened with '{' is not closed on this line: end it with '}'; for brackets in the text write 【】, or put the value in quotes: recipients: \"{甲, 乙\"" },
        { "title: *甲\n", 5,
            "a value cannot start with '*', which YAML reads as a reference to another value; delete the star (the title is set bold without it), or put the value in quotes: title: \"*甲\"" },
        // Every ': ' of the value is written full width; a value starting with a bracket is still one with ': '.
        { "title: 甲: 乙: 丙\n", 5,
            "the value of 'title' holds ': ' (a half-width colon and a space), which YAML reads as a new key; write the colon full-width, as Chinese text takes it: title: 甲：乙：丙; or put the value in quotes: title: \"甲: 乙: 丙\"" },
        { "title: [甲]乙: 丙\n", 5,
            "the value of 'title' holds ': ' (a half-width colon and a space), which YAML reads as a new key; write the colon full-width, as Chinese text takes it: title: [甲]乙：丙; or put the value in quotes: title: \"[甲]乙: 丙\"" },
        { "title: 甲\n- 乙\n", 6,
            "this is not YAML the reader understands (While parsing a block mapping, did not find expected key); every line is 'key: value', and a value that holds ': ' or starts with a mark goes in quotes" },
        // The line blamed is a key with nothing after its colon: an empty value starts with no mark.
        { "- 甲\ntitle: \n", 6,
            "this is not YAML the reader understands (While parsing a block collection, did not find expected '-' indicator); every line is 'key: value', and a value that holds ': ' or starts with a mark goes in quotes" },
        // YamlDotNet's words are quoted whole, even when they hold '): ' (here in a key given twice).
        { "\"(甲): 乙\": 1\n\"(甲): 乙\": 2\n", 6,
            "this is not YAML the reader understands (Duplicate key (甲): 乙); every line is 'key: value', and a value that holds ': ' or starts with a mark goes in quotes" },
        // A line separator (U+2028, which a file may hold) ends a line for YAML but not for the file: refused at its line, before YamlDotNet misnumbers the rest.
        { "a: 1\nb: 2\u2028c: '甲", 6, "there is a U+2028 (line separator) on this line, which YAML takes for the end of a line: delete it (it comes with text pasted from Word)" },
        // A list closed on its line before the one never closed is not the one blamed.
        { "a: {b: c}\nrecipients: {甲, 乙\ntitle: 丙\n", 6,
            "the list opened with '{' is not closed on this line: end it with '}'; for brackets in the text write 【】, or put the value in quotes: recipients: \"{甲, 乙\"" },
        // A list opened on a line of its own (no 'key: [') is blamed on the last line YamlDotNet read whole.
        { "title: 甲\nrecipients:\n  {甲, 乙\ntitle: 丙\n", 6, "a bracket or quote is not closed: close it on the line where it opens" },
        // A star starting a key (*粗体* for bold): the line is no 'key: value', so the fix is the quotes alone.
        { "title: 甲\n*粗体* : 乙\n", 6,
            "a value cannot start with '*', which YAML reads as a reference to another value; delete the star (the title is set bold without it), or put the value in quotes" },
        // An empty tag: YamlDotNet throws ArgumentException, not a YAML error; blamed on the line it was reading.
        { "title: 甲\na: !<> b\n", 6,
            "malformed YAML: a tag (!name) or alias (*name) that cannot be read; these settings need neither: remove the ! or * and what follows it, or quote the value" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_yaml_mistake_is_worded_whole_at_its_line(string yaml, int line, string message)
    {
        var error = Assert.Throws<SourceError>(() => YamlMapping.Parse(yaml, "f.yaml", 5));
        Assert.Equal(("f.yaml", line, message), (error.File, error.Line, error.Message));
    }

    [Theory]
    [InlineData("title: -甲\n", "-甲")]
    [InlineData("title:甲: 乙\n", null)]      // one key, 'title:甲', whose value is 乙
    public void Marks_yaml_reads_without_complaint_are_not_mistakes(string yaml, string? title) =>
        Assert.Equal(title, YamlMapping.Parse(yaml, "f.yaml", 5).OptionalString("title"));
}

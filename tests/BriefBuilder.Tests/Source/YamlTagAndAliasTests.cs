using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>
/// Tags and aliases YamlDotNet cannot read surfaced as ArgumentException, past every command's
/// handling of bad input (found by fuzz/run lintfix; the inputs are in fuzz/regressions/lintfix/).
/// They are the brief's error, at their line.
/// </summary>
public class YamlTagAndAliasTests
{
    [Theory]
    [InlineData("title: !!!!!![a, b]\n", 3)]
    [InlineData("title: *nowhere\n", 3)]
    [InlineData("*a--- *b : \n", 3)]
    public void An_unreadable_tag_or_alias_is_an_error_at_its_line(string yaml, int line)
    {
        var text = "---\nissue: 1\n" + yaml + "---\n\n正文。\n";

        var error = Assert.Throws<SourceError>(() => BriefReader.Parse(text, "b.md"));

        Assert.Equal(("b.md", line), (error.File, error.Line));
        Assert.Matches("[!*]", error.Message); // the message names the mark YAML reads (YamlErrors words it)
    }

    /// <summary>A key that is a list or a mapping was cast to text and threw InvalidCastException (fuzz/regressions/lintfix/yaml-complex-key-*).</summary>
    [Theory]
    [InlineData("?\n?\n-\n", 5)] // the second ? has the list on line 5 as its key
    [InlineData("[a, b]: 标题\n", 3)]
    [InlineData("date: 2024-06-17\n? {a: b}\n: 标题\n", 4)]
    public void A_key_that_is_a_list_or_a_mapping_is_an_error_at_its_line(string yaml, int line)
    {
        var text = "---\nissue: 1\n" + yaml + "---\n\n正文。\n";

        var error = Assert.Throws<SourceError>(() => BriefReader.Parse(text, "b.md"));

        Assert.Equal(("b.md", line), (error.File, error.Line));
        Assert.StartsWith("malformed YAML: a key that is a list or a mapping", error.Message);
    }
}

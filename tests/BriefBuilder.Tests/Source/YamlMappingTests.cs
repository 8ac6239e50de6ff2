using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Source;

/// <summary>
/// The YAML reader shared by front matter, series.yaml and style.yaml: every value is read with
/// its line, and every complaint names the file, the line and what was expected.
/// </summary>
public class YamlMappingTests
{
    /// <summary>Parses as front matter does: the YAML starts on line 2 of the file.</summary>
    static YamlMapping Parse(string yaml) => YamlMapping.Parse(yaml, "001.md", firstLine: 2);

    static void Fails(Action read, int line, string message)
    {
        var error = Assert.Throws<SourceError>(read);
        Assert.Equal(("001.md", line, message), (error.File, error.Line, error.Message));
    }

    [Fact]
    public void Keys_keep_their_lines_in_the_file()
    {
        var m = Parse("issue: 9\n\ntotal: 91\n");
        Assert.Equal(["issue", "total"], m.Keys);
        Assert.Equal((2, 4), (m.LineOf("issue"), m.LineOf("total")));
        Assert.Equal(("001.md", 2), (m.File, m.Line));
        Assert.True(m.Has("total"));
        Assert.False(m.Has("date"));
    }

    [Fact]
    public void A_key_not_there_is_blamed_on_the_mapping_s_line()
    {
        var m = Parse("\nissue: 9\n");
        Assert.Equal(3, m.Line);
        Assert.Equal(3, m.LineOf("total"));
        Fails(() => m.String("total", "总第M期"), 3, "missing key 'total': expected 总第M期");
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")] // a document of nothing: YamlDotNet reads an empty scalar
    public void An_empty_document_is_an_empty_mapping(string yaml)
    {
        var m = Parse(yaml);
        Assert.Empty(m.Keys);
        Assert.Equal(2, m.Line);
        Assert.Null(m.OptionalString("title"));
    }

    [Theory]
    [InlineData("- issue\n- total\n", 2)]
    [InlineData("\n\njust text\n", 4)]
    public void A_document_that_is_no_mapping_is_refused(string yaml, int line) =>
        Fails(() => Parse(yaml), line, "expected the document to be a mapping of 'key: value' lines");

    [Fact]
    public void A_key_given_twice_is_refused_at_the_second()
    {
        var error = Assert.Throws<SourceError>(() => Parse("title: 甲\nissue: 1\ntitle: 乙\n"));
        Assert.Equal(4, error.Line);
        Assert.StartsWith("'title' is given a second time here; a key is written once", error.Message);
    }

    [Fact]
    public void A_tab_is_blamed_on_its_own_line() =>
        Fails(() => Parse("issue: 9\nrecipients:\n\t- 甲\n"), 4, "a tab character: YAML indents and separates with spaces only; replace the tab with spaces");

    [Fact]
    public void Malformed_yaml_names_its_line_in_an_editor_s_words_without_yamldotnet_s_position()
    {
        var error = Assert.Throws<SourceError>(() => Parse("issue: 9\ntitle: 甲: 乙\n"));
        Assert.Equal(3, error.Line);
        Assert.StartsWith("the value of 'title' holds ': '", error.Message);
        Assert.DoesNotContain("(Line:", error.Message);
    }

    [Fact]
    public void Unknown_keys_are_refused_with_the_nearest_known_one()
    {
        var m = Parse("issue: 9\ntitel: 甲\n");
        Fails(() => m.RejectUnknownKeys(["issue", "title"]), 3, "unknown key 'titel'; did you mean 'title'? expected one of: issue, title");
        Fails(() => m.RejectUnknownKeys(["issue", "date"]), 3, "unknown key 'titel'; expected one of: issue, date");
        m.RejectUnknownKeys(["titel", "issue"]);
    }

    [Theory]
    [InlineData("title: 甲\n", "甲")]
    [InlineData("title: '  甲 '\n", "甲")]
    [InlineData("title: \"18896954159\"\n", "18896954159")]
    [InlineData("title: 0012\n", "0012")]
    public void Strings_are_the_text_as_written_without_surrounding_spaces(string yaml, string text) =>
        Assert.Equal(text, Parse(yaml).String("title", "a title"));

    [Theory]
    [InlineData("title:\n")]
    [InlineData("title: ''\n")]
    [InlineData("title: [甲, 乙]\n")]
    [InlineData("title: {a: 1}\n")]
    public void A_string_must_be_text_on_one_line(string yaml) =>
        Fails(() => Parse(yaml).OptionalString("title"), 2, "'title' must be text on one line");

    [Theory]
    [InlineData("copies: 30\n", 30)]
    [InlineData("copies: 1\n", 1)]
    [InlineData("copies: '007'\n", 7)]
    public void Whole_numbers_above_zero(string yaml, int n) =>
        Assert.Equal(n, Parse(yaml).Int("copies", "the number of copies"));

    [Theory]
    [InlineData("copies: 0\n", "0")]
    [InlineData("copies: -3\n", "-3")]
    [InlineData("copies: +3\n", "+3")]
    [InlineData("copies: 3.0\n", "3.0")]
    [InlineData("copies: 三十\n", "三十")]
    [InlineData("copies: 99999999999\n", "99999999999")]
    public void Anything_else_is_no_whole_number(string yaml, string text) =>
        Fails(() => Parse(yaml).OptionalInt("copies", "the number of copies"), 2, $"'copies' must be the number of copies, not '{text}'");

    [Fact]
    public void A_missing_whole_number()
    {
        Assert.Null(Parse("title: 甲\n").OptionalInt("copies", "the number of copies"));
        Fails(() => Parse("title: 甲\n").Int("copies", "the number of copies"), 2, "missing key 'copies': expected the number of copies");
    }

    [Theory]
    [InlineData("size: 16\n", 16.0)]
    [InlineData("size: -0.5\n", -0.5)]
    [InlineData("size: 1e1\n", 10.0)]
    public void Numbers(string yaml, double n) =>
        Assert.Equal(n, Parse(yaml).OptionalNumber("size"));

    [Fact]
    public void Not_a_number()
    {
        Assert.Null(Parse("title: 甲\n").OptionalNumber("size"));
        Fails(() => Parse("size: 16pt\n").OptionalNumber("size"), 2, "'size' must be a number, not '16pt'");
    }

    [Theory]
    [InlineData("bold: true\n", true)]
    [InlineData("bold: false\n", false)]
    [InlineData("other: 1\n", false)]
    public void True_or_false(string yaml, bool value) =>
        Assert.Equal(value, Parse(yaml).OptionalBool("bold"));

    [Theory]
    [InlineData("yes")]
    [InlineData("True")]
    public void Nothing_else_is_true_or_false(string text) =>
        Fails(() => Parse($"bold: {text}\n").OptionalBool("bold"), 2, $"'bold' must be true or false, not '{text}'");

    [Fact]
    public void Dates_are_written_yyyy_mm_dd()
    {
        Assert.Equal(new DateOnly(2024, 6, 3), Parse("date: 2024-06-03\n").Date("date"));
        Fails(() => Parse("\ndate: 2024-6-3\n").Date("date"), 3, "'date' must be a date written YYYY-MM-DD (like 2024-06-03), not '2024-6-3'");
        Fails(() => Parse("title: 甲\n").Date("date"), 2, "missing key 'date': expected a date written YYYY-MM-DD");
    }

    [Theory]
    [InlineData("title: 甲\n", new[] { "甲" })]
    [InlineData("title: [甲, ' 乙 ']\n", new[] { "甲", "乙" })]
    [InlineData("title: [甲, '', 乙]\n", new[] { "甲", "乙" })]
    [InlineData("title: |\n  甲\n\n  乙\n", new[] { "甲", "乙" })]
    public void Lines_of_text_as_a_list_or_a_block(string yaml, string[] lines) =>
        Assert.Equal(lines, Parse(yaml).OptionalLines("title"));

    [Theory]
    [InlineData("title: ''\n")]
    [InlineData("title: []\n")]
    [InlineData("title: {a: 1}\n")]
    [InlineData("title: [甲, [乙]]\n")]
    public void Lines_that_hold_no_text(string yaml) =>
        Fails(() => Parse(yaml).OptionalLines("title"), 2, "'title' must be text, or its lines as a list like [践行“四敢”精神, 全力打造产业创新集群]");

    [Theory]
    [InlineData("recipients: [刘小涛书记, ' 王颺秘书长 ']\n", new[] { "刘小涛书记", "王颺秘书长" })]
    [InlineData("recipients: 刘小涛书记\n", new[] { "刘小涛书记" })]
    public void A_list_or_a_single_name(string yaml, string[] names) =>
        Assert.Equal(names, Parse(yaml).OptionalList("recipients"));

    [Theory]
    [InlineData("recipients: []\n")]
    [InlineData("recipients: [刘小涛书记, '']\n")]
    [InlineData("recipients: [刘小涛书记, [王颺]]\n")]
    [InlineData("recipients: {a: 1}\n")]
    [InlineData("recipients:\n")]
    public void A_list_with_an_empty_or_nested_name_is_refused(string yaml) =>
        Fails(() => Parse(yaml).OptionalList("recipients"), 2, "'recipients' must be a list of names, like [刘小涛书记, 王颺秘书长]");

    [Fact]
    public void Absent_lists_are_null()
    {
        Assert.Null(Parse("title: 甲\n").OptionalList("recipients"));
        Assert.Null(Parse("title: 甲\n").OptionalLines("subtitle"));
    }

    [Fact]
    public void Nested_mappings_keep_the_lines_of_the_file()
    {
        var m = Parse("name: 甲\npublish:\n  brief: 乙\n  catalogue: 丙\n");
        var p = m.Mapping("publish");
        Assert.Equal((4, 4, 5), (p.Line, p.LineOf("brief"), p.LineOf("catalogue")));
        Assert.Equal(4, m.Value("publish")!.Line);
        Assert.Null(m.OptionalMapping("fonts"));
        Assert.Null(m.Value("fonts"));
        Fails(() => m.Mapping("fonts"), 2, "missing key 'fonts': expected a mapping");
        Fails(() => m.Mapping("name"), 2, "expected 'name' to be a mapping of 'key: value' lines");
        Assert.Equal(("001.md", 5, "no"), (p.ErrorAt("catalogue", "no").File, p.ErrorAt("catalogue", "no").Line, p.ErrorAt("catalogue", "no").Message));
    }

    [Fact]
    public void A_value_as_it_stands_with_its_lines()
    {
        var m = Parse("name: 甲\nempty:\nrules: [1, {top: 2}]\nstyles:\n  body: 正文\n");
        Assert.Equal((2, "甲", null, null), (m.Value("name")!.Line, m.Value("name")!.Text, m.Value("name")!.Items, m.Value("name")!.Entries));
        Assert.Equal("", m.Value("empty")!.Text);
        var rules = m.Value("rules")!;
        Assert.Null(rules.Text);
        Assert.Equal(["1", null], rules.Items!.Select(i => i.Text));
        Assert.Equal(("2", 4), (rules.Items![1]["top"]!.Text, rules.Items[1]["top"]!.Line));
        Assert.Null(rules.Items[1]["bottom"]);
        Assert.Null(rules["top"]);
        var styles = m.Value("styles")!;
        Assert.Equal((6, "body", "正文", 6), (styles.Line, styles.Entries![0].Key.Text, styles.Entries[0].Value.Text, styles.Entries[0].Value.Line));
    }

    [Fact]
    public void An_alias_is_its_anchor_s_value() =>
        Assert.Equal(["甲"], Parse("a: &x 甲\nb: [*x]\n").Value("b")!.Items!.Select(i => i.Text));
}

using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// Regression tests of issue 11 on the template, driving <c>brief build</c> in-process: long
/// briefs never meet a Scriban limit, and a template mistake is an error at its line instead
/// of text dropped with exit 0.
/// </summary>
public sealed class TemplateDefectTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private string TemplateFile => Path.Join(_ws.Root, "templates", "zhuanbao", "brief.scriban");

    private static string Relative(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);

    /// <summary>Replaces the body of the 2024 第20期 brief with <paramref name="body"/>.</summary>
    private void Body(string body) =>
        _ws.Edit("2024/020.md", text => text[..(text.IndexOf("\n---\n", 4) + 5)] + "\n" + body + "\n");

    private string DocumentText() =>
        new StreamReader(ZipFile.OpenRead(Path.Join(_ws.Out, "2024", "020.docx")).GetEntry("word/document.xml")!.Open()).ReadToEnd();

    // Defect 1: Scriban's loop limit of 1,000 counted blocks and runs, so 501 paragraphs failed.
    [Fact]
    public void Six_hundred_paragraphs_build_and_every_one_is_in_the_docx()
    {
        Body(string.Join("\n\n", Enumerable.Range(1, 600).Select(i => $"第{i:D4}段正文。")));

        var result = _ws.Build("docx", force: true);

        Assert.True(result.Exit == 0, result.Stderr);
        var text = DocumentText();
        Assert.All(Enumerable.Range(1, 600), i => Assert.Contains($"第{i:D4}段正文。", text));
    }

    [Fact]
    public void Sixty_paragraphs_of_eight_bold_phrases_build_and_keep_their_bold()
    {
        Body(string.Join("\n\n", Enumerable.Range(1, 60).Select(p =>
            string.Concat(Enumerable.Range(1, 8).Select(b => $"普通文字**加粗{p:D2}{b}**")))));

        var result = _ws.Build("docx", force: true);

        Assert.True(result.Exit == 0, result.Stderr);
        var bold = Regex.Matches(DocumentText(), @"<w:r><w:rPr><w:b\s*/>.*?<w:t[^>]*>(加粗\d+)</w:t>").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(480, bold.Count);
    }

    /// <summary>Edits the template, builds, and returns the one error line; <paramref name="marker"/> finds the edited line.</summary>
    private string BuildWithTemplate(string from, string to, string marker, out int line)
    {
        var template = File.ReadAllText(TemplateFile);
        Assert.Contains(from, template);
        template = template.Replace(from, to);
        File.WriteAllText(TemplateFile, template);
        line = template[..template.IndexOf(marker, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var result = Workspace.Brief("build", Path.Join(_ws.Content, "2024", "020.md"), "-o", _ws.Out, "--format", "docx");

        Assert.Equal(1, result.Exit);
        Assert.False(File.Exists(Path.Join(_ws.Out, "2024", "020.docx")));
        var errors = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        Assert.True(errors.Count == 1, result.Stderr);
        return errors[0];
    }

    // Defect 6: each of these printed the brief without a word and exited 0.
    [Theory]
    [InlineData("lines brief.title_lines", "lines brief.titel_lines", "titel_lines", "titel_lines")]
    [InlineData("brief.recipients |", "brief.recipiants |", "recipiants", "recipiants")]
    [InlineData("{copies}份", "{copies / 0}份", "copies / 0", "the template computed Infinity, which is no number")]
    public void A_misspelt_name_or_a_division_by_zero_is_an_error_at_its_template_line(string from, string to, string marker, string message)
    {
        var error = BuildWithTemplate(from, to, marker, out var line);

        Assert.True(error.StartsWith($"{Relative(TemplateFile)}:{line}: error: "), error);
        Assert.Contains(message, error);
    }

    [Theory]
    [InlineData("b.kind == \"quote\"", "b.kind == \"qoute\"", "qoute", "no block has the kind 'qoute'; did you mean 'quote'?")]
    [InlineData("b.kind == \"heading\"", "b.kind == \"heding\"", "heding", "no block has the kind 'heding'; did you mean 'heading'?")]
    public void A_misspelt_block_kind_is_an_error_at_its_template_line(string from, string to, string marker, string message)
    {
        var error = BuildWithTemplate(from, to, marker, out var line);

        Assert.Equal($"{Relative(TemplateFile)}:{line}: error: {message} the kinds are heading, paragraph, quote, editor_note, table, figure, attachment", error);
    }

    [Fact]
    public void A_body_block_no_branch_writes_is_an_error_naming_it_and_the_template_line()
    {
        var brief = Path.Join(_ws.Content, "2024", "020.md");
        Body("一段正文。\n\n> 引用的一段。");

        // No branch for paragraphs: the else that wrote them is gone, and quotes write theirs as quote-style paragraphs.
        var error = BuildWithTemplate("""
            {{~ else ~}}
            {{ paragraph style b }}
            """, """
            {{~ else if b.kind == "quote" ~}}
            {{ blocks b.blocks "quote" }}
            """, "else if b.kind == \"quote\" ~}}\n{{ blocks b.blocks \"quote\" }}\n{{~ end", out _);

        var line = File.ReadAllLines(TemplateFile).ToList().FindLastIndex(l => l.Contains("else if b.kind == \"quote\"")) + 1;
        Assert.Equal($"{Relative(TemplateFile)}:{line}: error: the paragraph at {Relative(brief)}:11 (“一段正文。”) is not in the template's output: no branch writes it; this is the last line that looked at it", error);
    }

    [Fact]
    public void A_block_whose_text_the_template_writes_as_a_string_is_not_written()
    {
        // Coverage is by identity: the paragraph's text reaches the page, but not the paragraph
        // (its emphasis and its line are lost), so the build names it. A check by text passed it.
        var brief = Path.Join(_ws.Content, "2024", "020.md");
        Body("一段**正文**。");

        var error = BuildWithTemplate("{{ paragraph style b }}", "{{ paragraph style (b.spans | array.map \"text\" | array.join \"\") }}",
            "array.map", out var line);

        Assert.Equal($"{Relative(TemplateFile)}:{line}: error: the paragraph at {Relative(brief)}:11 (“一段正文。”) is not in the template's output: no branch writes it; this is the last line that looked at it", error);
    }
}

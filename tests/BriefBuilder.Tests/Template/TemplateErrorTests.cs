using BriefBuilder.Model;
using BriefBuilder.Source;
using BriefBuilder.Template;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Template;

/// <summary>
/// A template mistake stops the brief with a message that names the template file (and the
/// line, where Scriban knows it) and what is wrong, instead of a writer's exception or lost text.
/// Each test edits one line of a copy of the house template.
/// </summary>
public class TemplateErrorTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("brief-template-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>The house template with <paramref name="from"/> replaced by <paramref name="to"/>, run on seed 2023/001.</summary>
    LayoutDocument Compose(string from, string to)
    {
        foreach (var file in Directory.GetFiles(Repo.Path("templates", "zhuanbao")))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        var scriban = Path.Combine(folder, TemplateFolder.TemplateFileName);
        var text = File.ReadAllText(scriban);
        Assert.Contains(from, text);
        File.WriteAllText(scriban, text.Replace(from, to));
        var series = SeriesReader.Read(Repo.Content("series.yaml"));
        return Composer.Compose(BriefReader.Read(SeedBriefs.SourcePath("2023/001.md")), series, TemplateFolder.Load(folder));
    }

    string TemplateFile => Path.Combine(folder, TemplateFolder.TemplateFileName);

    static int LineOf(string file, string text) =>
        File.ReadLines(file).Select((line, i) => (line, i)).First(l => l.line.Contains(text)).i + 1;

    [Fact]
    public void An_unknown_variable_names_the_template_line()
    {
        var error = Assert.Throws<SourceError>(() => Compose("{copies}份", "{copiess}份"));
        Assert.Equal(TemplateFile, error.File);
        Assert.Equal(LineOf(TemplateFile, "copiess"), error.Line);
        Assert.Contains("copiess", error.Message);
    }

    [Theory]
    [InlineData("paragraph \"number\"", "paragraph \"numbér\"", "numbér", "paragraph style 'numbér' is not defined in style.yaml")]
    [InlineData("rule \"masthead\"", "rule \"mast\"", "mast\"", "rule style 'mast' is not defined in style.yaml")]
    [InlineData("series.tagline \"tagline\"", "series.tagline \"tag\"", "\"tag\"", "run style 'tag' is not defined in style.yaml")]
    public void An_unknown_style_names_the_style_the_style_file_and_the_template_line(string from, string to, string marker, string message)
    {
        var error = Assert.Throws<SourceError>(() => Compose(from, to));
        Assert.Equal((TemplateFile, LineOf(TemplateFile, marker), message), (error.File, error.Line, error.Message));
    }

    [Fact]
    public void Text_outside_the_calls_is_an_error_at_its_line_when_the_template_is_loaded()
    {
        var error = Assert.Throws<SourceError>(() => Compose("{{ rule \"masthead\" }}", "{{ rule \"masthead\" }}\n\n本期要目"));
        Assert.Equal((TemplateFile, LineOf(TemplateFile, "本期要目")), (error.File, error.Line));
        Assert.Contains("“本期要目” stands outside {{ }} and reaches no page", error.Message);
    }

    [Fact]
    public void A_value_printed_where_no_call_takes_it_is_an_error_at_its_line()
    {
        var error = Assert.Throws<SourceError>(() => Compose("{{ rule \"masthead\" }}", "{{ rule \"masthead\" }}\n{{ brief.subtitle }}"));
        Assert.Equal((TemplateFile, LineOf(TemplateFile, "{{ brief.subtitle }}")), (error.File, error.Line));
        Assert.Contains("reaches no page", error.Message);
    }

    [Fact]
    public void A_text_of_the_brief_needs_no_escaping()
    {
        // Once the template printed XML, and a title with < or & broke it unless the template escaped it.
        var layout = Compose("(lines brief.title_lines)", "\"<甲> & “乙”\"");
        Assert.Equal("<甲> & “乙”", layout.Flow.OfType<LayoutParagraph>().Single(p => p.Style == "title").Text);
    }

    [Fact]
    public void A_syntax_error_names_the_template_line()
    {
        var error = Assert.Throws<SourceError>(() => Compose("{{~ if brief.subtitle ~}}", "{{~ if brief.subtitle ~}}{{ 1 + }}"));
        Assert.Equal(TemplateFile, error.File);
        Assert.Equal(LineOf(TemplateFile, "{{ 1 + }}"), error.Line);
    }

    [Fact]
    public void Every_builtin_object_of_scriban_is_still_there_for_a_template()
    {
        // Built-ins are made on first use (for speed); a template that names them gets Scriban's own.
        var layout = Compose("(lines brief.title_lines)",
            "(brief.title | string.upcase | string.append (math.plus 1 2) | html.escape)");
        var title = layout.Flow.OfType<LayoutParagraph>().Single(p => p.Style == "title").Text;
        Assert.EndsWith("3", title);
    }
}

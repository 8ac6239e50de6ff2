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
        var error = Assert.Throws<SourceError>(() => Compose("共印：{{ copies }} 份", "共印：{{ copiess }} 份"));
        Assert.Equal(TemplateFile, error.File);
        Assert.Equal(LineOf(TemplateFile, "copiess"), error.Line);
        Assert.Contains("copiess", error.Message);
    }

    [Fact]
    public void An_unknown_paragraph_style_names_the_style_and_the_style_file()
    {
        var error = Assert.Throws<SourceError>(() => Compose("<p style=\"number\"", "<p style=\"numbér\""));
        Assert.Equal(TemplateFile, error.File);
        Assert.Contains("paragraph style 'numbér' is not defined in style.yaml", error.Message);
    }

    [Fact]
    public void An_unknown_rule_style_names_the_style()
    {
        var error = Assert.Throws<SourceError>(() => Compose("<rule style=\"masthead\"/>", "<rule style=\"mast\"/>"));
        Assert.Equal(TemplateFile, error.File);
        Assert.Contains("rule style 'mast' is not defined in style.yaml", error.Message);
    }

    [Fact]
    public void Malformed_block_xml_is_the_templates_fault_with_the_line_of_its_output()
    {
        var error = Assert.Throws<SourceError>(() => Compose("{{ series.tagline | html.escape }}</r>", "{{ series.tagline | html.escape }}"));
        Assert.Equal(TemplateFile, error.File);
        Assert.Contains("malformed block XML", error.Message);
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
        var layout = Compose("{{ line | html.escape }}",
            "{{ line | string.upcase | string.append (math.plus 1 2) | html.escape }}");
        var title = layout.Flow.OfType<LayoutParagraph>().Single(p => p.Style == "title").Text;
        Assert.EndsWith("3", title);
    }
}

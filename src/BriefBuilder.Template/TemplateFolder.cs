using BriefBuilder.Model;
using BriefBuilder.Source;
using Scriban;

namespace BriefBuilder.Template;

/// <summary>
/// A house format on disk: <c>templates/NAME/brief.scriban</c> (what goes where) and
/// <c>style.yaml</c> (every size, font and colour). Loaded once, used for every brief.
/// </summary>
public sealed class TemplateFolder
{
    public const string TemplateFileName = "brief.scriban";

    public string Path { get; }
    public string TemplateFile { get; }
    public HouseStyle Style { get; }
    internal Scriban.Template Template { get; }

    private TemplateFolder(string path, string templateFile, HouseStyle style, Scriban.Template template)
    {
        Path = path; TemplateFile = templateFile; Style = style; Template = template;
    }

    public static TemplateFolder Load(string path)
    {
        if (!Directory.Exists(path))
            throw new SourceError(path, 0, "template folder not found; series.yaml's 'template' names a folder under templates/");
        var file = System.IO.Path.Combine(path, TemplateFileName);
        var template = Parse(file);
        // Parse refused a template with errors, and Scriban gives every other template a page.
        var page = template.Page ?? throw new SourceError(file, 0, "the template has no content");
        KindLiterals.Check(page, file);
        LazyBuiltins.Prepare(page);
        return new TemplateFolder(path, file, StyleReader.Read(System.IO.Path.Combine(path, StyleReader.FileName)), template);
    }

    /// <summary>Parses a Scriban file of the folder; a syntax error names its file and line.</summary>
    internal static Scriban.Template Parse(string file)
    {
        var template = Scriban.Template.Parse(SourceText.Read(file), file);
        if (!template.HasErrors) return template;
        var first = template.Messages.First();
        throw new SourceError(file, first.Span.Start.Line + 1, first.Message);
    }
}

using BriefBuilder.Model;
using BriefBuilder.Source;
using Scriban.Runtime;
using Scriban.Syntax;

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
        LazyBuiltins.Prepare(template.Page!);
        return new TemplateFolder(path, file, StyleReader.Read(System.IO.Path.Combine(path, StyleReader.FileName)), template);
    }

    /// <summary>
    /// Parses a Scriban file of the folder and holds it to the contract: a syntax error, text
    /// outside <c>{{ }}</c> or a kind no block has is an error at its file and line.
    /// </summary>
    internal static Scriban.Template Parse(string file)
    {
        var template = Scriban.Template.Parse(SourceText.Read(file), file);
        if (template.HasErrors)
        {
            var first = template.Messages.First();
            throw new SourceError(file, first.Span.Start.Line + 1, first.Message);
        }
        // Scriban gives every template without errors a page.
        var page = template.Page ?? throw new SourceError(file, 0, "the template has no content");
        LooseText.Check(page, file);
        KindLiterals.Check(page, file);
        return template;
    }

    /// <summary>
    /// Runs the template <paramref name="file"/> of the folder (the brief's, already parsed, or another)
    /// on <paramref name="globals"/>; its calls make the layout, whose blocks point back to lines of
    /// <paramref name="sourceFile"/>. A mistake in the template is an error at its line.
    /// </summary>
    /// <param name="blocks">How many blocks the template may walk, nested: its recursion may go as deep.</param>
    internal LayoutDocument Render(string file, ScriptObject globals, string sourceFile, int blocks)
    {
        var template = file == TemplateFile ? Template : Parse(file);
        var layout = new LayoutBuilder(sourceFile, Style);
        var context = new BriefContext(blocks);
        context.PushGlobal(LayoutFunctions.For(layout));
        context.PushGlobal(globals);
        try
        {
            template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new SourceError(file, e.Span.Start.Line + 1, e.OriginalMessage);
        }
        return layout.Build(file);
    }
}

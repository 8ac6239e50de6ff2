using BriefBuilder.Cli.Building;
using BriefBuilder.Model;
using BriefBuilder.Pdf;
using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Pdf.Layout;
using BriefBuilder.Source;
using BriefBuilder.Template;

namespace BriefBuilder.Cli;

/// <summary>
/// <c>brief build --dump brief|blocks|layout [PATH…]</c>: each brief taken through the pipeline
/// as far as one stage, and that stage's model printed to stdout instead of any file written, as
/// pandoc's <c>-t native</c> does. brief: the parsed front matter and body with source lines;
/// blocks: the template's layout document; layout: the PDF's pages with every placed run.
/// </summary>
public static class StageDump
{
    public static readonly string[] Stages = ["brief", "blocks", "layout"];

    public static int Run(IReadOnlyList<string> inputs, string stage, TextWriter stdout, TextWriter stderr)
    {
        var failed = 0;
        foreach (var refusal in inputs.Select(BuildRun.Refusal).OfType<string>())
        {
            stderr.WriteLine(refusal);
            failed++;
        }
        var briefs = inputs.Where(i => BuildRun.Refusal(i) is null).SelectMany(ContentFolder.Briefs)
            .Select(b => ContentFolder.Relative(Path.GetFullPath(b)))
            .Distinct().Order(StringComparer.Ordinal);
        foreach (var brief in briefs)
        {
            try
            {
                stdout.Write(Dump(brief, stage));
            }
            catch (SourceError e)
            {
                stderr.WriteLine($"{e.Location}: error: {e.Message}");
                failed++;
            }
            catch (Exception e) when (e is MissingGlyphException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{brief}: error: {e.Message}");
                failed++;
            }
        }
        return failed == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    static string Dump(string brief, string stage)
    {
        var read = BriefReader.Read(brief);
        if (stage == "brief") return ModelDump.Brief(read);
        var content = ContentFolder.Containing(ContentFolder.SeriesFile(brief));
        var template = TemplateFolder.Load(content.TemplatePath);
        var document = Composer.Compose(read, content.Series, template);
        if (stage == "blocks") return ModelDump.Layout(document);
        var fonts = FontSet.Create(template.Style, FontIndex.Default(content.FontFolder));
        return $"Layout {ModelDump.Quote(brief)}\n" + LayoutDump.Write(new PdfRenderer(template.Style, fonts).Layout(document));
    }
}

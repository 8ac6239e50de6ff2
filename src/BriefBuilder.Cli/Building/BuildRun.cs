using BriefBuilder.Model;
using BriefBuilder.Source;
using BriefBuilder.Template;

namespace BriefBuilder.Cli.Building;

/// <summary>
/// One run of <c>brief build</c>: every brief under the inputs goes source → layout → writers.
/// A bad brief is reported with file and line and skipped; the others still build.
/// </summary>
public sealed class BuildRun(string outDir, IReadOnlyList<OutputFormat> formats, TextWriter stdout, TextWriter stderr)
{
    private readonly Dictionary<string, TemplateFolder> _templates = new();

    public int Run(IEnumerable<string> inputs)
    {
        var failed = 0;
        var built = 0;
        foreach (var input in inputs)
        {
            if (!File.Exists(input) && !Directory.Exists(input))
            {
                stderr.WriteLine($"{input}: error: no such file or folder");
                failed++;
                continue;
            }
            foreach (var brief in ContentFolder.Briefs(input))
            {
                if (BuildOne(brief)) built++; else failed++;
            }
        }
        stdout.WriteLine($"built {built}, failed {failed}");
        return failed == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    private bool BuildOne(string path)
    {
        try
        {
            var content = ContentFolder.Containing(path);
            var template = Template(content.TemplatePath);
            var layout = Composer.Compose(BriefReader.Read(ContentFolder.Relative(path)), content.Series, template);
            foreach (var format in formats)
            {
                var target = content.OutputPath(path, outDir, format.Extension);
                AtomicFile.Write(target, stream => format.Write(layout, template.Style, stream));
                stdout.WriteLine($"{ContentFolder.Relative(path)} → {ContentFolder.Relative(target)}");
            }
            return true;
        }
        catch (SourceError e)
        {
            stderr.WriteLine($"{e.Location}: error: {e.Message}");
            return false;
        }
    }

    private TemplateFolder Template(string path)
    {
        if (!_templates.TryGetValue(path, out var template))
            _templates[path] = template = TemplateFolder.Load(path);
        return template;
    }
}

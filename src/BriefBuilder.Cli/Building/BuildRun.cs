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
    private readonly Dictionary<string, (TemplateFolder Template, Action<LayoutDocument, Stream>[] Writers)> _templates = new();

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
            var (template, writers) = Template(content);
            var layout = Composer.Compose(BriefReader.Read(ContentFolder.Relative(path)), content.Series, template);
            // Every output is made in memory first: a brief that fails in the PDF leaves no new DOCX either.
            var outputs = formats.Select((format, i) =>
            {
                var bytes = new MemoryStream();
                writers[i](layout, bytes);
                return (Target: content.OutputPath(path, outDir, format.Extension), Bytes: bytes);
            }).ToList();
            foreach (var (target, bytes) in outputs)
            {
                AtomicFile.Write(target, stream => bytes.WriteTo(stream));
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

    /// <summary>The series' template and its writers, loaded once per run.</summary>
    private (TemplateFolder, Action<LayoutDocument, Stream>[]) Template(ContentFolder content)
    {
        var path = content.TemplatePath;
        if (!_templates.TryGetValue(path, out var loaded))
        {
            var template = TemplateFolder.Load(path);
            _templates[path] = loaded = (template, formats.Select(f => f.Prepare(template.Style, content.FontFolder)).ToArray());
        }
        return loaded;
    }
}

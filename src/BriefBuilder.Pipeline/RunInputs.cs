using System.Collections.Concurrent;

namespace BriefBuilder.Pipeline;

/// <summary>
/// What the briefs of one run share, each looked at once however many threads ask: the content
/// folders with the fingerprint of their series.yaml, the templates (checked against their files
/// and fonts once a run, and kept by the pipeline between runs), and the program's fingerprint.
/// </summary>
public sealed class RunInputs
{
    readonly BriefPipeline pipeline;
    readonly ConcurrentDictionary<string, Lazy<(ContentFolder, string)>> folders = new();
    readonly ConcurrentDictionary<string, Lazy<PreparedTemplate>> templates = new();
    // Reads every assembly's header: started at once, so that it overlaps the first brief's reading.
    readonly Task<string> program = Task.Run(() => Fingerprint.Program);

    internal RunInputs(BriefPipeline pipeline, IReadOnlyList<OutputFormat> formats, string? cache)
    {
        this.pipeline = pipeline;
        Formats = formats;
        Cache = cache;
    }

    public IReadOnlyList<OutputFormat> Formats { get; }

    /// <summary>Folder for what writers keep between runs (font subsets, the font listing); null for none.</summary>
    public string? Cache { get; }

    public string Program => program.GetAwaiter().GetResult();

    /// <summary>The content folder of <paramref name="brief"/> and the fingerprint of its series.yaml, taken before it is read.</summary>
    public (ContentFolder Folder, string Series) Content(string brief) =>
        folders.GetOrAdd(ContentFolder.SeriesFile(brief), file => new(() =>
        {
            var series = Fingerprint.File(file);
            return (ContentFolder.Containing(file), series);
        })).Value;

    public PreparedTemplate Template(ContentFolder content) =>
        templates.GetOrAdd(content.TemplatePath, path => new(() => pipeline.Template(path, content.FontFolder, Cache, Formats))).Value;
}

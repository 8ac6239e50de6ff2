using System.Collections.Concurrent;

namespace BriefBuilder.Cli.Building;

/// <summary>
/// What the briefs of one run share, each read once however many threads ask: the content
/// folders with the fingerprint of their series.yaml, and the prepared templates.
/// </summary>
/// <param name="cache">Folder for what writers keep between runs (font subsets).</param>
public sealed class RunInputs(IReadOnlyList<OutputFormat> formats, string cache)
{
    readonly ConcurrentDictionary<string, Lazy<(ContentFolder, string)>> folders = new();
    readonly ConcurrentDictionary<string, Lazy<PreparedTemplate>> templates = new();

    /// <summary>The content folder of <paramref name="brief"/> and the fingerprint of its series.yaml, taken before it is read.</summary>
    public (ContentFolder Folder, string Series) Content(string brief) =>
        folders.GetOrAdd(ContentFolder.SeriesFile(brief), file => new(() =>
        {
            var series = Fingerprint.File(file);
            return (ContentFolder.Containing(file), series);
        })).Value;

    public PreparedTemplate Template(ContentFolder content) =>
        templates.GetOrAdd(content.TemplatePath, path => new(() => PreparedTemplate.Load(path, content.FontFolder, cache, formats))).Value;
}

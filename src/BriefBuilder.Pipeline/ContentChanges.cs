using BriefBuilder.Model;
using System.Threading.Channels;
using BriefBuilder.Source;

namespace BriefBuilder.Pipeline;

/// <summary>
/// Saves under the inputs' content folders and the templates beside them, in batches: what
/// <c>brief watch</c> rebuilds and <c>brief serve</c> redraws. Each batch names the changed briefs
/// when only briefs changed, else every input (a template, series.yaml, or a change the watcher
/// missed can touch any brief; the manifest skips what it did not). Watching starts when the
/// object is made, so that no save made during a first build is missed.
/// </summary>
public sealed class ContentChanges : IDisposable
{
    /// <summary>
    /// How long the files must be quiet before a rebuild: an editor saves in several steps
    /// (write a copy, rename it over the file) within a millisecond or two, and a checkout's many
    /// files keep the timer running until the last. Every millisecond here is one the editor
    /// waits for the new PDF (the target is 50 ms from save to both outputs rewritten), and a
    /// step that comes later still only means one more rebuild.
    /// </summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(5);

    readonly IReadOnlyList<string> inputs;
    readonly Channel<string?> changes = Channel.CreateUnbounded<string?>();
    readonly List<FileSystemWatcher> watchers;

    public ContentChanges(IReadOnlyList<string> inputs)
    {
        this.inputs = inputs;
        var folders = WatchedFolders(inputs);
        Folders = folders.Select(f => f.Folder).ToList();
        watchers = folders.Select(f => Watch(f.Folder, f.IsTemplates, changes.Writer)).ToList();
    }

    /// <summary>The folders watched: the inputs' content folders and the templates folder beside each.</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>Waits for the next save and the quiet after it; the briefs it affects, named as the inputs name them.</summary>
    public async Task<IReadOnlyList<string>> Next(CancellationToken cancel)
    {
        var batch = new List<string?> { await changes.Reader.ReadAsync(cancel) };
        do
        {
            await Task.Delay(Quiet, cancel);
        } while (Drain(changes.Reader, batch));
        return Affected(batch);
    }

    public void Dispose()
    {
        foreach (var watcher in watchers) watcher.Dispose();
    }

    static bool Drain(ChannelReader<string?> reader, List<string?> batch)
    {
        var more = false;
        while (reader.TryRead(out var path))
        {
            batch.Add(path);
            more = true;
        }
        return more;
    }

    /// <summary>The changed briefs among the inputs when only briefs changed; every input otherwise (null: a change the watcher missed).</summary>
    IReadOnlyList<string> Affected(List<string?> changed)
    {
        if (changed.Any(path => path is null || !BriefFiles.IsBrief(path) || !File.Exists(path))) return inputs;
        var fullInputs = inputs.Select(Path.GetFullPath).ToList();
        return changed.Distinct().Where(path => fullInputs.Any(input => Path.GetFullPath(path!) == input || Path.GetFullPath(path!).StartsWith(input + Path.DirectorySeparatorChar)))
            .Select(path => ContentFolder.Relative(path!)).ToList();
    }

    /// <summary>The content folders of the inputs and the templates folder beside each (so a switch of template is seen too).</summary>
    static List<(string Folder, bool IsTemplates)> WatchedFolders(IReadOnlyList<string> inputs)
    {
        var folders = new SortedSet<(string, bool)>();
        foreach (var input in inputs.Where(i => File.Exists(i) || Directory.Exists(i)))
        {
            try
            {
                var root = Path.GetDirectoryName(ContentFolder.SeriesFile(input))!;
                folders.Add((root, false));
                var templates = Path.Combine(Path.GetDirectoryName(root)!, "templates");
                if (Directory.Exists(templates)) folders.Add((templates, true));
            }
            catch (SourceError)
            {
                // No series.yaml: the build reports it.
            }
        }
        return folders.ToList();
    }

    static FileSystemWatcher Watch(string folder, bool isTemplates, ChannelWriter<string?> changes)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Changed(string path)
        {
            if (Matters(path, isTemplates)) changes.TryWrite(path);
        }
        watcher.Changed += (_, e) => Changed(e.FullPath);
        watcher.Created += (_, e) => Changed(e.FullPath);
        watcher.Deleted += (_, e) => Changed(e.FullPath);
        watcher.Renamed += (_, e) => Changed(e.FullPath);
        watcher.Error += (_, _) => changes.TryWrite(null); // events were lost: rebuild everything
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>
    /// Any template file; in a content folder, briefs and series.yaml. Editors' swap files and
    /// backups come and go while typing and change no output.
    /// </summary>
    static bool Matters(string path, bool isTemplates)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith('.') && !name.EndsWith('~') && (isTemplates || BriefFiles.IsBrief(path) || name == SeriesReader.FileName);
    }
}

using System.Threading.Channels;
using BriefBuilder.Model;
using BriefBuilder.Pipeline;
using BriefBuilder.Source;

namespace BriefBuilder.Cli.Building;

/// <summary>
/// <c>brief watch</c>: builds the inputs, then again whenever a brief, series.yaml or a template
/// file changes: only the changed briefs when only briefs changed, else all of them (the
/// manifest skips what a change did not touch). Every rebuild passes the numbering gate first.
/// An error is printed and watching goes on. One pipeline serves the whole watch, so a template,
/// its fonts and the archive's front matter are read again only when they change. Every line it
/// prints starts with the time; a rebuild that fails names the outputs it leaves older than
/// their brief.
/// </summary>
public sealed class BriefWatch(IReadOnlyList<string> inputs, BuildOptions options, TextWriter stdout, TextWriter stderr, Func<DateTime>? clock = null)
{
    readonly TextWriter stdout = new TimedLines(stdout, clock ?? (() => DateTime.Now));
    readonly TextWriter stderr = new TimedLines(stderr, clock ?? (() => DateTime.Now));
    readonly BriefPipeline pipeline = new();

    /// <summary>
    /// How long the files must be quiet before a rebuild: an editor saves in several steps
    /// (write a copy, rename it over the file) within a millisecond or two, and a checkout's many
    /// files keep the timer running until the last. Every millisecond here is one the editor
    /// waits for the new PDF (the target is 50 ms from save to both outputs rewritten), and a
    /// step that comes later still only means one more rebuild.
    /// </summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(5);

    /// <summary>Builds, then watches until <paramref name="cancel"/> fires (Ctrl+C).</summary>
    public async Task RunAsync(CancellationToken cancel)
    {
        var changes = Channel.CreateUnbounded<string?>();
        var folders = WatchedFolders();
        // Watching starts before the first build, so that no save made during it is missed.
        var watchers = folders.Select(f => Watch(f.Folder, f.IsTemplates, changes.Writer)).ToList();
        try
        {
            stdout.WriteLine($"watching {string.Join(", ", folders.Select(f => ContentFolder.Relative(f.Folder)))} (Ctrl+C to stop)");
            CollectorPause.Begin();
            Build(inputs);
            while (true)
            {
                var batch = new List<string?> { await changes.Reader.ReadAsync(cancel) };
                do
                {
                    await Task.Delay(Quiet, cancel);
                } while (Drain(changes.Reader, batch));
                Build(Affected(batch));
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            stdout.WriteLine("stopped watching");
        }
        finally
        {
            CollectorPause.End();
            foreach (var watcher in watchers) watcher.Dispose();
        }
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

    void Build(IReadOnlyList<string> briefs)
    {
        if (briefs.Count == 0) return;
        try
        {
            if (GatedBuild.Run(pipeline, briefs, options, stdout, stderr) != ExitCodes.Ok) ReportStale(briefs);
        }
        catch (Exception e)
        {
            // A watch that dies on a bad save is no use: say what happened, keep watching.
            stderr.WriteLine($"brief watch: error: {e.Message}");
            ReportStale(briefs);
        }
        finally
        {
            // The collector's turn is now, right after the outputs were written, while the
            // editor types: a new pause begins by collecting, and the next rebuild runs in it.
            CollectorPause.End();
            CollectorPause.Begin();
        }
    }

    /// <summary>
    /// After a failed rebuild, the outputs in out/ that are older than their brief: the PDF the
    /// editor has open still shows the last build that succeeded, not the text just saved.
    /// </summary>
    void ReportStale(IReadOnlyList<string> briefs)
    {
        foreach (var brief in briefs.Where(b => File.Exists(b) || Directory.Exists(b)).SelectMany(ContentFolder.Briefs).Distinct())
        {
            try
            {
                var content = ContentFolder.Containing(brief);
                var saved = File.GetLastWriteTimeUtc(brief);
                var stale = options.Formats.Select(f => content.OutputPath(brief, options.OutDir, f.Extension))
                    .Where(o => File.Exists(o) && File.GetLastWriteTimeUtc(o) < saved).Select(ContentFolder.Relative).ToList();
                if (stale.Count > 0)
                    stderr.WriteLine($"brief watch: {string.Join(" and ", stale)} {(stale.Count == 1 ? "is" : "are")} now older than {ContentFolder.Relative(brief)}: {(stale.Count == 1 ? "it shows" : "they show")} the last build that succeeded");
            }
            catch (Exception e) when (e is SourceError or IOException or UnauthorizedAccessException)
            {
                // No series.yaml, or a brief gone meanwhile: the build has said so.
            }
        }
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
    List<(string Folder, bool IsTemplates)> WatchedFolders()
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

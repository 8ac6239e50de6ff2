using BriefBuilder.Model;
using BriefBuilder.Pipeline;
using BriefBuilder.Source;

namespace BriefBuilder.Cli.Building;

/// <summary>
/// <c>brief watch</c>: builds the inputs, then again whenever a brief, series.yaml or a template
/// file changes: only the changed briefs when only briefs changed, else all of them (the
/// manifest skips what a change did not touch). Every rebuild passes the numbering gate first.
/// An error is printed and watching goes on. One pipeline serves the whole watch, so a template,
/// its fonts and the archive's front matter are read again only when they change; what changed
/// is told by <see cref="ContentChanges"/>, which brief serve shares. Every line it prints starts
/// with the time; a rebuild that fails names the outputs it leaves older than their brief.
/// </summary>
public sealed class BriefWatch(IReadOnlyList<string> inputs, BuildOptions options, TextWriter stdout, TextWriter stderr, Func<DateTime>? clock = null)
{
    readonly TextWriter stdout = new TimedLines(stdout, clock ?? (() => DateTime.Now));
    readonly TextWriter stderr = new TimedLines(stderr, clock ?? (() => DateTime.Now));
    readonly BriefPipeline pipeline = new();

    /// <summary>Builds, then watches until <paramref name="cancel"/> fires (Ctrl+C).</summary>
    public async Task RunAsync(CancellationToken cancel)
    {
        using var changes = new ContentChanges(inputs);
        try
        {
            stdout.WriteLine($"watching {string.Join(", ", changes.Folders.Select(ContentFolder.Relative))} (Ctrl+C to stop)");
            CollectorPause.Begin();
            Build(inputs);
            while (true) Build(await changes.Next(cancel));
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            stdout.WriteLine("stopped watching");
        }
        finally
        {
            CollectorPause.End();
        }
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
}

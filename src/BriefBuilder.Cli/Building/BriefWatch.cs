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
/// is told by <see cref="ContentChanges"/>, which brief serve shares.
/// </summary>
public sealed class BriefWatch(IReadOnlyList<string> inputs, BuildOptions options, TextWriter stdout, TextWriter stderr)
{
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
            GatedBuild.Run(pipeline, briefs, options, stdout, stderr);
        }
        catch (Exception e)
        {
            // A watch that dies on a bad save is no use: say what happened, keep watching.
            stderr.WriteLine($"brief watch: error: {e.Message}");
        }
        finally
        {
            // The collector's turn is now, right after the outputs were written, while the
            // editor types: a new pause begins by collecting, and the next rebuild runs in it.
            CollectorPause.End();
            CollectorPause.Begin();
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using BriefBuilder.Model;
using BriefBuilder.Pipeline;
using BriefBuilder.Source;

namespace BriefBuilder.Cli.Building;

/// <summary>
/// One run of <c>brief build</c>: every brief under the inputs goes through the pipeline, briefs
/// side by side on all cores. A brief whose outputs were made from the same inputs (see
/// <see cref="BuildManifest"/>) is skipped. A bad brief is reported with file and line; the others
/// still build. What is printed is in path order, whatever order the briefs finish in. Nothing is
/// written while <c>mayWrite</c> says no (see <see cref="GatedBuild"/>).
/// </summary>
public sealed class BuildRun(BriefPipeline pipeline, BuildOptions options, TextWriter stdout, TextWriter stderr, Func<bool> mayWrite)
{
    // The subset cache lives beside the manifest: what was built into OUT is what it speeds up.
    readonly RunInputs run = pipeline.Run(options.Formats, options.CacheFolder);
    readonly BuildManifest manifest = BuildManifest.Load(options.OutDir);
    readonly Stopwatch clock = Stopwatch.StartNew();

    /// <summary>What was built, skipped and failed; the outputs are written, nothing is printed yet.</summary>
    public RunResults Build(IEnumerable<string> inputs)
    {
        var refused = inputs.Select(Refusal).OfType<string>().ToList();
        var briefs = Briefs(inputs);
        var results = new BriefResult[briefs.Count];
        BuildProgress.Run(briefs.Count, options.Progress, done =>
            Parallel.For(0, briefs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                results[i] = pipeline.Build(briefs[i], options, run, manifest, mayWrite);
                done();
            }));
        return new RunResults(refused, results);
    }

    /// <summary>The briefs under the inputs that can be built, named as the user would name them, once each however many inputs hold them.</summary>
    internal static List<string> Briefs(IEnumerable<string> inputs) =>
        inputs.Where(i => Refusal(i) is null).SelectMany(ContentFolder.Briefs)
            .Select(b => ContentFolder.Relative(Path.GetFullPath(b)))
            .Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Why an input cannot be built, or null: only Markdown files are briefs (so an output can
    /// never be written over its own source, as `build 021.pdf -o content` once did), and a folder
    /// must hold at least one, or a mistyped folder would report "built 0" as a success.
    /// </summary>
    internal static string? Refusal(string input) =>
        File.Exists(input) ? (BriefFiles.IsBrief(input) ? null : $"{FilePaths.Display(input)}: error: not a brief: briefs are Markdown files ({BriefFiles.Extension}); nothing is built from it")
        : Directory.Exists(input) ? (BriefFiles.Under(input).Any() ? null : $"{FilePaths.Display(input)}: error: no briefs ({BriefFiles.Extension} files) in this folder")
        : $"{input}: error: no such file or folder";

    /// <summary>Prints the results in path order and the summary line, records the outputs written, and gives the exit code.</summary>
    public int Report(RunResults results)
    {
        foreach (var refusal in results.Refused) stderr.WriteLine(refusal);
        foreach (var result in results.Briefs)
        {
            foreach (var output in result.Outputs) stdout.WriteLine($"{result.Brief} → {output}");
            if (result.Fit is { } fit) stdout.WriteLine($"{result.Brief}: {PageFitText.Of(fit)}");
            if (result.Error is not null) stderr.WriteLine(result.Error);
        }
        var written = results.Briefs.SelectMany(r => r.Written).ToList();
        try
        {
            if (written.Count > 0) BuildManifest.Save(options.OutDir, written);
        }
        catch (SourceError e)
        {
            // The outputs are written; without the record of them the next build only builds them again.
            stderr.WriteLine($"{e.Location}: error: {e.Message}");
        }

        int Count(BriefStatus status) => results.Briefs.Count(r => r.Status == status);
        var failed = Count(BriefStatus.Failed) + results.Refused.Count;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"built {Count(BriefStatus.Built)}, skipped {Count(BriefStatus.Skipped)}, failed {failed} in {clock.Elapsed.TotalSeconds:0.0} s"));
        return failed == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
    }
}

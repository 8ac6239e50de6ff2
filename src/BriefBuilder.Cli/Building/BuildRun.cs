using System.Diagnostics;
using System.Globalization;
using BriefBuilder.Model;
using BriefBuilder.Numbering;
using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Source;
using BriefBuilder.Template;

namespace BriefBuilder.Cli.Building;

/// <summary>
/// One run of <c>brief build</c>: every brief under the inputs goes source → layout → writers,
/// briefs side by side on all cores. A brief whose outputs were made from the same inputs (see
/// <see cref="BuildManifest"/>) is skipped. A bad brief is reported with file and line; the others
/// still build. What is printed is in path order, whatever order the briefs finish in. Nothing is
/// written while <c>mayWrite</c> says no (see <see cref="GatedBuild"/>).
/// </summary>
public sealed class BuildRun(BuildOptions options, TextWriter stdout, TextWriter stderr, Func<bool> mayWrite)
{
    // The subset cache lives beside the manifest: what was built into OUT is what it speeds up.
    readonly RunInputs shared = new(options.Formats, options.CacheFolder);
    readonly BuildManifest manifest = BuildManifest.Load(options.OutDir);
    readonly Stopwatch clock = Stopwatch.StartNew();
    // Reads every assembly's header: started at once, so that it overlaps the first brief's reading.
    readonly Task<string> program = Task.Run(() => Fingerprint.Program);

    /// <summary>What was built, skipped and failed; the outputs are written, nothing is printed yet.</summary>
    public RunResults Build(IEnumerable<string> inputs)
    {
        var refused = inputs.Select(Refusal).OfType<string>().ToList();
        // Named as the user would name them, once each however many inputs hold them.
        var briefs = inputs.Where(i => Refusal(i) is null).SelectMany(ContentFolder.Briefs)
            .Select(b => ContentFolder.Relative(Path.GetFullPath(b)))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var results = new BriefResult[briefs.Count];
        BuildProgress.Run(briefs.Count, options.Progress, done =>
            Parallel.For(0, briefs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                results[i] = BuildOne(briefs[i]);
                done();
            }));
        return new RunResults(refused, results);
    }

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
    public int Report(RunResults run)
    {
        foreach (var refusal in run.Refused) stderr.WriteLine(refusal);
        foreach (var result in run.Briefs)
        {
            foreach (var output in result.Outputs) stdout.WriteLine($"{result.Brief} → {output}");
            if (result.Error is not null) stderr.WriteLine(result.Error);
        }
        var written = run.Briefs.SelectMany(r => r.Written).ToList();
        if (written.Count > 0) BuildManifest.Save(options.OutDir, written);

        int Count(BriefStatus status) => run.Briefs.Count(r => r.Status == status);
        var failed = Count(BriefStatus.Failed) + run.Refused.Count;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"built {Count(BriefStatus.Built)}, skipped {Count(BriefStatus.Skipped)}, failed {failed} in {clock.Elapsed.TotalSeconds:0.0} s"));
        return failed == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    BriefResult BuildOne(string brief)
    {
        try
        {
            var (content, series) = shared.Content(brief);
            var template = shared.Template(content);
            // Taken before the brief is read: an edit made meanwhile leaves a fingerprint that no longer matches.
            var source = Fingerprint.File(brief);
            var targets = options.Formats.Select((format, i) => (
                Path: content.OutputPath(brief, options.OutDir, format.Extension),
                Inputs: Fingerprint.Of(("program", program.GetAwaiter().GetResult()), ("brief", source), ("series", series), ("template", template.Fingerprints[i]))))
                .ToList();
            if (!options.Force && targets.All(t => manifest.IsCurrent(t.Path, t.Inputs))) return BriefResult.Skipped(brief);

            template.StartWriters();
            var read = BriefReader.Read(brief);
            if (NextBrief.Placeholder(read) is { } unfinished) throw unfinished;
            var layout = Composer.Compose(read, content.Series, template.Folder);
            // Every output is made in memory first, the formats side by side (with few briefs, that
            // is what keeps both cores busy): a brief that fails in the PDF leaves no new DOCX either.
            // The last format (the PDF, the longest) is made on this thread, which would otherwise
            // only wait: queued for the pool, it waited up to 6 ms for a thread.
            var last = options.Formats.Count - 1;
            var others = Enumerable.Range(0, last).Select(i => Task.Run(() => Render(template.Writer(i), layout))).ToList();
            var lastBytes = Render(template.Writer(last), layout);
            var bytes = others.Select(m => m.GetAwaiter().GetResult()).Append(lastBytes).ToList();
            if (!mayWrite()) return BriefResult.Skipped(brief);
            var written = new List<KeyValuePair<string, BuildManifest.Entry>>();
            for (var i = 0; i < targets.Count; i++)
            {
                UserFile.Write(targets[i].Path, stream => bytes[i].WriteTo(stream));
                written.Add(BuildManifest.Written(options.OutDir, targets[i].Path, targets[i].Inputs));
            }
            return BriefResult.Built(brief, targets.Select(t => ContentFolder.Relative(t.Path)).ToList(), written);
        }
        catch (SourceError e)
        {
            return BriefResult.Failed(brief, $"{e.Location}: error: {e.Message}");
        }
        catch (Exception e) when (e is MissingGlyphException or IOException or UnauthorizedAccessException)
        {
            return BriefResult.Failed(brief, $"{brief}: error: {e.Message}");
        }
        catch (Exception e)
        {
            // A fault of the program, not of the brief: still this brief's failure alone, said
            // in one line that names it, while the other briefs build.
            return BriefResult.Failed(brief, $"{brief}: error: the build failed ({e.GetType().Name}: {e.Message}); this is a bug of brief, please report it with the brief");
        }
    }

    static MemoryStream Render(Action<LayoutDocument, Stream> write, LayoutDocument layout)
    {
        var bytes = new MemoryStream();
        write(layout, bytes);
        return bytes;
    }
}

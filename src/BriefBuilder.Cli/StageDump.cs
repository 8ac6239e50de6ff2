using BriefBuilder.Cli.Building;
using BriefBuilder.Model;
using BriefBuilder.Pdf.Layout;
using BriefBuilder.Pipeline;

namespace BriefBuilder.Cli;

/// <summary>
/// <c>brief build --dump brief|blocks|layout [PATH…]</c>: the build without its writers. Each brief
/// goes through the pipeline as the build takes it (gates, reading, composing, every format made
/// in memory), with the same errors and the same exit code, and one stage's model is printed to
/// stdout instead of any file written, as pandoc's <c>-t native</c> does. brief: the parsed front
/// matter and body with source lines; blocks: the template's layout document; layout: the PDF's
/// pages with every placed run. A stage's model is printed as soon as it is made, so a brief the
/// build refuses later still shows it: a dump is how an editor looks at what the build complains of.
/// </summary>
public static class StageDump
{
    public static readonly string[] Stages = ["brief", "blocks", "layout"];

    public static int Run(IReadOnlyList<string> inputs, string stage, IReadOnlyList<OutputFormat> formats, TextWriter stdout, TextWriter stderr)
    {
        var pipeline = new BriefPipeline();
        var failed = 0;
        foreach (var refusal in inputs.Select(BuildRun.Refusal).OfType<string>())
        {
            stderr.WriteLine(refusal);
            failed++;
        }
        if (GatedBuild.Stopped(pipeline.Gates(inputs), stderr, "brief build --dump: a build would write nothing")) failed++;
        // No output folder: nothing of a dump is kept, not even the writers' caches. The layout is the PDF's.
        var run = pipeline.Run(stage == "layout" && !formats.Contains(OutputFormats.Pdf) ? [.. formats, OutputFormats.Pdf] : formats, cache: null);
        foreach (var brief in BuildRun.Briefs(inputs))
        {
            try
            {
                Dump(pipeline, run, brief, stage, stdout);
            }
            catch (Exception e)
            {
                stderr.WriteLine(BriefPipeline.Failure(brief, e));
                failed++;
            }
        }
        return failed == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    static void Dump(BriefPipeline pipeline, RunInputs run, string brief, string stage, TextWriter stdout)
    {
        var read = pipeline.Read(brief);
        if (stage == "brief") stdout.Write(ModelDump.Brief(read));
        var composed = pipeline.Compose(read, run);
        if (stage == "blocks") stdout.Write(ModelDump.Layout(composed.Layout));
        var rendered = pipeline.Render(composed, run.Formats);
        if (stage == "layout") stdout.Write($"Layout {ModelDump.Quote(brief)}\n" + LayoutDump.Write(rendered.PdfPages!.Pages));
    }
}

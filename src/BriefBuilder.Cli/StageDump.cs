using BriefBuilder.Cli.Building;
using BriefBuilder.Model;
using BriefBuilder.Pdf.Layout;
using BriefBuilder.Pipeline;

namespace BriefBuilder.Cli;

/// <summary>
/// <c>brief build --dump brief|blocks|layout [PATH…]</c>: the build without its writers. Each brief
/// goes through the pipeline as the build takes it, with the same gates and the same errors, as
/// far as one stage, and that stage's model is printed to stdout instead of any file written, as
/// pandoc's <c>-t native</c> does. brief: the parsed front matter and body with source lines;
/// blocks: the template's layout document; layout: the PDF's pages with every placed run.
/// </summary>
public static class StageDump
{
    public static readonly string[] Stages = ["brief", "blocks", "layout"];

    public static int Run(IReadOnlyList<string> inputs, string stage, TextWriter stdout, TextWriter stderr)
    {
        var pipeline = new BriefPipeline();
        var failed = 0;
        foreach (var refusal in inputs.Select(BuildRun.Refusal).OfType<string>())
        {
            stderr.WriteLine(refusal);
            failed++;
        }
        if (GatedBuild.Stopped(pipeline.Gates(inputs), stderr, "build --dump")) return ExitCodes.BadInput;
        // No output folder: nothing of a dump is kept, not even the writers' caches.
        var run = pipeline.Run(stage == "layout" ? [OutputFormats.Pdf] : [], cache: null);
        foreach (var brief in BuildRun.Briefs(inputs))
        {
            try
            {
                stdout.Write(Dump(pipeline, run, brief, stage));
            }
            catch (Exception e)
            {
                stderr.WriteLine(BriefPipeline.Failure(brief, e));
                failed++;
            }
        }
        return failed == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    static string Dump(BriefPipeline pipeline, RunInputs run, string brief, string stage)
    {
        var composed = pipeline.Compose(brief, run);
        return stage switch
        {
            "brief" => ModelDump.Brief(composed.Brief),
            "blocks" => ModelDump.Layout(composed.Layout),
            _ => $"Layout {ModelDump.Quote(brief)}\n" + LayoutDump.Write(pipeline.Pages(composed)),
        };
    }
}

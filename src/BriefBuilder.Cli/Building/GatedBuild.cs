using BriefBuilder.Model;
using BriefBuilder.Numbering;

namespace BriefBuilder.Cli.Building;

/// <summary>The numbering gate, then the build: what <c>brief build</c> does, and <c>brief watch</c> on every change.</summary>
public static class GatedBuild
{
    public static int Run(IReadOnlyList<string> inputs, BuildOptions options, TextWriter stdout, TextWriter stderr)
    {
        // A brief printed with a wrong number cannot be recalled: nothing is written until the
        // series checks. The check runs beside the build, which renders in memory meanwhile and
        // writes only once the check has passed: on two cores, a one-brief build then waits for
        // neither. With numbering errors, the rendered briefs are dropped unwritten and unreported.
        var numbering = Task.Run(() => SeriesGate.ErrorsFor(inputs));
        var run = new BuildRun(options, stdout, stderr, mayWrite: () => numbering.GetAwaiter().GetResult().Count == 0);
        var results = run.Build(inputs);
        if (numbering.GetAwaiter().GetResult() is { Count: > 0 } errors)
        {
            stderr.Write(DiagnosticFormatter.Text(errors, "numbering"));
            stderr.WriteLine("brief build: nothing built while the numbering has errors (see brief check)");
            return ExitCodes.BadInput;
        }
        return run.Report(results);
    }
}

using BriefBuilder.Model;
using BriefBuilder.Pipeline;

namespace BriefBuilder.Cli.Building;

/// <summary>The numbering and lint gates, then the build: what <c>brief build</c> does, and <c>brief watch</c> on every change.</summary>
public static class GatedBuild
{
    public static int Run(BriefPipeline pipeline, IReadOnlyList<string> inputs, BuildOptions options, TextWriter stdout, TextWriter stderr)
    {
        // A brief printed with a wrong number, a skipped 三、 or a half-width comma cannot be
        // recalled: nothing is written until the series checks and the briefs lint clean. Both
        // run beside the build, which renders in memory meanwhile and writes only once they have
        // passed: on two cores, a one-brief build then waits for neither. With errors, the
        // rendered briefs are dropped unwritten and unreported.
        var gates = Task.Run(() => pipeline.Gates(inputs));
        var run = new BuildRun(pipeline, options, stdout, stderr, mayWrite: () => Errors(gates.Result).Count == 0);
        var results = run.Build(inputs);
        if (Stopped(gates.Result, stderr, "brief build: nothing built")) return ExitCodes.BadInput;
        // Warnings go with the build's report: they are for the editor to weigh, not failures.
        if (gates.Result.Lint.Count > 0) stdout.Write(DiagnosticFormatter.Text(gates.Result.Lint, "lint"));
        return run.Report(results);
    }

    /// <summary>
    /// Whether the gates stop the build, and if so the report of why: the numbering's errors, else
    /// the briefs' lint errors. <paramref name="outcome"/> says what that means to the command
    /// (a build writes nothing; a dump says so too).
    /// </summary>
    public static bool Stopped((IReadOnlyList<Diagnostic> Numbering, IReadOnlyList<Diagnostic> Lint) gates, TextWriter stderr, string outcome)
    {
        if (gates.Numbering is { Count: > 0 } numbering)
        {
            stderr.Write(DiagnosticFormatter.Text(numbering, "numbering"));
            stderr.WriteLine($"{outcome} while the numbering has errors (see brief check)");
            return true;
        }
        if (gates.Lint.Where(d => d.Severity == Severity.Error).ToList() is { Count: > 0 } lint)
        {
            stderr.Write(DiagnosticFormatter.Text(lint, "lint"));
            stderr.WriteLine($"{outcome} while the briefs have lint errors (brief lint --fix corrects the marked ones)");
            return true;
        }
        return false;
    }

    private static IReadOnlyList<Diagnostic> Errors((IReadOnlyList<Diagnostic> Numbering, IReadOnlyList<Diagnostic> Lint) gates) =>
        gates.Numbering.Concat(gates.Lint).Where(d => d.Severity == Severity.Error).ToList();
}

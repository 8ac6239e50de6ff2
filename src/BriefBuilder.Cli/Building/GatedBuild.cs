using BriefBuilder.Model;

namespace BriefBuilder.Cli.Building;

/// <summary>The numbering and lint gates, then the build: what <c>brief build</c> does, and <c>brief watch</c> on every change.</summary>
public static class GatedBuild
{
    public static int Run(IReadOnlyList<string> inputs, BuildOptions options, TextWriter stdout, TextWriter stderr)
    {
        // A brief printed with a wrong number, a skipped 三、 or a half-width comma cannot be
        // recalled: nothing is written until the series checks and the briefs lint clean. Both
        // run beside the build, which renders in memory meanwhile and writes only once they have
        // passed: on two cores, a one-brief build then waits for neither. With errors, the
        // rendered briefs are dropped unwritten and unreported.
        var numbering = Task.Run(() => SeriesGate.ErrorsFor(inputs));
        var lint = Task.Run(() => LintGate.For(inputs));
        var run = new BuildRun(options, stdout, stderr, mayWrite: () => Errors(numbering).Count == 0 && Errors(lint).Count == 0);
        var results = run.Build(inputs);
        if (Errors(numbering) is { Count: > 0 } numberingErrors)
        {
            stderr.Write(DiagnosticFormatter.Text(numberingErrors, "numbering"));
            stderr.WriteLine("brief build: nothing built while the numbering has errors (see brief check)");
            return ExitCodes.BadInput;
        }
        if (Errors(lint) is { Count: > 0 } lintErrors)
        {
            stderr.Write(DiagnosticFormatter.Text(lintErrors, "lint"));
            stderr.WriteLine("brief build: nothing built while the briefs have lint errors (brief lint --fix corrects the marked ones)");
            return ExitCodes.BadInput;
        }
        // Warnings go with the build's report: they are for the editor to weigh, not failures.
        if (lint.Result.Count > 0) stdout.Write(DiagnosticFormatter.Text(lint.Result, "lint"));
        return run.Report(results);
    }

    private static IReadOnlyList<Diagnostic> Errors(Task<IReadOnlyList<Diagnostic>> gate) =>
        gate.GetAwaiter().GetResult().Where(d => d.Severity == Severity.Error).ToList();
}

using BriefBuilder.Numbering;

namespace BriefBuilder.Cli.Building;

/// <summary>The numbering gate, then the build: what <c>brief build</c> does, and <c>brief watch</c> on every change.</summary>
public static class GatedBuild
{
    public static int Run(IReadOnlyList<string> inputs, BuildOptions options, TextWriter stdout, TextWriter stderr)
    {
        // A brief printed with a wrong number cannot be recalled: nothing is built until the series checks.
        var numbering = SeriesGate.ErrorsFor(inputs);
        if (numbering.Count > 0)
        {
            stderr.Write(DiagnosticFormatter.Text(numbering));
            stderr.WriteLine("brief build: nothing built while the numbering has errors (see brief check)");
            return ExitCodes.BadInput;
        }
        return new BuildRun(options, stdout, stderr).Run(inputs);
    }
}

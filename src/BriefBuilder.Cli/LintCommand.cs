using System.CommandLine;
using BriefBuilder.Cli.Building;
using BriefBuilder.Lint;
using BriefBuilder.Model;
using BriefBuilder.Source;
using BriefBuilder.Pipeline;

namespace BriefBuilder.Cli;

/// <summary><c>brief lint [PATH…] [--fix] [--format text|json]</c>: punctuation, numbers and in-body numbering.</summary>
public static class LintCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Brief files or folders (default: content/)", Arity = ArgumentArity.ZeroOrMore };
        var fix = new Option<bool>("--fix") { Description = "Correct what is safe to correct (half-width marks, spaces, full-width digits, ellipses, dashes) and print each change" };
        var format = DiagnosticOptions.Format();

        var command = new Command("lint",
            "Check briefs for punctuation (GB/T 15834-2011), numbers (GB/T 15835-2011) and the numbering of headings and points (一、 （一） 1. （1）, 一是 二是). "
            + "Errors exit 1 and stop brief build; warnings are printed.");
        command.Arguments.Add(paths);
        command.Options.Add(fix);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths) is { Length: > 0 } given ? given : ["content"];
            var stdout = parse.InvocationConfiguration.Output;
            if (inputs.FirstOrDefault(i => !File.Exists(i) && !Directory.Exists(i)) is { } missing)
            {
                parse.InvocationConfiguration.Error.WriteLine($"brief lint: {missing}: no such file or folder");
                return ExitCodes.Usage;
            }
            var briefs = LintGate.Briefs(inputs);
            var unwritten = parse.GetValue(fix) ? FixAll(briefs, stdout, parse.InvocationConfiguration.Error) : 0;
            var findings = Diagnostic.Sort(briefs.SelectMany(LintGate.Check).Select(f => f.Diagnostic));
            var exit = DiagnosticOptions.Report(stdout, parse.GetValue(format)!, findings, "lint");
            return unwritten > 0 ? ExitCodes.BadInput : exit;
        });
        return command;
    }

    /// <summary>
    /// Fixes each brief in place and prints its changes once they are on disk, so a failure on a
    /// later brief (a read-only file, a full disk) still leaves a report of what was changed before
    /// it. A brief that cannot be written is said as <c>file: error: …</c> and left as it was.
    /// </summary>
    /// <returns>How many briefs had fixes that could not be written.</returns>
    private static int FixAll(IEnumerable<string> briefs, TextWriter stdout, TextWriter stderr)
    {
        var unwritten = 0;
        foreach (var brief in briefs)
        {
            string text;
            try { text = SourceText.Read(brief); }
            catch (SourceError) { continue; } // a brief the Source stage cannot read is reported with the findings
            var (fixedText, applied, withheld) = Linter.Fix(text, brief);
            // Said first, and whether or not other fixes were made: the hints of those findings say --fix does them.
            foreach (var line in withheld)
                stdout.WriteLine($"{brief}:{line.Line}: not fixed: fixed, this line would stop the build ({line.Reason}); its findings below are yours to fix by hand");
            if (applied.Count == 0) continue;
            try
            {
                UserFile.Rewrite(brief, fixedText);
            }
            catch (SourceError e)
            {
                stderr.WriteLine($"{e.Location}: error: {e.Message}");
                unwritten++;
                continue;
            }
            foreach (var done in Diagnostic.Sort(applied, f => f.Diagnostic))
                stdout.WriteLine($"{done.Diagnostic.File}:{done.Diagnostic.Line}: fixed[{done.Diagnostic.Code}]: {done.Diagnostic.Message} → {done.Fix!.Text}");
        }
        return unwritten;
    }
}

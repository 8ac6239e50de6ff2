using System.CommandLine;
using System.Text;
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
            var fixedOnes = parse.GetValue(fix) ? briefs.SelectMany(Fix).ToList() : [];
            foreach (var done in fixedOnes)
                stdout.WriteLine($"{done.Diagnostic.File}:{done.Diagnostic.Line}: fixed[{done.Diagnostic.Code}]: {done.Diagnostic.Message} → {done.Fix!.Text}");
            var findings = Diagnostic.Sort(briefs.SelectMany(LintGate.Check).Select(f => f.Diagnostic));
            return DiagnosticOptions.Report(stdout, parse.GetValue(format)!, findings, "lint");
        });
        return command;
    }

    /// <summary>Fixes one brief in place, through a temporary file; a brief that cannot be read is left untouched.</summary>
    private static IReadOnlyList<Finding> Fix(string brief)
    {
        string text;
        try { text = SourceText.Read(brief); }
        catch (SourceError) { return []; } // reported with the findings
        var (fixedText, applied) = Linter.Fix(text, brief);
        if (applied.Count > 0)
            AtomicFile.Write(brief, s => s.Write(new UTF8Encoding(false).GetBytes(fixedText)));
        return Diagnostic.Sort(applied, f => f.Diagnostic);
    }
}

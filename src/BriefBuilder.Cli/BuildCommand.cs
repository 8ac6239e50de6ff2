using System.CommandLine;
using BriefBuilder.Cli.Building;
using BriefBuilder.Numbering;

namespace BriefBuilder.Cli;

/// <summary><c>brief build [PATH…] [-o DIR] [--format docx|pdf|all]</c>.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Brief files or folders (default: content/)", Arity = ArgumentArity.ZeroOrMore };
        // An unknown option such as --formt would otherwise be taken for a PATH and fail as a missing
        // file (exit 1, bad input) instead of the usage error it is (exit 2). Write ./-name for such a file.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
                result.AddError($"Unrecognized option '{token.Value}'.");
        });
        var output = new Option<string>("--output", "-o") { Description = "Folder for the outputs", DefaultValueFactory = _ => "out" };
        var format = new Option<string>("--format") { Description = "What to write: docx, pdf or all", DefaultValueFactory = _ => "all" };
        format.AcceptOnlyFromAmong("docx", "pdf", "all");

        var command = new Command("build", "Build briefs into DOCX and PDF under the output folder, keeping their paths: content/2024/009.md → out/2024/009.docx");
        command.Arguments.Add(paths);
        command.Options.Add(output);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths) is { Length: > 0 } given ? given : ["content"];
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            // A brief printed with a wrong number cannot be recalled: nothing is built until the series checks.
            var numbering = SeriesGate.ErrorsFor(inputs);
            if (numbering.Count > 0)
            {
                stderr.Write(DiagnosticFormatter.Text(numbering));
                stderr.WriteLine("brief build: nothing built while the numbering has errors (see brief check)");
                return ExitCodes.BadInput;
            }
            var formats = OutputFormats.Select(parse.GetValue(format)!);
            return new BuildRun(parse.GetValue(output)!, formats, stdout, stderr).Run(inputs);
        });
        return command;
    }
}

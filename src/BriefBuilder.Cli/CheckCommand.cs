using BriefBuilder.Model;
using System.CommandLine;
using BriefBuilder.Numbering;
using BriefBuilder.Pipeline;

namespace BriefBuilder.Cli;

/// <summary><c>brief check [FOLDER] [--format text|json]</c>: the numbering of the whole archive.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("FOLDER") { Description = "The archive folder", DefaultValueFactory = _ => "content" };
        var format = DiagnosticOptions.Format();

        var command = new Command("check",
            "Check the numbering of every brief: 第N期 and 总第M期 unique and in step, dates in order, files where their numbers say. "
            + "Errors exit 1; gaps are warnings, since the archive may be partial (record known gaps under numbering: in series.yaml).");
        command.Arguments.Add(folder);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var root = parse.GetValue(folder)!;
            var output = parse.InvocationConfiguration.Output;
            if (!Directory.Exists(root))
            {
                parse.InvocationConfiguration.Error.WriteLine($"brief check: {FilePaths.Display(root)}: no such folder");
                return ExitCodes.Usage;
            }
            return DiagnosticOptions.Report(output, parse.GetValue(format)!, new BriefPipeline().Numbering.Check(root), "numbering");
        });
        return command;
    }
}

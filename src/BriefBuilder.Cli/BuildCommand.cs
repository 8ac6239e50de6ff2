using System.CommandLine;
using BriefBuilder.Cli.Building;
using BriefBuilder.Pipeline;

namespace BriefBuilder.Cli;

/// <summary><c>brief build [PATH…] [-o DIR] [--format docx|pdf|all] [--force]</c>.</summary>
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
        var output = OutputOption();
        var format = FormatOption();
        var force = new Option<bool>("--force") { Description = "Rebuild briefs whose outputs are up to date" };
        var dump = new Option<string>("--dump") { Description = "Print one stage's model instead of writing files: brief (the parsed source), blocks (the template's output), layout (the PDF's pages)" };
        dump.AcceptOnlyFromAmong(StageDump.Stages);

        var command = new Command("build", "Build briefs into DOCX and PDF under the output folder, keeping their paths: content/2024/009.md → out/2024/009.docx. "
            + "A brief whose source, series.yaml, template, fonts and program are unchanged since its outputs were written is skipped.");
        command.Arguments.Add(paths);
        command.Options.Add(output);
        command.Options.Add(format);
        command.Options.Add(force);
        command.Options.Add(dump);
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths) is { Length: > 0 } given ? given : ["content"];
            if (parse.GetValue(dump) is { } stage)
                return StageDump.Run(inputs, stage, OutputFormats.Select(parse.GetValue(format)!), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var options = new BuildOptions(parse.GetValue(output) ?? ContentFolder.DefaultOutput(inputs), OutputFormats.Select(parse.GetValue(format)!), parse.GetValue(force),
                Progress: !Console.IsOutputRedirected);
            return CollectorPause.During(() => GatedBuild.Run(new BriefPipeline(), inputs, options, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        });
        return command;
    }

    public static Option<string> OutputOption() =>
        new("--output", "-o") { Description = "Folder for the outputs (default: out/ beside the content folder)" };

    public static Option<string> FormatOption()
    {
        var format = new Option<string>("--format") { Description = "What to write: docx, pdf or all", DefaultValueFactory = _ => "all" };
        format.AcceptOnlyFromAmong("docx", "pdf", "all");
        return format;
    }
}

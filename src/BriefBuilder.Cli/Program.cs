using System.CommandLine;
using BriefBuilder.Cli;

var root = new RootCommand("BriefBuilder: renders 《领军参阅 专报》 briefs from Markdown into the house format (DOCX and PDF).");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(NewCommand.Create());
root.Subcommands.Add(WatchCommand.Create());

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"brief: {error.Message}");
    Console.Error.WriteLine("Run 'brief --help' for usage.");
    return ExitCodes.Usage;
}
return parsed.Invoke();

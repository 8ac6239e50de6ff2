using System.CommandLine;

namespace BriefBuilder.Cli;

/// <summary>The <c>brief</c> command line, runnable in-process with the output going where the caller says.</summary>
public static class BriefCli
{
    public static RootCommand Root()
    {
        var root = new RootCommand("BriefBuilder: renders 《领军参阅 专报》 briefs from Markdown into the house format (DOCX and PDF).");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(LintCommand.Create());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(FontsCommand.Create());
        root.Subcommands.Add(WatchCommand.Create());
        return root;
    }

    /// <returns>The exit code: a parse error is a usage error (2), not System.CommandLine's 1, which means bad input here.</returns>
    public static int Run(string[] args, InvocationConfiguration io)
    {
        var parsed = Root().Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) io.Error.WriteLine($"brief: {error.Message}");
            io.Error.WriteLine("Run 'brief --help' for usage.");
            return ExitCodes.Usage;
        }
        return parsed.Invoke(io);
    }
}

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
        root.Subcommands.Add(PublishCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        return root;
    }

    /// <returns>The exit code: a parse error is a usage error (2), not System.CommandLine's 1, which means bad input here.</returns>
    public static int Run(string[] args, InvocationConfiguration io)
    {
        // No response files: an argument starting with @ is the editor's text (brief new --title '@苏州…'), never a file to read arguments from.
        var parsed = Root().Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) io.Error.WriteLine($"brief: {error.Message}");
            io.Error.WriteLine("Run 'brief --help' for usage.");
            return ExitCodes.Usage;
        }
        return parsed.Invoke(io);
    }
}

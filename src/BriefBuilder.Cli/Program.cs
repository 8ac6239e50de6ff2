using System.CommandLine;
using BriefBuilder.Cli;

ConsoleText.Set();
return BriefCli.Run(args, new InvocationConfiguration());

using System.CommandLine;
using BriefBuilder.Cli;

return BriefCli.Run(args, new InvocationConfiguration());

using System.CommandLine;
using System.Runtime.InteropServices;
using BriefBuilder.Cli.Building;
using BriefBuilder.Pipeline;

namespace BriefBuilder.Cli;

/// <summary><c>brief watch [PATH…] [-o DIR] [--format docx|pdf|all]</c>.</summary>
public static class WatchCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Brief files or folders (default: content/)", Arity = ArgumentArity.ZeroOrMore };
        var output = BuildCommand.OutputOption();
        var format = BuildCommand.FormatOption();

        var command = new Command("watch", "Build, then rebuild a brief whenever it is saved, and every brief when the template or series.yaml changes. "
            + "Prints the outputs written and any error, and keeps watching until Ctrl+C.");
        command.Arguments.Add(paths);
        command.Options.Add(output);
        command.Options.Add(format);
        // A synchronous action, with Ctrl+C and SIGTERM handled here: System.CommandLine's own
        // handling of an async action ends the process with 130 before the watch has stopped.
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths) is { Length: > 0 } given ? given : ["content"];
            var options = new BuildOptions(parse.GetValue(output) ?? ContentFolder.DefaultOutput(inputs), OutputFormats.Select(parse.GetValue(format)!));
            using var stop = new CancellationTokenSource();
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            new BriefWatch(inputs, options, Console.Out, Console.Error).RunAsync(stop.Token).GetAwaiter().GetResult();
            return ExitCodes.Ok;

            void Stop(PosixSignalContext signal)
            {
                signal.Cancel = true;
                stop.Cancel();
            }
        });
        return command;
    }
}

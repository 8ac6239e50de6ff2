using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using BriefBuilder.Pipeline;
using BriefBuilder.Serve.Previews;
using BriefBuilder.Serve.Web;

namespace BriefBuilder.Cli;

/// <summary><c>brief serve [--port N] [--content DIR] [--editor TEMPLATE] [--address IP]</c>: the live preview in the browser.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "The port to listen on (0: any free port)", DefaultValueFactory = _ => 8020 };
        var content = new Option<string>("--content") { Description = "The content folder holding series.yaml", DefaultValueFactory = _ => "content" };
        var editor = new Option<string>("--editor") { Description = "Opened when a paragraph is clicked: a URL ('vscode://file/{path}:{line}') or a command ('code --goto {path}:{line}')" };
        var address = new Option<string>("--address") { Description = "The address to listen on; the default, 127.0.0.1, lets no other machine in", DefaultValueFactory = _ => "127.0.0.1" };

        var command = new Command("serve", "Show the briefs in the browser as they will print, with their findings, and update the open page on every save. "
            + "Builds like brief watch (outputs in out/); reads, never writes, the sources. Ctrl+C stops.");
        command.Options.Add(port);
        command.Options.Add(content);
        command.Options.Add(editor);
        command.Options.Add(address);
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535) result.AddError("--port must be 0 to 65535");
        });
        address.Validators.Add(result =>
        {
            if (!IPAddress.TryParse(result.GetValueOrDefault<string>(), out _)) result.AddError($"--address: '{result.GetValueOrDefault<string>()}' is not an IP address");
        });
        // Synchronous, Ctrl+C and SIGTERM handled here, as brief watch does: the server stops, then the process ends with 0.
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var folder = parse.GetValue(content)!;
            if (!File.Exists(Path.Combine(folder, Source.SeriesReader.FileName)))
            {
                stderr.WriteLine($"brief serve: {folder}: no {Source.SeriesReader.FileName} in this folder; --content names the folder that holds it");
                return ExitCodes.BadInput;
            }
            var options = new ServeOptions(folder, IPAddress.Parse(parse.GetValue(address)!), parse.GetValue(port), parse.GetValue(editor));
            using var stop = new CancellationTokenSource();
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            try
            {
                new PreviewServer(options, new PreviewArchive(folder)).RunAsync(
                    url => stdout.WriteLine($"brief serve: {url} (Ctrl+C to stop)"), stop.Token).GetAwaiter().GetResult();
            }
            catch (IOException e) when (e.InnerException is SocketException || e.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
            {
                stderr.WriteLine($"brief serve: cannot listen on {options.Address}:{options.Port}: {e.Message} (--port picks another)");
                return ExitCodes.BadInput;
            }
            stdout.WriteLine("brief serve: stopped");
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

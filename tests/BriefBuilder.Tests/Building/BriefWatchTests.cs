using BriefBuilder.Cli.Building;

namespace BriefBuilder.Tests.Building;

public class BriefWatchTests : IDisposable
{
    // Generous: the test waits for the watch, it does not time it (bench/run does).
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    readonly Workspace _w = new();
    readonly StringWriter _stdout = new(), _stderr = new();
    readonly CancellationTokenSource _stop = new();
    Task? _watch;

    public void Dispose()
    {
        _stop.Cancel();
        _watch?.Wait(Patience);
        _w.Dispose();
    }

    void Start() =>
        _watch = Task.Run(() => new BriefWatch([_w.Content], _w.Options(), TextWriter.Synchronized(_stdout), TextWriter.Synchronized(_stderr), () => Now).RunAsync(_stop.Token));

    static readonly DateTime Now = new(2024, 6, 17, 9, 5, 7);

    static async Task WaitFor(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}");
            await Task.Delay(20);
        }
    }

    string Docx(string name) => File.Exists(_w.Output(name)) ? Convert.ToHexString(File.ReadAllBytes(_w.Output(name))) : "";

    [Fact]
    public async Task A_saved_brief_is_rebuilt_and_an_error_does_not_stop_the_watch()
    {
        Start();
        await WaitFor(() => File.Exists(_w.Output("2024/020.docx")), "the first build");
        var first = Docx("2024/020.docx");

        _w.Edit("2024/020.md", text => text.Replace("近年来", "近些年来"));
        await WaitFor(() => Docx("2024/020.docx") != first, "the edited brief's output");

        _w.Edit("2024/009.md", text => text + "\n- a list has no place in a brief\n");
        await WaitFor(() => _stderr.ToString().Contains("009.md:"), "the error");
        // The PDF the editor has open is the one from before the save: the watch says so.
        await WaitFor(() => _stderr.ToString().Contains("009.docx is now older than"), "the stale output named");
        Assert.Matches(@"out/2024/009\.docx is now older than \S*content/2024/009\.md: it shows the last build that succeeded", _stderr.ToString());
        var second = Docx("2024/020.docx");
        _w.Edit("2024/020.md", text => text.Replace("近些年来", "近年来"));
        await WaitFor(() => Docx("2024/020.docx") != second, "a rebuild after the error");

        _stop.Cancel();
        await _watch!.WaitAsync(Patience);
        Assert.Contains("stopped watching", _stdout.ToString());
        // Every line says when it was written.
        Assert.All(_stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Concat(_stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)),
            line => Assert.StartsWith("09:05:07 ", line));
    }
}

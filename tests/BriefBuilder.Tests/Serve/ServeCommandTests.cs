using System.Diagnostics;
using System.Text.RegularExpressions;
using BriefBuilder.Tests.Building;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Serve;

/// <summary>The command itself: it prints its address, serves, and stops cleanly on Ctrl+C (SIGINT).</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_prints_its_address_and_stops_on_ctrl_c()
    {
        using var workspace = new Workspace();
        // Through env --default-signal: a program started with SIGINT ignored keeps ignoring it (as
        // .NET does, so that `brief serve &` survives the terminal's Ctrl+C), and a test run started
        // in the background, as a CI job or a landing may be, passes that on to its children.
        var start = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workspace.Root };
        foreach (var a in new[] { "--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "brief.dll"), "serve", "--port", "0" }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        try
        {
            var first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2));
            var address = Regex.Match(first ?? "", @"^brief serve: (http://127\.0\.0\.1:\d+/) \(Ctrl\+C to stop\)$");
            Assert.True(address.Success, first);
            using var http = new HttpClient();
            Assert.Contains("第20期（总第102期）", await http.GetStringAsync(address.Groups[1].Value));

            Tools.Run("kill", ["-INT", $"{process.Id}"]);
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(0, process.ExitCode);
            Assert.Equal("brief serve: stopped", (await process.StandardOutput.ReadToEndAsync()).Trim());
            Assert.Equal("", await process.StandardError.ReadToEndAsync());
        }
        finally
        {
            if (!process.HasExited) process.Kill();
        }
    }

    [Fact]
    public void Serve_without_a_content_folder_says_so()
    {
        using var workspace = new Workspace();
        var result = Workspace.Brief("serve", "--content", Path.Combine(workspace.Root, "nowhere"), "--port", "0");
        Assert.Equal(1, result.Exit);
        Assert.Contains("no series.yaml", result.Stderr);
    }
}

using System.Text;
using BriefBuilder.Tests.Building;

namespace BriefBuilder.Tests.Source;

/// <summary>
/// Markdig's nesting limit (issue 11, again in issue 17): thousands of nested quotes or unclosed
/// emphasis marks are the brief's error at the line that nests, in every command, never a stack trace.
/// </summary>
public sealed class NestingLimitTests : IDisposable
{
    private readonly Workspace _ws = new();
    public void Dispose() => _ws.Dispose();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in new[] { "lint", "build", "dump" })
        {
            data.Add(command, new string('>', 5000) + " 引文。");
            data.Add(command, string.Concat(Enumerable.Repeat("*甲", 20000)));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Deep_nesting_is_an_error_at_its_line(string command, string deep)
    {
        var path = _ws.Write("content/2024/021.md", Encoding.UTF8.GetBytes(
            $"---\nissue: 21\ntotal: 103\ndate: 2024-06-17\nrecipients: [刘小涛书记]\ntitle: 苏州打造产业创新集群的思考\n---\n\n第一段。\n\n{deep}\n"));

        var result = command switch
        {
            "dump" => Workspace.Brief("build", "--dump", "brief", path),
            "build" => Workspace.Brief("build", path, "-o", _ws.Out),
            _ => Workspace.Brief(command, path),
        };

        var said = result.Stdout + result.Stderr;
        Assert.DoesNotContain("Exception", said);
        Assert.DoesNotContain("   at ", said);
        Assert.Equal(1, result.Exit);
        // build and its dump name the brief relative to the working folder, as they print every path.
        var shown = command is "build" or "dump" ? Path.GetRelativePath(Environment.CurrentDirectory, path) : path;
        Assert.Contains($"{shown}:11: error", said);
        Assert.Contains("this line nests Markdown too deeply", said);
    }
}

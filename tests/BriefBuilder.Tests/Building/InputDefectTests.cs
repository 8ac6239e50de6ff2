using System.Diagnostics;
using System.Text;
using BriefBuilder.Tests.Numbering;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// Regression tests of issue 11, driving <c>brief</c> in-process: which files are briefs, inputs
/// that are no briefs, unreadable briefs, dates zip cannot hold, stale temporary files.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class InputDefectTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private string Seed => File.ReadAllText(Path.Join(_ws.Content, "2024", "020.md"));

    private static string Relative(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);

    private string[] Outputs() =>
        Directory.Exists(_ws.Out) ? Directory.EnumerateFiles(_ws.Out, "*.*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).ToArray() : [];

    // Defect 5: a duplicate 第20期 in content/drafts/ or content/2024/sub/ built with exit 0.
    [Theory]
    [InlineData("drafts/020.md")]
    [InlineData("2024/sub/020.md")]
    public void A_brief_in_any_subfolder_is_checked_and_stops_the_build(string where)
    {
        var copy = _ws.Write(Path.Join("content", where), Encoding.UTF8.GetBytes(Seed));

        var check = Workspace.Brief("check", _ws.Content);
        var build = _ws.Build();

        Assert.Equal(1, check.Exit);
        Assert.Contains($"{Path.Join(_ws.Content, where)}:4: error[year-folder]: a brief lies outside the year folders", check.Stdout);
        Assert.Contains("error[dup-issue]", check.Stdout);
        Assert.Equal(1, build.Exit);
        Assert.Contains("error[dup-issue]", build.Stderr);
        Assert.Contains("nothing built while the numbering has errors", build.Stderr);
        Assert.Empty(Outputs());
        Assert.True(File.Exists(copy));
    }

    // Defect 10: `build content/2024/021.pdf -o content --format pdf` replaced the Markdown with the PDF.
    [Fact]
    public void An_input_that_is_not_markdown_is_refused_and_left_untouched()
    {
        var pdf = _ws.Write("content/2024/021.pdf", Encoding.UTF8.GetBytes(Seed));
        var sources = _ws.Sources();

        var result = Workspace.Brief("build", pdf, "-o", _ws.Content, "--format", "pdf");

        Assert.Equal(1, result.Exit);
        Assert.Equal($"{pdf}: error: not a brief: briefs are Markdown files (.md); nothing is built from it", result.Stderr.Trim());
        Assert.Equal(sources, _ws.Sources());
    }

    // Defect 11: a folder with no briefs gave "built 0" and exit 0.
    [Fact]
    public void A_folder_without_briefs_is_an_error()
    {
        var empty = Path.Join(_ws.Content, "2025");
        Directory.CreateDirectory(empty);
        _ws.Write("content/2025/notes.txt", "not a brief"u8.ToArray());

        var result = Workspace.Brief("build", empty, "-o", _ws.Out);

        Assert.Equal(1, result.Exit);
        Assert.Equal($"{empty}: error: no briefs (.md files) in this folder", result.Stderr.Trim());
    }

    // Defect 3: an unreadable brief crashed build and check with UnauthorizedAccessException.
    // Root reads any file, so as root the program runs as user nobody (setpriv, util-linux).
    [Fact]
    public void An_unreadable_brief_is_reported_by_name_and_the_others_still_build()
    {
        var unreadable = _ws.Write("content/2024/021.md", Encoding.UTF8.GetBytes(Seed.Replace("issue: 20", "issue: 21").Replace("total: 102", "total: 103")));
        File.SetUnixFileMode(unreadable, UnixFileMode.None);

        var check = AsUnprivileged("check", _ws.Content);
        var build = AsUnprivileged("build", _ws.Content, "-o", _ws.Out, "--format", "docx");

        var message = $"{Relative(unreadable)}: error: cannot read (permission denied): give your user read permission on the file";
        Assert.Equal(1, check.Exit);
        Assert.Contains($"{unreadable}: error[front-matter]: cannot read (permission denied)", check.Stdout);
        Assert.DoesNotContain("   at ", check.Stdout + check.Stderr);
        Assert.Equal(1, build.Exit);
        Assert.Equal(message, build.Stderr.Trim());
        Assert.True(File.Exists(Path.Join(_ws.Out, "2024", "020.docx")));
        Assert.False(File.Exists(Path.Join(_ws.Out, "2024", "021.docx")));
    }

    /// <summary>
    /// <c>brief</c> with the permissions of an ordinary user: in-process when the tests do not run
    /// as root; as root, the program (the same assembly) under <c>setpriv</c> as nobody, with the
    /// workspace opened to it.
    /// </summary>
    private Result AsUnprivileged(params string[] args)
    {
        if (Environment.UserName != "root") return Workspace.Brief(args);
        File.SetUnixFileMode(_ws.Root, (UnixFileMode)0b111_111_111);
        foreach (var dir in Directory.EnumerateDirectories(_ws.Root, "*", SearchOption.AllDirectories).Append(_ws.Root))
            if (!dir.StartsWith(Path.Join(_ws.Root, "fonts"))) File.SetUnixFileMode(dir, (UnixFileMode)0b111_111_111);
        var program = Path.Join(AppContext.BaseDirectory, "brief.dll");
        var start = new ProcessStartInfo("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "--", "dotnet", program, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Environment.CurrentDirectory,
        };
        start.Environment["DOTNET_CLI_HOME"] = _ws.Root;
        start.Environment["HOME"] = _ws.Root;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result, stderr);
    }

    // Defect 2: a date outside 1980–2107 crashed the whole run in the DOCX zip timestamp.
    [Theory]
    [InlineData("1900-06-03")]
    [InlineData("2150-06-03")]
    public void A_brief_dated_outside_the_zip_years_builds(string date)
    {
        var year = date[..4];
        var seed = Seed;
        var series = File.ReadAllText(Path.Join(_ws.Content, "series.yaml"));
        Directory.Delete(_ws.Content, recursive: true);
        _ws.Write("content/series.yaml", Encoding.UTF8.GetBytes(series[..series.IndexOf("numbering:")] + $"numbering:\n  {year}:\n    first_total: 1\n"));
        _ws.Write($"content/{year}/001.md", Encoding.UTF8.GetBytes(seed.Replace("issue: 20", "issue: 1").Replace("total: 102", "total: 1").Replace("2024-06-03", date)));

        var result = _ws.Build("all");

        Assert.True(result.Exit == 0, result.Stderr);
        using var docx = System.IO.Compression.ZipFile.OpenRead(Path.Join(_ws.Out, year, "001.docx"));
        var core = new StreamReader(docx.GetEntry("docProps/core.xml")!.Open()).ReadToEnd();
        Assert.Contains($"{date}T00:00:00Z", core);
        Assert.True(File.Exists(Path.Join(_ws.Out, year, "001.pdf")));
    }

    // Defect 11: `kill -9` left hidden .tmp files that were never cleaned.
    [Fact]
    public void Temporary_files_a_killed_run_left_are_removed_and_live_ones_kept()
    {
        // Pid 4194305 is above Linux's largest pid_max: no process has it.
        var stale = _ws.Write($"out/2024/.020.docx.4194305.{new string('a', 32)}.tmp", "half"u8.ToArray());
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddDays(-1));
        var running = _ws.Write($"out/2024/.020.docx.{Environment.ProcessId}.{new string('b', 32)}.tmp", "ours"u8.ToArray());
        File.SetLastWriteTimeUtc(running, DateTime.UtcNow.AddDays(-1));
        var other = _ws.Write($"out/2024/.notes.txt.4194305.{new string('c', 32)}.tmp", "not ours"u8.ToArray());
        File.SetLastWriteTimeUtc(other, DateTime.UtcNow.AddDays(-1));

        Assert.Equal(0, _ws.Build().Exit);

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(running));
        Assert.True(File.Exists(other));
    }

    // Defect 4: `brief new` crashed with an IOException when the target path was a folder.
    [Fact]
    public void New_into_a_path_taken_by_a_folder_says_so()
    {
        using var archive = Archive.OfSeeds();
        var folder = Path.Join(archive.Root, "2024", "021.md");
        Directory.CreateDirectory(folder);

        var result = archive.New("--date", "2024-06-17");

        Assert.Equal(1, result.Exit);
        Assert.Equal($"brief new: {folder} is a folder, where the new brief's file belongs; move the folder away", result.Stderr.Trim());
    }
}

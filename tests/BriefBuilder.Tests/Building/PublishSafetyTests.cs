using System.Diagnostics;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// brief publish under faults (issue 17): publishes at once, a kill at any moment, a read-only or
/// broken dist/, a damaged record; and with no paths it refuses (issue 16). After each, dist/YEAR
/// passes `sha256sum -c` and content/published.yaml parses, or the message names the file.
/// </summary>
public class PublishSafetyTests
{
    static string Brief020(Workspace w) => Path.Join(w.Content, "2024", "020.md");
    static string Year(Workspace w) => Path.Join(w.Root, "dist", "2024");
    static string Record(Workspace w) => Path.Join(w.Content, "published.yaml");

    [Fact]
    public void Publish_without_paths_refuses_and_names_all()
    {
        using var w = new Workspace();
        var run = Start(w, "publish");

        Assert.Equal(2, Finish(run));
        Assert.Contains("give --all to publish every brief of content/", run.StandardError.ReadToEnd());
        Assert.False(Directory.Exists(Path.Join(w.Root, "dist")));
        Assert.False(File.Exists(Record(w)));
    }

    [Fact]
    public void A_shortened_sha256_in_the_record_is_an_error_at_its_line()
    {
        using var w = new Workspace();
        Assert.Equal(0, Workspace.Brief("publish", Brief020(w)).Exit);
        var lines = File.ReadAllLines(Record(w));
        var at = Array.FindIndex(lines, l => l.StartsWith("  sha256: ", StringComparison.Ordinal));
        lines[at] = lines[at][..20];
        File.WriteAllLines(Record(w), lines);

        var result = Workspace.Brief("publish", Brief020(w));

        Assert.Equal(1, result.Exit);
        Assert.Contains($"published.yaml:{at + 1}: error: 'sha256' must be the PDF's SHA-256 as brief publish wrote it, 64 characters 0-9 a-f", result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr);
    }

    [Fact]
    public void A_read_only_year_folder_is_refused_and_nothing_changes()
    {
        using var w = new Workspace();
        Assert.Equal(0, Workspace.Brief("publish", Brief020(w)).Exit);
        var before = Files(w);
        File.SetUnixFileMode(Year(w), (UnixFileMode)0b101_101_101);
        try
        {
            var result = Workspace.Brief("publish", Path.Join(w.Content, "2024", "009.md")); // new to the record: it goes into dist/2024

            Assert.Equal(1, result.Exit);
            Assert.Contains("2024: error: this folder is read-only; nothing was published", result.Stderr);
            Assert.Contains("brief publish: nothing was changed; published.yaml is as it was", result.Stderr);
            Assert.DoesNotContain("Exception", result.Stderr);
            Assert.Equal(before, Files(w));
        }
        finally { File.SetUnixFileMode(Year(w), (UnixFileMode)0b111_101_101); }
    }

    [Fact]
    public void A_year_folder_that_is_a_file_is_a_clear_error()
    {
        using var w = new Workspace();
        Directory.CreateDirectory(Path.Join(w.Root, "dist"));
        File.WriteAllText(Year(w), "not a folder");

        var result = Workspace.Brief("publish", Brief020(w));

        Assert.Equal(1, result.Exit);
        Assert.Matches(@"dist/2024: error: cannot write: .+; the folder is as it was", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(File.Exists(Record(w)));
    }

    [Fact]
    public void Publishes_run_at_once_each_keep_their_entry()
    {
        using var w = new Workspace();
        string[] briefs = [Path.Join(w.Content, "2023", "001.md"), Path.Join(w.Content, "2024", "009.md"), Brief020(w)];

        var runs = briefs.Select(b => Start(w, "publish", b)).ToList();
        foreach (var run in runs) Assert.True(Finish(run) == 0, run.StandardError.ReadToEnd());

        var record = PublishedRecord.Read(Record(w));
        Assert.Equal([52, 91, 102], record.Keys);
        AssertConsistent(w);
    }

    /// <summary>
    /// brief publish --again killed (SIGKILL) at offsets from its start to its end: after each
    /// kill the year's folder passes sha256sum -c and the record parses, and names only PDFs whose
    /// bytes are in the folder, or (killed between the two) the old ones; a last run completes.
    /// </summary>
    [Fact]
    public void A_kill_at_any_moment_leaves_the_old_or_the_new_state()
    {
        using var w = new Workspace();
        Assert.Equal(0, Finish(Start(w, "publish", Brief020(w))));
        var full = Stopwatch.StartNew();
        w.Edit(Path.Join("2024", "020.md"), t => t.Replace("title: 深圳探索", "title: 再探深圳探索"));
        Assert.Equal(0, Finish(Start(w, "publish", "--again", Brief020(w))));
        var took = full.Elapsed;

        var kills = 0;
        var title = "title: 再探";
        for (var i = 0; i < Offsets; i++)
        {
            var next = $"title: 再{i}探";
            w.Edit(Path.Join("2024", "020.md"), t => t.Replace(title, next));
            title = next;
            var run = Start(w, "publish", "--again", Brief020(w));
            Thread.Sleep(took * i / Offsets);
            if (!run.HasExited) { run.Kill(); kills++; }
            run.WaitForExit();
            AssertConsistent(w);
        }
        Assert.True(kills >= Offsets / 2, $"only {kills} of {Offsets} runs were still running when killed");
        Assert.Equal(0, Finish(Start(w, "publish", "--again", Brief020(w))));
        AssertConsistent(w);
        Assert.StartsWith($"再{Offsets - 1}探", PublishedRecord.Read(Record(w))[102].Title);
    }

    const int Offsets = 12;

    /// <summary>Each year of dist/ passes sha256sum -c, the record parses, and every PDF it names is in its year's folder.</summary>
    static void AssertConsistent(Workspace w)
    {
        foreach (var year in Directory.EnumerateDirectories(Path.Join(w.Root, "dist")).Where(d => !Path.GetFileName(d).StartsWith('.')))
        {
            var (exit, said) = Run(year, "sha256sum", "-c", "SHA256SUMS");
            Assert.True(exit == 0, said);
            Assert.Empty(Directory.EnumerateFiles(year, ".*"));
        }
        foreach (var entry in PublishedRecord.Read(Record(w)).Values)
            Assert.True(File.Exists(Path.Join(w.Root, "dist", entry.Year.ToString(), entry.Pdf)), entry.Pdf);
    }

    static Dictionary<string, string> Files(Workspace w) =>
        Directory.EnumerateFiles(Path.Join(w.Root, "dist"), "*", SearchOption.AllDirectories).Append(Record(w)).Where(File.Exists)
            .ToDictionary(f => Path.GetRelativePath(w.Root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    /// <summary>The brief program of this build (bin/brief), as its own process in the workspace.</summary>
    static Process Start(Workspace w, params string[] args)
    {
        var start = new ProcessStartInfo(Path.Join(AppContext.BaseDirectory, "brief")) { WorkingDirectory = w.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        return Process.Start(start)!;
    }

    static int Finish(Process p)
    {
        p.WaitForExit();
        return p.ExitCode;
    }

    static (int, string) Run(string folder, string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool, args) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output);
    }
}

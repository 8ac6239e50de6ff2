using System.Text;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// build, publish and lint --fix writing onto a full filesystem (issue 17): a real one, not a
/// thrown exception. A tmpfs (1 MB more than the folder holds) is mounted over the folder the command writes to, in a mount
/// namespace of the command's own (unshare: no root needed, and nothing outside sees the mount),
/// the folder's files are copied onto it, and the rest is filled but for a few kilobytes, fewer
/// than any file the command writes there: each write starts and runs out of space. Afterwards the
/// folder as the command left it is copied out (<c>FOLDER.after</c>) and compared with before:
/// a clear <c>file: error: …</c>, exit 1, no stack trace, every file as it was and no
/// half-written or temporary file beside them, and the sources untouched.
/// </summary>
public class FullDiskTests
{
    /// <summary>Free bytes left on the filesystem: less than the smallest file written (a DOCX, a brief of lint --fix is ~1 KB, so 0 for it).</summary>
    const int Free = 4 << 10;

    [Fact]
    public void A_build_onto_a_full_disk_says_so_and_keeps_the_last_outputs()
    {
        using var w = new Workspace();
        Assert.Equal(0, w.Build("all").Exit);
        var before = Files(w.Out);
        w.Edit(Path.Join("2024", "020.md"), t => t.Replace("title: 深圳探索", "title: 再探深圳探索"));
        var sources = w.Sources();

        var (exit, stderr, after) = OnFullDisk(w, w.Out, Free, "build", "content", "-o", "out", "--format", "all");

        Assert.Equal(1, exit);
        Assert.Matches(@"out/2024/020\.(docx|pdf): error: cannot write: No space left on device", stderr);
        Assert.DoesNotContain("   at ", stderr);
        // The font cache (.brief-cache/) may gain an entry that fitted; the outputs stay as they were.
        Assert.Equal(Outputs(before), Outputs(Files(after)));
        Assert.DoesNotContain(Files(after).Keys, f => f.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.Equal(sources, w.Sources());
    }

    static Dictionary<string, string> Outputs(Dictionary<string, string> files) =>
        files.Where(f => !f.Key.StartsWith(".brief-cache/", StringComparison.Ordinal)).ToDictionary();

    [Fact]
    public void A_publish_onto_a_full_disk_says_so_and_leaves_dist_and_the_record_as_they_were()
    {
        using var w = new Workspace();
        var brief = Path.Join(w.Content, "2024", "020.md");
        var record = Path.Join(w.Content, "published.yaml");
        var dist = Path.Join(w.Root, "dist");
        Assert.Equal(0, Workspace.Brief("publish", brief).Exit);
        var before = Files(dist);
        w.Edit(Path.Join("2024", "020.md"), t => t.Replace("title: 深圳探索", "title: 再探深圳探索"));
        var sources = w.Sources();

        var (exit, stderr, after) = OnFullDisk(w, dist, Free, "publish", "--again", brief);

        Assert.Equal(1, exit);
        Assert.Contains("No space left on device", stderr);
        Assert.Matches(@"dist/2024[^:\n]*: error: ", stderr);
        Assert.Contains("published.yaml is as it was", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal(before, Files(after));
        var (sums, said, _) = Tools.Run("sh", ["-c", "cd \"$1\" && sha256sum -c SHA256SUMS", "sh", Path.Join(after, "2024")]);
        Assert.True(sums == 0, said);
        Assert.Equal(sources, w.Sources()); // published.yaml is in content/
    }

    [Fact]
    public void Lint_fix_on_a_full_disk_says_so_and_leaves_the_brief_byte_for_byte()
    {
        using var w = new Workspace();
        var brief = w.Write("content/2024/021.md", Encoding.UTF8.GetBytes(string.Join("\n",
            "---", "issue: 21", "total: 103", "date: 2024-06-17", "recipients: [刘小涛书记]", "title: 苏州打造产业创新集群的思考", "---", "",
            "苏州,是全球制造业基地.", "")));
        var before = Files(w.Content);

        var (exit, stderr, after) = OnFullDisk(w, w.Content, 0, "lint", "--fix", "content/2024/021.md");

        Assert.Equal(1, exit);
        Assert.Contains("content/2024/021.md: error: cannot write: No space left on device", stderr);
        Assert.Contains("nothing was written", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal(before, Files(after));
        Assert.Equal(before, Files(w.Content)); // under the mount, untouched all along
        Assert.True(File.Exists(brief));
    }

    /// <summary>
    /// Runs this build's brief program in <paramref name="w"/> with <paramref name="folder"/> on a
    /// full tmpfs holding a copy of its files and <paramref name="free"/> bytes to spare; returns
    /// its exit, its error output and where the folder's files were copied out to afterwards.
    /// </summary>
    static (int Exit, string Stderr, string After) OnFullDisk(Workspace w, string folder, int free, params string[] args)
    {
        const string script = """
            set -eu
            cd "$1"; folder=$2 free=$3 after=$4; shift 4
            keep=$(mktemp -d); mkdir -p "$folder" "$after"
            cp -a "$folder/." "$keep/"
            mount -t tmpfs -o size=$(( $(du -sk "$keep" | cut -f1) + 1024 ))k tmpfs "$folder"
            cp -a "$keep/." "$folder/"; rm -rf "$keep"
            avail=$(df -B1 --output=avail "$folder" | tail -1)
            [ "$avail" -le "$free" ] || fallocate -l $((avail - free)) "$folder/.filler"
            set +e; "$@"; exit=$?; set -e
            tar -C "$folder" --exclude=./.filler -cf - . | tar -C "$after" -xf -
            exit $exit
            """;
        var after = folder + ".after";
        var file = w.Write("full-disk.sh", Encoding.UTF8.GetBytes(script));
        var program = Path.Join(AppContext.BaseDirectory, "brief");
        // A user and mount namespace of its own, whose root the script is: the mount is its alone.
        var (exit, _, stderr) = Tools.Run("unshare", ["--user", "--map-root-user", "--mount", "sh", file, w.Root, folder, free.ToString(), after, program, .. args]);
        Assert.True(Directory.Exists(after), $"the full filesystem could not be set up: {stderr}");
        return (exit, stderr, after);
    }

    static Dictionary<string, string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}

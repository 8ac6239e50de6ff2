using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BriefBuilder.Pipeline;

/// <summary>
/// Writes a file so that readers only ever see the old file or the complete new one: the
/// bytes go to a temporary file beside it, which then replaces the target in one rename.
/// </summary>
public static partial class AtomicFile
{
    static readonly DateTime RunStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();

    public static void Write(string path, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        RemoveStale(folder, Path.GetFileName(path));
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
                write(stream);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>
    /// Deletes the temporary files a killed run left for <paramref name="name"/>: ours by their
    /// name, written before this run started, by a process that is gone. A build running beside
    /// this one keeps its own (its process is alive), so concurrent builds stay safe.
    /// </summary>
    static void RemoveStale(string folder, string name)
    {
        foreach (var temp in Directory.EnumerateFiles(folder, $".{name}.*.tmp"))
        {
            var match = TempName().Match(Path.GetFileName(temp));
            if (!match.Success || match.Groups["name"].Value != name) continue;
            var pid = int.Parse(match.Groups["pid"].Value);
            if (pid == Environment.ProcessId || IsRunning(pid)) continue;
            try
            {
                if (File.GetLastWriteTimeUtc(temp) < RunStart) File.Delete(temp);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone already, or not ours to delete: it does not stop this write.
            }
        }
    }

    static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\.(?<name>.+)\.(?<pid>\d{1,10})\.[0-9a-f]{32}\.tmp$")]
    private static partial Regex TempName();
}

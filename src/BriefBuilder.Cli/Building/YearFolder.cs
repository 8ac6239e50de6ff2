using System.Security.Cryptography;
using BriefBuilder.Model;
using BriefBuilder.Pipeline;
using BriefBuilder.Source;

namespace BriefBuilder.Cli.Building;

/// <summary>
/// A year's folder of dist/ (PDFs, DOCX files, the 目录 and SHA256SUMS), replaced whole: the new
/// folder is put together beside it (a hidden <c>.YEAR.new-PID</c>, unchanged files linked, not
/// copied, so they keep their bytes and times) and swapped in by one atomic exchange. A run killed
/// at any moment leaves the old folder or the new one, each with sums that `sha256sum -c` accepts;
/// a leftover beside it is removed by the next publish. A folder whose bytes would not change is
/// not touched at all.
/// </summary>
public static class YearFolder
{
    public const string Sums = "SHA256SUMS";

    /// <summary>
    /// Makes <paramref name="folder"/> hold <paramref name="files"/> (name → bytes) beside what it
    /// holds already, with SHA256SUMS of every file. Returns the names whose bytes changed. A
    /// failure is a <see cref="SourceError"/> naming the folder, which is then as it was.
    /// </summary>
    public static IReadOnlyList<string> Update(string folder, IReadOnlyDictionary<string, byte[]> files)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(folder))!;
        var name = Path.GetFileName(folder);
        string? staging = null;
        try
        {
            Directory.CreateDirectory(parent);
            RefuseReadOnly(folder, parent);
            RemoveLeftovers(parent, name);
            var existing = Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder).Select(Path.GetFileName).Where(n => !n!.StartsWith('.') && n != Sums).ToHashSet(StringComparer.Ordinal)!
                : [];
            var changed = files.Where(f => !existing.Contains(f.Key) || !File.ReadAllBytes(Path.Combine(folder, f.Key)).AsSpan().SequenceEqual(f.Value))
                .Select(f => f.Key).ToList();
            var all = existing.Union(files.Keys).Order(StringComparer.Ordinal).ToList();
            var sums = System.Text.Encoding.UTF8.GetBytes(string.Concat(all.Select(n =>
                $"{Sha256(files.TryGetValue(n, out var b) ? b : File.ReadAllBytes(Path.Combine(folder, n)))}  {n}\n")));
            var oldSums = Path.Combine(folder, Sums);
            if (!File.Exists(oldSums) || !File.ReadAllBytes(oldSums).AsSpan().SequenceEqual(sums)) changed.Add(Sums);
            if (changed.Count == 0) return [];

            staging = Path.Combine(parent, $".{name}.new-{Environment.ProcessId}");
            Directory.CreateDirectory(staging);
            if (Directory.Exists(folder) && !OperatingSystem.IsWindows()) File.SetUnixFileMode(staging, File.GetUnixFileMode(folder));
            foreach (var file in Directory.Exists(folder) ? Directory.EnumerateFiles(folder) : [])
            {
                var n = Path.GetFileName(file);
                if (changed.Contains(n)) continue;
                var copy = Path.Combine(staging, n);
                if (!UnixFile.Link(file, copy)) File.Copy(file, copy);
            }
            // The sums last: a folder left with complete sums is a complete folder (RemoveLeftovers).
            foreach (var n in changed.Where(n => n != Sums)) File.WriteAllBytes(Path.Combine(staging, n), files[n]);
            File.WriteAllBytes(Path.Combine(staging, Sums), sums);
            SwapIn(staging, folder);
            return changed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A half-made new folder (a full disk stops it mid-file) goes now, not at the next publish.
            if (staging is not null) TryDelete(staging);
            throw new SourceError(ContentFolder.Relative(folder), 0, $"cannot write: {e.Message}; the folder is as it was");
        }
    }

    static void TryDelete(string dir)
    {
        try { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // RemoveLeftovers takes it at the next publish
    }

    /// <summary>Checked by the mode, not by trying: root may write anything, but a folder marked read-only is the user's word.</summary>
    static void RefuseReadOnly(string folder, string parent)
    {
        if (OperatingSystem.IsWindows()) return;
        foreach (var dir in new[] { folder, parent }.Where(Directory.Exists))
            if ((File.GetUnixFileMode(dir) & UnixFileMode.UserWrite) == 0)
                throw new SourceError(ContentFolder.Relative(dir), 0, "this folder is read-only; nothing was published: make it writable (chmod u+w) for brief to publish here");
    }

    static void SwapIn(string staging, string folder)
    {
        if (!Directory.Exists(folder))
        {
            Directory.Move(staging, folder);
            return;
        }
        if (UnixFile.Exchange(staging, folder))
        {
            TryDelete(staging); // the old folder, now under the staging name: the new one is in whatever happens to it
            return;
        }
        // No atomic exchange here (Windows): two renames, and a run killed between them leaves
        // the new folder under its staging name, which the next publish then moves in.
        var old = staging + ".old";
        Directory.Move(folder, old);
        Directory.Move(staging, folder);
        Directory.Delete(old, recursive: true);
    }

    /// <summary>
    /// What a killed publish left beside the folder; only one publish runs at a time
    /// (<see cref="PublishLock"/>), so all of it is stale. A complete new folder whose old one is
    /// gone (killed between the two renames where there is no exchange) is moved in; the rest goes.
    /// </summary>
    static void RemoveLeftovers(string parent, string name)
    {
        var folder = Path.Combine(parent, name);
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.new-*"))
        {
            if (!Directory.Exists(folder) && !dir.EndsWith(".old", StringComparison.Ordinal) && Complete(dir))
                Directory.Move(dir, folder);
            else
                Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Whether the folder's SHA256SUMS (written last) is there and every file it lists has its sum.</summary>
    static bool Complete(string dir)
    {
        var sums = Path.Combine(dir, Sums);
        if (!File.Exists(sums)) return false;
        foreach (var line in File.ReadAllLines(sums).Where(l => l.Length > 0))
        {
            var (hash, file) = (line[..Math.Min(64, line.Length)], Path.Combine(dir, line.Length > 66 ? line[66..] : ""));
            if (!File.Exists(file) || Sha256(File.ReadAllBytes(file)) != hash) return false;
        }
        return true;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
}

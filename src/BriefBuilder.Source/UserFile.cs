using System.Diagnostics;
using System.Text.RegularExpressions;
using BriefBuilder.Model;

namespace BriefBuilder.Source;

/// <summary>
/// The one writer of files that are the user's: briefs (lint --fix, new, import), the publish
/// record and what publish hands on, and the build's outputs. Readers only ever see the old file
/// or the complete new one (the bytes go to a temporary file beside it, which then replaces it in
/// one rename), and the file keeps what the user gave it: a link still points where it did and
/// its target is what changes; mode and owner stay; a read-only file or folder is refused. Every
/// failure is a <see cref="SourceError"/> naming the file, said as <c>file: error: …</c>, and
/// leaves the file as it was.
/// </summary>
public static partial class UserFile
{
    static readonly DateTime RunStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();

    /// <summary>
    /// Replaces the text of an editor's file with <paramref name="text"/> (lines ended by \n, no
    /// byte-order mark, as <see cref="SourceText.Read"/> gives it), written back with the file's
    /// own line ends, line by line, and its byte-order mark if it had one.
    /// </summary>
    public static void Rewrite(string path, string text) => Write(path, TextBytes.Like(SourceText.ReadBytes(path), text));

    public static void Write(string path, byte[] bytes) => Write(path, s => s.Write(bytes));

    /// <summary>Writes <paramref name="path"/> (new or replaced) with what <paramref name="write"/> puts in the stream.</summary>
    public static void Write(string path, Action<Stream> write) => Place(path, write, replace: true);

    /// <summary>Writes a new file; an existing one (even one written meanwhile) is left alone and is an error.</summary>
    public static void Create(string path, byte[] bytes) => Place(path, s => s.Write(bytes), replace: false);

    static void Place(string path, Action<Stream> write, bool replace)
    {
        var target = Target(path);
        var folder = Path.GetDirectoryName(target)!;
        if (Directory.Exists(target)) throw Error(path, "this is a folder, where a file belongs; move the folder away");
        var exists = File.Exists(target);
        if (exists && !replace) throw Error(path, "it already exists; it is left as it is");
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Error(path, $"cannot make its folder: {e.Message}");
        }
        var kept = exists ? Kept(path, target) : null;
        if (IsReadOnlyFolder(folder))
            throw Error(path, $"its folder {folder} is read-only; nothing was written: make the folder writable (chmod u+w) for brief to write here");
        RemoveStale(folder, Path.GetFileName(target));
        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
                write(stream);
            if (kept is { } k)
            {
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, k.Mode);
                if (k.Owner is { } owner && UnixFile.Owner(temp) != owner && !UnixFile.SetOwner(temp, owner))
                    throw Error(path, $"it belongs to user {owner.Uid} (group {owner.Gid}), and brief could not keep that owner on the new file; nothing was written");
            }
            File.Move(temp, target, overwrite: replace);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw !replace && File.Exists(target) ? Error(path, "it already exists; it is left as it is")
                : Error(path, $"cannot write: {e.Message}; nothing was written");
        }
        finally
        {
            try { File.Delete(temp); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // the next write here removes it
        }
    }

    /// <summary>What the new file keeps of the old: its mode and owner. A read-only file is refused.</summary>
    static (UnixFileMode Mode, (uint Uid, uint Gid)? Owner)? Kept(string path, string target)
    {
        if (OperatingSystem.IsWindows())
        {
            if (new FileInfo(target).IsReadOnly) throw Error(path, "it is read-only; nothing was written: clear its read-only mark for brief to change it");
            return null;
        }
        var mode = File.GetUnixFileMode(target);
        // Checked by the mode, not by trying: root may write anything, but a file marked read-only is the user's word.
        if ((mode & UnixFileMode.UserWrite) == 0)
            throw Error(path, $"it is read-only (mode {Octal(mode)}); nothing was written: make it writable (chmod u+w) for brief to change it");
        return (mode, UnixFile.Owner(target));
    }

    static bool IsReadOnlyFolder(string folder) =>
        OperatingSystem.IsWindows() ? false : (File.GetUnixFileMode(folder) & UnixFileMode.UserWrite) == 0;

    /// <summary>The file a link leads to, so that the link stays a link; the path itself when it is none.</summary>
    static string Target(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            if (new FileInfo(full).LinkTarget is null) return full;
            var final = File.ResolveLinkTarget(full, returnFinalTarget: true)!;
            return final.FullName;
        }
        catch (IOException e)
        {
            throw Error(path, $"cannot follow the link: {e.Message}");
        }
    }

    static string Octal(UnixFileMode mode) => Convert.ToString((int)mode, 8).PadLeft(4, '0');

    static SourceError Error(string path, string message) => new(path, 0, message);

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

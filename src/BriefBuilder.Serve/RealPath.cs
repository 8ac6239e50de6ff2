namespace BriefBuilder.Serve;

/// <summary>
/// Where a path really leads, every symbolic link along it followed (what realpath(3) gives),
/// and whether that lies inside a folder: the server serves nothing whose real place is outside
/// the folders it serves from, whatever links inside them point to.
/// </summary>
public static class RealPath
{
    const int MaxLinks = 40; // as Linux's own limit on links followed in one lookup

    /// <summary>The real path of <paramref name="path"/>, or null when a link loops or leads nowhere readable.</summary>
    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path);
        var pending = new Stack<string>(Parts(full[Path.GetPathRoot(full)!.Length..]).Reverse());
        var real = Path.GetPathRoot(full)!;
        for (var links = 0; pending.Count > 0;)
        {
            var part = pending.Pop();
            if (part == ".") continue;
            if (part == "..") { real = Path.GetDirectoryName(real) ?? real; continue; }
            var next = Path.Combine(real, part);
            string? target;
            try { target = new FileInfo(next).LinkTarget; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
            if (target is null) { real = next; continue; }
            if (++links > MaxLinks) return null;
            // The link's target stands in for it, relative to the folder that holds the link.
            var root = Path.GetPathRoot(target) ?? "";
            foreach (var t in Parts(target[root.Length..]).Reverse()) pending.Push(t);
            if (Path.IsPathRooted(target)) real = root;
        }
        return real;
    }

    static string[] Parts(string path) => path.Split(['/', Path.DirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether <paramref name="path"/> really lies inside <paramref name="folder"/> (whose real path is given).</summary>
    public static bool Inside(string path, string realFolder) =>
        Of(path) is { } real && real.StartsWith(Path.TrimEndingDirectorySeparator(realFolder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}

using System.Runtime.InteropServices;

namespace BriefBuilder.Source;

/// <summary>
/// What .NET does not say about a file on Linux: its owner (statx, chown), and the one atomic
/// exchange of two folders (renameat2). Elsewhere the owner is left as the system sets it.
/// </summary>
public static partial class UnixFile
{
    const int AtFdCwd = -100;
    const uint StatxBasicStats = 0x7ff;
    const uint RenameExchange = 2;

    /// <summary>The owner and group of <paramref name="path"/> (following links), or null where the system has no such thing.</summary>
    public static (uint Uid, uint Gid)? Owner(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        // struct statx has one layout on every Linux architecture: stx_uid at 20, stx_gid at 24.
        Span<byte> buffer = stackalloc byte[256];
        if (statx(AtFdCwd, path, 0, StatxBasicStats, ref MemoryMarshal.GetReference(buffer)) != 0) return null;
        return (BitConverter.ToUInt32(buffer[20..]), BitConverter.ToUInt32(buffer[24..]));
    }

    /// <summary>Gives <paramref name="path"/> this owner; false when the system refuses (a user may not give a file away).</summary>
    public static bool SetOwner(string path, (uint Uid, uint Gid) owner) =>
        !OperatingSystem.IsLinux() || chown(path, owner.Uid, owner.Gid) == 0;

    /// <summary>Swaps two paths in one step, so a reader sees one or the other, never neither; false where the system cannot.</summary>
    public static bool Exchange(string a, string b) =>
        OperatingSystem.IsLinux() && renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;

    /// <summary>A second name for a file (a hard link), which keeps its bytes, time and mode; false where the system cannot.</summary>
    public static bool Link(string existing, string name) => OperatingSystem.IsLinux() && link(existing, name) == 0;

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int link(string oldpath, string newpath);

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int statx(int dirfd, string path, int flags, uint mask, ref byte buffer);

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int chown(string path, uint owner, uint group);

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);
}

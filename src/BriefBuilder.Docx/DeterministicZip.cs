using System.IO.Compression;

namespace BriefBuilder.Docx;

/// <summary>
/// Rewrites a zip package with fixed entry order and timestamps. System.IO.Packaging stamps
/// entries with the current time, which would make every build of the same brief differ.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>
    /// The first moment a zip (DOS) timestamp can hold. Not the brief's date: zip cannot store a
    /// year outside 1980–2107, and a brief may be dated anywhere (the date lives in the core
    /// properties, which take any year). Nothing reads these times; Word shows the core properties.
    /// </summary>
    static readonly DateTimeOffset Timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Repack(MemoryStream source, Stream output)
    {
        source.Position = 0;
        using var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        using var result = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        // [Content_Types].xml first, as Office writes it; the rest by name.
        foreach (var entry in input.Entries
                     .OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1)
                     .ThenBy(e => e.FullName, StringComparer.Ordinal))
        {
            var copy = result.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = Timestamp;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}

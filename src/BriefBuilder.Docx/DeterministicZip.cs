using System.IO.Compression;

namespace BriefBuilder.Docx;

/// <summary>
/// Rewrites a zip package with fixed entry order and timestamps. System.IO.Packaging stamps
/// entries with the current time, which would make every build of the same brief differ.
/// </summary>
internal static class DeterministicZip
{
    public static void Repack(MemoryStream source, Stream output, DateTimeOffset timestamp)
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
            copy.LastWriteTime = timestamp;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}

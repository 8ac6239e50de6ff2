using System.Collections.Concurrent;
using BriefBuilder.Model;

namespace BriefBuilder.Pdf.Fonts;

/// <summary>
/// The fonts a pipeline has found and opened, kept for as long as it lives: the index of each list
/// of folders, and each face opened. Each is made again when its files change (a font installed,
/// replaced or removed), so a long-running <c>brief watch</c> sees the change; a fresh library
/// (a test's) shares nothing with another.
/// </summary>
public sealed class FontLibrary
{
    // Per list of folders: the index and the stamp of the files it was read from.
    readonly ConcurrentDictionary<string, (string Stamp, Lazy<FontIndex> Index)> indexes = new();
    // Per face of a file: the face, and the file's size and time when it was opened.
    readonly ConcurrentDictionary<(string Path, int Index), (string Stamp, Lazy<FontFace> Face)> faces = new();

    /// <summary>The index of the standard folders (<see cref="FontFolders.Standard"/>).</summary>
    /// <param name="cache">A folder where the faces read are kept for the next run (<see cref="FontIndexFile"/>), or null.</param>
    public FontIndex Default(string? projectFonts = null, string? cache = null) => Index(FontFolders.Standard(projectFonts), cache);

    /// <summary>
    /// The index of exactly these folders, listed on every call and read again only when the
    /// listing changed (see <see cref="FontIndex.List"/>).
    /// </summary>
    public FontIndex Index(IReadOnlyList<string> folders, string? cache = null)
    {
        var (files, stamp) = FontIndex.List(folders);
        var key = string.Join('\n', folders);
        // One file in the build cache per list of folders, named by a hash of the list.
        var kept = cache is null ? null : Path.Combine(cache, $"fonts-{ContentHash.Hex(key)}.tsv");
        var entry = indexes.AddOrUpdate(key,
            _ => (stamp, new Lazy<FontIndex>(() => FontIndex.Scan(folders, files, stamp, kept))),
            (_, cached) => cached.Stamp == stamp ? cached : (stamp, new Lazy<FontIndex>(() => FontIndex.Scan(folders, files, stamp, kept))));
        return entry.Index.Value;
    }

    /// <summary>
    /// The face <paramref name="index"/> of the file, opened once and again when the file was
    /// replaced (size or time changed), so a long-running watch draws with the new file.
    /// </summary>
    public FontFace Face(string path, int index = 0)
    {
        var file = new FileInfo(path);
        var stamp = $"{file.Length} {file.LastWriteTimeUtc.Ticks}";
        var entry = faces.AddOrUpdate((file.FullName, index),
            key => (stamp, new Lazy<FontFace>(() => FontFace.Open(key.Path, key.Index))),
            (key, cached) => cached.Stamp == stamp ? cached : (stamp, new Lazy<FontFace>(() => FontFace.Open(key.Path, key.Index))));
        return entry.Face.Value;
    }

    /// <summary>The fonts of <paramref name="style"/>, found in <paramref name="index"/> and opened here.</summary>
    public FontSet Set(HouseStyle style, FontIndex index) => FontSet.Create(style, index, this);
}

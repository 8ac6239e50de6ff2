using BriefBuilder.Model;

namespace BriefBuilder.Pdf.Fonts;

/// <summary>
/// The faces found in a list of font folders, searched in order: the first folder that holds a
/// family wins, so the project's own <c>fonts/</c> folder overrides the system's copies.
/// </summary>
public sealed class FontIndex
{
    static readonly string[] FontExtensions = [".ttf", ".otf", ".ttc", ".otc"];

    public IReadOnlyList<string> Folders { get; }
    public IReadOnlyList<FontFileFace> Faces { get; }

    /// <summary>
    /// Every font file of the folders by path, size and modification time: changes exactly when a
    /// font is installed, removed or replaced. Outputs drawn with the fonts are fingerprinted by it.
    /// </summary>
    public string Stamp { get; }

    FontIndex(IReadOnlyList<string> folders, IReadOnlyList<FontFileFace> faces, string stamp)
    {
        Folders = folders;
        Faces = faces;
        Stamp = stamp;
    }

    /// <summary>
    /// The font files of <paramref name="folders"/> and their stamp, listed afresh: reading a font's
    /// names costs far more than listing the folders, so a <see cref="FontLibrary"/> lists them on
    /// every call and reads the fonts again only when the listing changed.
    /// </summary>
    internal static (List<FileInfo> Files, string Stamp) List(IReadOnlyList<string> folders)
    {
        var files = FontFiles(folders);
        return (files, string.Join('\n', files.Select(f => $"{f.FullName} {f.Length} {f.LastWriteTimeUtc.Ticks}")));
    }

    static List<FileInfo> FontFiles(IReadOnlyList<string> folders)
    {
        var files = new List<FileInfo>();
        foreach (var folder in folders.Where(Directory.Exists))
        {
            // Sorted so that two copies of a family inside one folder always resolve the same way,
            // on every platform: folder by folder, not by the separator's character code.
            files.AddRange(new DirectoryInfo(folder).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Where(f => FontExtensions.Contains(f.Extension, StringComparer.OrdinalIgnoreCase))
                .OrderBy(f => f.FullName, FilePaths.Order));
        }
        return files;
    }

    /// <param name="kept">The file that keeps the faces between runs (<see cref="FontIndexFile"/>), or null.</param>
    internal static FontIndex Scan(IReadOnlyList<string> folders, IEnumerable<FileInfo> files, string stamp, string? kept)
    {
        if (kept is not null && FontIndexFile.Read(kept, stamp) is { } faces) return new(folders, faces, stamp);
        faces = files.SelectMany(f => FontFileNames.Read(f.FullName)).ToList();
        if (kept is not null) FontIndexFile.Write(kept, stamp, faces);
        return new(folders, faces, stamp);
    }

    /// <summary>
    /// The first sound face whose "Family Style" is <paramref name="familyAndStyle"/>, ignoring case:
    /// typographic names first (ID 16/17: "Noto Serif CJK SC" + "Bold"), then legacy names
    /// (ID 1/2: "Noto Serif CJK SC Black" + "Regular"), then the family's name in its own
    /// language (仿宋_GB2312, as Word lists FangSong_GB2312). A bare family means its Regular face.
    /// A damaged face (<see cref="FontFileFace.Damage"/>) is never found.
    /// </summary>
    public FontFileFace? Find(string familyAndStyle) => Match(Faces.Where(f => f.Damage is null).ToList(), familyAndStyle);

    /// <summary>The damaged face that would have served <paramref name="familyAndStyle"/>: what brief fonts reports in its place.</summary>
    public FontFileFace? FindDamaged(string familyAndStyle) => Match(Faces.Where(f => f.Damage is not null).ToList(), familyAndStyle);

    static FontFileFace? Match(List<FontFileFace> faces, string familyAndStyle)
    {
        string wanted = Normalise(familyAndStyle);
        return faces.FirstOrDefault(f => Normalise($"{f.Family} {f.Style}") == wanted)
            ?? faces.FirstOrDefault(f => Normalise($"{f.LegacyFamily} {f.LegacyStyle}") == wanted)
            ?? faces.FirstOrDefault(f => Normalise(f.Family) == wanted && IsRegular(f.Style))
            ?? faces.FirstOrDefault(f => f.LocalFamily.Length > 0
                && (Normalise($"{f.LocalFamily} {f.Style}") == wanted || Normalise(f.LocalFamily) == wanted && IsRegular(f.Style)));
    }

    static bool IsRegular(string style) => style.Equals("Regular", StringComparison.OrdinalIgnoreCase);

    /// <summary>Case and runs of spaces do not matter: "noto serif  cjk sc bold" finds the face.</summary>
    static string Normalise(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}

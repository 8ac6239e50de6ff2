using System.Collections.Concurrent;

namespace BriefBuilder.Pdf.Fonts;

/// <summary>
/// The faces found in a list of font folders, searched in order: the first folder that holds a
/// family wins, so the project's own <c>fonts/</c> folder overrides the system's copies.
/// </summary>
public sealed class FontIndex
{
    static readonly string[] FontExtensions = [".ttf", ".otf", ".ttc", ".otc"];
    static readonly ConcurrentDictionary<string, Lazy<FontIndex>> Cache = new();

    public IReadOnlyList<string> Folders { get; }
    public IReadOnlyList<FontFileFace> Faces { get; }

    FontIndex(IReadOnlyList<string> folders, IReadOnlyList<FontFileFace> faces)
    {
        Folders = folders;
        Faces = faces;
    }

    /// <summary>
    /// The index of the standard folders (<see cref="FontFolders.Standard"/>), scanned once per
    /// process: a build renders many documents and the font set does not change under it.
    /// </summary>
    public static FontIndex Default(string? projectFonts = null) => ForFolders(FontFolders.Standard(projectFonts));

    /// <summary>The index of exactly these folders, scanned once per process for each list.</summary>
    public static FontIndex ForFolders(IReadOnlyList<string> folders) =>
        Cache.GetOrAdd(string.Join('\n', folders), _ => new Lazy<FontIndex>(() => Scan(folders))).Value;

    static FontIndex Scan(IReadOnlyList<string> folders)
    {
        var faces = new List<FontFileFace>();
        foreach (var folder in folders.Where(Directory.Exists))
        {
            // Sorted so that two copies of a family inside one folder always resolve the same way.
            var files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Where(f => FontExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
                faces.AddRange(FontFileNames.Read(file));
        }
        return new FontIndex(folders, faces);
    }

    /// <summary>
    /// The first face whose "Family Style" is <paramref name="familyAndStyle"/>, ignoring case:
    /// typographic names first (ID 16/17: "Noto Serif CJK SC" + "Bold"), then legacy names
    /// (ID 1/2: "Noto Serif CJK SC Black" + "Regular"). A bare family means its Regular face.
    /// </summary>
    public FontFileFace? Find(string familyAndStyle)
    {
        string wanted = Normalise(familyAndStyle);
        return Faces.FirstOrDefault(f => Normalise($"{f.Family} {f.Style}") == wanted)
            ?? Faces.FirstOrDefault(f => Normalise($"{f.LegacyFamily} {f.LegacyStyle}") == wanted)
            ?? Faces.FirstOrDefault(f => Normalise(f.Family) == wanted && f.Style.Equals("Regular", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Case and runs of spaces do not matter: "noto serif  cjk sc bold" finds the face.</summary>
    static string Normalise(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}

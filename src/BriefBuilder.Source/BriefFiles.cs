using BriefBuilder.Model;

namespace BriefBuilder.Source;

/// <summary>
/// The one rule of which files are briefs, shared by every command that looks for them (build,
/// check, the numbering gate, watch, new): every <c>*.md</c> file at or under a folder, in any
/// subfolder, except hidden files and files in hidden folders (an editor's or a tool's, such as
/// <c>.git/</c>). A brief outside <c>&lt;year&gt;/</c> (a draft, a stray copy) is still a brief:
/// the numbering check reports where it lies, so it can never be built past the gate unseen.
/// </summary>
public static class BriefFiles
{
    public const string Extension = ".md";

    /// <summary>Whether <paramref name="path"/> names a brief by its own name: a visible Markdown file.</summary>
    public static bool IsBrief(string path) =>
        string.Equals(Path.GetExtension(path), Extension, StringComparison.Ordinal) && !Path.GetFileName(path).StartsWith('.');

    /// <summary>The briefs at or under <paramref name="folder"/>, as paths starting with it, folder by folder in ordinal order (<see cref="FilePaths.Order"/>: the same on every platform).</summary>
    public static IEnumerable<string> Under(string folder) =>
        Directory.EnumerateFiles(folder, "*" + Extension, SearchOption.AllDirectories)
            .Where(f => IsBrief(f) && !InHiddenFolder(folder, f))
            .Order(FilePaths.Order);

    static bool InHiddenFolder(string folder, string file) =>
        Path.GetRelativePath(folder, Path.GetDirectoryName(file)!).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.') && part != ".");
}

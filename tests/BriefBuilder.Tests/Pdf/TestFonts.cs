using BriefBuilder.Model;
using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Template;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Pdf;

/// <summary>
/// The house style of templates/zhuanbao/style.yaml, read by the real loader, and its fonts
/// resolved as a build resolves them: the project's fonts/ first (when it has one), then the
/// system's and the user's folders.
/// Tests that read the file stay in step when a size or font of the house format changes.
/// </summary>
static class TestFonts
{
    public static HouseStyle Style { get; } = StyleReader.Read(Repo.Path("templates", "zhuanbao", "style.yaml"));

    public static Colour Black => Style.Colour("black");
    public static Colour Red => Style.Colour("red");

    static readonly FontLibrary Fonts = new();
    static readonly Lazy<FontSet> set = new(() => Fonts.Set(Style, Fonts.Default(Repo.Path("fonts"))));
    public static FontSet Set => set.Value;

    /// <summary>
    /// The font file named <paramref name="fileName"/> that a build of a project whose own font
    /// folder is <paramref name="projectFonts"/> finds first: there, or in the system's and the
    /// user's folders, where scripts/install-fonts puts Fandol.
    /// </summary>
    public static string File(string fileName, string? projectFonts = null) =>
        FontFolders.Standard(projectFonts ?? Repo.Path("fonts")).Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, fileName, new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
            .First();
}

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

    /// <summary>
    /// The families of style.yaml that scripts/install-fonts puts on every machine; the others are
    /// the house fonts as Windows names them (仿宋_GB2312, SimHei, …), found where they are installed.
    /// </summary>
    public static IReadOnlyList<string> OpenFamilies { get; } =
        ["FandolFang Regular", "FandolKai Regular", "FandolSong Regular", "FandolSong Bold", "FandolHei Regular", "Noto Serif CJK SC Regular",
         "Noto Serif CJK SC Bold", "Noto Sans CJK SC Regular", "LXGW WenKai Regular", "LXGW WenKai Light", "AR PL UKai CN Book", "Liberation Serif Regular"];

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

using BriefBuilder.Model;
using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Template;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Pdf;

/// <summary>
/// The house style of templates/zhuanbao/style.yaml, read by the real loader, and its fonts
/// resolved as a build resolves them: the project's fonts/ first, then the system folders.
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
}

using BriefBuilder.Model;
using BriefBuilder.Pdf.Fonts;

namespace BriefBuilder.Tests.Pdf;

/// <summary>
/// The font roles of templates/zhuanbao/style.yaml (copied: the YAML loader lives in another
/// project) resolved against the installed fonts (scripts/install-fonts).
/// </summary>
static class TestFonts
{
    public static readonly Colour Black = new("black", 0, 0, 0, 1, "000000");
    public static readonly Colour Red = new("red", 0, 0.8, 0.8, 0, "E8383D");

    public static HouseStyle Style { get; } = new(
        new PageGeometry(595.28, 841.89, 104.88, 99.21, 79.37, 73.7),
        new TextGrid(22, 28, 28.95),
        new Dictionary<string, FontRole>
        {
            ["fangsong"] = new("fangsong", "仿宋_GB2312", ["FandolFang Regular", "Noto Serif CJK SC Regular"]),
            ["xiaobiaosong"] = new("xiaobiaosong", "方正小标宋简体", ["Noto Serif CJK SC Bold", "FandolSong Bold"]),
            ["heiti"] = new("heiti", "黑体", ["Noto Sans CJK SC Regular", "FandolHei Regular"]),
            ["kaiti"] = new("kaiti", "楷体_GB2312", ["FandolKai Regular", "LXGW WenKai Regular", "AR PL UKai CN Book"]),
            ["songti"] = new("songti", "宋体", ["Noto Serif CJK SC Regular", "FandolSong Regular"]),
            ["latin"] = new("latin", "Times New Roman", ["Liberation Serif Regular"]),
            ["latin-bold"] = new("latin-bold", "Times New Roman", ["Liberation Serif Bold"]),
        },
        ["Noto Serif CJK SC Regular", "Noto Sans CJK SC Regular", "LXGW WenKai Regular"],
        new Dictionary<string, Colour> { ["black"] = Black, ["red"] = Red },
        new Dictionary<string, ParagraphStyle>(),
        new Dictionary<string, RunStyle>(),
        new Dictionary<string, RuleStyle>(),
        new PageNumberStyle("songti", "latin", 14, "— {page} —", 19.84, 1));

    static readonly Lazy<FontSet> set = new(() => FontSet.Create(Style));
    public static FontSet Set => set.Value;
}

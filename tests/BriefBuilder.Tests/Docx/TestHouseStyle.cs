using BriefBuilder.Model;

namespace BriefBuilder.Tests.Docx;

/// <summary>
/// The values of templates/zhuanbao/style.yaml, written out by hand until the style.yaml loader
/// lands on main; then tests should load the real file instead.
/// </summary>
internal static class TestHouseStyle
{
    public const double Mm = 72 / 25.4;

    public static HouseStyle Zhuanbao()
    {
        const double pitch = 28.95;
        static ParagraphStyle P(string name, string font, double size, Alignment align,
            double indent = 0, string colour = "black", bool bold = false, double? line = null,
            double before = 0, double after = 0, bool keep = false) =>
            new(name, font, "latin", size, colour, bold, align, indent, before, after, line ?? pitch, OnGrid: line is null, keep);

        var paragraphs = new[]
        {
            P("body", "fangsong", 16, Alignment.Justify, indent: 2),
            P("heading1", "heiti", 16, Alignment.Justify, indent: 2, keep: true),
            P("heading2", "kaiti", 16, Alignment.Justify, indent: 2, keep: true),
            P("heading3", "fangsong", 16, Alignment.Justify, indent: 2, bold: true, keep: true),
            P("heading4", "fangsong", 16, Alignment.Justify, indent: 2, keep: true),
            P("quote", "kaiti", 16, Alignment.Justify, indent: 2),
            P("recipients", "fangsong", 16, Alignment.Left),
            P("masthead", "xiaobiaosong", 60, Alignment.Center, colour: "red", line: 72, before: 14, after: 6),
            P("number", "fangsong", 16, Alignment.Center),
            P("dateline", "fangsong", 16, Alignment.Left),
            P("tagline", "kaiti", 14, Alignment.Center, colour: "red", line: 20),
            P("title", "xiaobiaosong", 22, Alignment.Center, line: 36, before: 18, keep: true),
            P("subtitle", "kaiti", 16, Alignment.Center, line: 28.95, after: 14, keep: true),
            P("closing", "fangsong", 14, Alignment.Left, line: 26),
        };

        static FontRole F(string name, string docx, params string[] pdf) => new(name, docx, pdf);
        var fonts = new[]
        {
            F("fangsong", "仿宋_GB2312", "FandolFang Regular", "Noto Serif CJK SC Regular"),
            F("xiaobiaosong", "方正小标宋简体", "Noto Serif CJK SC Bold", "FandolSong Bold"),
            F("heiti", "黑体", "Noto Sans CJK SC Regular", "FandolHei Regular"),
            F("kaiti", "楷体_GB2312", "FandolKai Regular", "LXGW WenKai Regular", "AR PL UKai CN Book"),
            F("songti", "宋体", "Noto Serif CJK SC Regular", "FandolSong Regular"),
            F("latin", "Times New Roman", "Liberation Serif Regular"),
            F("latin-bold", "Times New Roman", "Liberation Serif Bold"),
        };

        return new HouseStyle(
            new PageGeometry(210 * Mm, 297 * Mm, Top: 37 * Mm, Bottom: 35 * Mm, Left: 28 * Mm, Right: 26 * Mm),
            new TextGrid(22, 28, pitch),
            fonts.ToDictionary(f => f.Name),
            ["Noto Serif CJK SC Regular", "Noto Sans CJK SC Regular", "LXGW WenKai Regular"],
            new[]
            {
                new Colour("black", 0, 0, 0, 1, "000000"),
                new Colour("red", 0, 0.8, 0.8, 0, "E8383D"),
            }.ToDictionary(c => c.Name),
            paragraphs.ToDictionary(p => p.Name),
            new Dictionary<string, RunStyle> { ["edition"] = new("edition", null, 26, "red", null) },
            new[]
            {
                new RuleStyle("masthead", "red", [new(2.25, 0), new(0.75, 1.5)], SpaceBefore: 4, SpaceAfter: 6),
                new RuleStyle("closing-outer", "black", [new(0.35 * Mm, 0)], 0, 0),
                new RuleStyle("closing-inner", "black", [new(0.25 * Mm, 0)], 0, 0),
            }.ToDictionary(r => r.Name),
            new PageNumberStyle("songti", "latin", 14, "— {page} —", DistanceBelowText: 7 * Mm, IndentChars: 1));
    }
}

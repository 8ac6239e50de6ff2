using BriefBuilder.Cli;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Pdf;

/// <summary><c>brief fonts</c> on a copy of the tests' archive beside the repository's templates, as a project lays them out.</summary>
public class FontsCommandTests(ProjectCopy seeds) : IClassFixture<ProjectCopy>
{
    static (int Exit, string Stdout, string Stderr) Fonts(params string[] args) => ProjectCopy.Run(FontsCommand.Create(), args);

    /// <summary>The output's rows (header dropped) split into their columns.</summary>
    static List<string[]> Rows(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(l => l.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    [Fact]
    public void Lists_every_role_of_the_template_with_its_families_in_the_order_tried()
    {
        var (exit, stdout, _) = Fonts("--content", seeds.Path("content"));
        Assert.Equal(0, exit);
        var rows = Rows(stdout);
        Assert.Equal(TestFonts.Style.Fonts.Keys.Order(StringComparer.Ordinal), rows.Select(r => r[0]).Distinct());

        var fangsong = rows.Where(r => r[0] == "fangsong").ToList();
        Assert.Equal(["Noto Serif CJK SC Regular", "FandolFang Regular", "LXGW WenKai Light", .. TestFonts.Style.FallbackFonts], fangsong.Select(r => r[1]));
        Assert.Equal(["mark …", "role", "role", "fallback", "fallback", "fallback"], fangsong.Select(r => r[2]));
        Assert.Equal(TestFonts.File("FandolFang-Regular.otf", seeds.Path("fonts")), fangsong[1][3]);
        Assert.Equal(["2", "0"], fangsong.Take(2).Select(r => r[4]));
        Assert.DoesNotContain("missing", stdout);
    }

    [Fact]
    public void A_family_that_is_not_installed_is_missing()
    {
        using var project = new ProjectCopy();
        project.Edit("templates/zhuanbao/style.yaml", "pdf: [FandolKai Regular,", "pdf: [KaiTi Nowhere Regular,");
        var (exit, stdout, _) = Fonts("--content", project.Path("content"));
        Assert.Equal(0, exit);
        Assert.Contains(Rows(stdout), r => r is ["kaiti", "KaiTi Nowhere Regular", "role", "missing", "-"]);
    }

    [Fact]
    public void Text_names_the_face_of_each_character_per_role()
    {
        var (exit, stdout, _) = Fonts("--content", seeds.Path("content"), "--text", "王颺");
        Assert.Equal(0, exit);
        var rows = Rows(stdout);
        Assert.Contains(rows, r => r is ["fangsong", "FandolFang Regular", "role", "1", "王"]);
        Assert.Contains(rows, r => r is ["fangsong", "LXGW WenKai Light", "role", "1", "颺"]);
        Assert.Contains(rows, r => r is ["heiti", "Noto Sans CJK SC Regular", "role", "2", "王颺"]);
        // Liberation Serif has no Chinese: the latin role draws it from the style's fallback.
        Assert.Contains(rows, r => r is ["latin", "Noto Serif CJK SC Regular", "fallback", "2", "王颺"]);
        Assert.Equal(TestFonts.Style.Fonts.Count, rows.Select(r => r[0]).Distinct().Count());
    }

    [Fact]
    public void A_character_no_font_has_exits_1_and_names_its_code_point()
    {
        var (exit, stdout, stderr) = Fonts("--content", seeds.Path("content"), "--text", "王\U0010FFFD");
        Assert.Equal(1, exit);
        Assert.Contains(Rows(stdout), r => r is ["fangsong", "missing", "-", "1", "U+10FFFD"]);
        Assert.Contains("U+10FFFD (fangsong, heiti,", stderr);
    }

    [Fact]
    public void Check_reports_a_brief_by_the_roles_that_set_it()
    {
        var (exit, stdout, _) = Fonts("--check", seeds.Path("content/2024/020.md"));
        Assert.Equal(0, exit);
        var rows = Rows(stdout);
        // 颺 is only in the recipients line (仿宋); the masthead is 小标宋; the folio dash is 宋体, a full em from FandolSong.
        Assert.Contains(rows, r => r is ["fangsong", "LXGW WenKai Light", "role", "1", "颺"]);
        Assert.Contains(rows, r => r[0] == "xiaobiaosong" && r[4].StartsWith("领军参阅专报"));
        Assert.Contains(rows, r => r is ["songti", "FandolSong Regular", "mark —", "1", "—"]);
        Assert.DoesNotContain(rows, r => r[0] == "heiti" && r[4].Contains('颺'));
    }

    [Fact]
    public void Check_fails_on_a_brief_with_a_character_no_font_has()
    {
        using var project = new ProjectCopy();
        var brief = project.Edit("content/2024/009.md", "---\n\n", "---\n\n\U0010FFFD\n\n");
        var (exit, _, stderr) = Fonts("--check", brief);
        Assert.Equal(1, exit);
        Assert.Contains("U+10FFFD (fangsong)", stderr);
    }
}

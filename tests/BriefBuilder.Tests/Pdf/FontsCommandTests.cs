using BriefBuilder.Cli;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Pdf;

/// <summary><c>brief fonts</c> on a copy of the tests' archive beside the repository's templates, as a project lays them out.</summary>
public class FontsCommandTests(ProjectCopy seeds) : IClassFixture<ProjectCopy>
{
    static (int Exit, string Stdout, string Stderr) Fonts(params string[] args) => ProjectCopy.Run(FontsCommand.Create(), args);

    /// <summary>The output's rows (header dropped) split into their columns: of the first table, or of the one under <paramref name="title"/>.</summary>
    static List<string[]> Rows(string stdout, string? title = null)
    {
        var block = title is null ? stdout.Split("\n\n")[0] : stdout.Split("\n\n").Single(b => b.StartsWith(title));
        return block.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(title is null ? 1 : 2)
            .TakeWhile(l => !l.StartsWith("To install"))
            .Select(l => l.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
    }

    const string Tried = "Every family tried";
    const string NotInstalled = "Not installed";

    [Fact]
    public void Says_first_which_file_sets_each_role()
    {
        var (exit, stdout, stderr) = Fonts("--content", seeds.Path("content"));
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.StartsWith("ROLE ", stdout);
        var rows = Rows(stdout);
        Assert.Equal(TestFonts.Style.Fonts.Keys.Order(StringComparer.Ordinal), rows.Select(r => r[0]));
        foreach (var row in rows)
        {
            var used = TestFonts.Set.Chain(row[0]).First(l => l.File is not null && l.Mark is null);
            Assert.Equal(used.Family, row[1]);
            Assert.EndsWith(Path.GetFileName(used.File!.Path) + (used.File.Index > 0 ? $", face {used.File.Index}" : ""), row[2]);
        }
        Assert.Contains(rows, r => r is ["fangsong", "FandolFang Regular", var file] && file == TestFonts.File("FandolFang-Regular.otf", seeds.Path("fonts")));
    }

    [Fact]
    public void Names_the_fonts_listed_first_that_are_not_installed_and_how_to_install_one()
    {
        using var project = new ProjectCopy();
        project.Edit("templates/zhuanbao/style.yaml", "pdf: [仿宋_GB2312, 仿宋, FandolFang Regular,", "pdf: [仿宋_Nowhere, FandolFang Regular,");
        var (exit, stdout, _) = Fonts("--content", project.Path("content"));
        Assert.Equal(0, exit);
        Assert.Contains(Rows(stdout), r => r is ["fangsong", "FandolFang Regular", _]);
        Assert.Contains(Rows(stdout, NotInstalled), r => r is ["fangsong", "仿宋_Nowhere"]);
        Assert.Contains("To install a font on Linux: copy its .ttf or .otf file into ~/.local/share/fonts", stdout);
    }

    [Fact]
    public void Lists_every_family_tried_in_order_with_its_file()
    {
        var (_, stdout, _) = Fonts("--content", seeds.Path("content"));
        var rows = Rows(stdout, Tried);
        Assert.Equal(TestFonts.Style.Fonts.Keys.Order(StringComparer.Ordinal), rows.Select(r => r[0]).Distinct());

        var fangsong = rows.Where(r => r[0] == "fangsong").ToList();
        // The ellipsis face first (for … alone), the role's families, the fallbacks.
        Assert.Equal(["Noto Serif CJK SC Regular", .. TestFonts.Style.Font("fangsong").Pdf, .. TestFonts.Style.FallbackFonts], fangsong.Select(r => r[1]));
        Assert.Equal(["mark …", "role", "role", "role", "role", "fallback", "fallback", "fallback"], fangsong.Select(r => r[2]));
        var fandol = fangsong.Single(r => r[1] == "FandolFang Regular");
        Assert.Equal([TestFonts.File("FandolFang-Regular.otf", seeds.Path("fonts")), "0"], fandol[3..]);
        Assert.Equal("2", fangsong[0][4]);
    }

    [Fact]
    public void A_family_that_is_not_installed_is_missing()
    {
        using var project = new ProjectCopy();
        project.Edit("templates/zhuanbao/style.yaml", "FandolKai Regular,", "KaiTi Nowhere Regular,");
        var (exit, stdout, _) = Fonts("--content", project.Path("content"));
        Assert.Equal(0, exit);
        Assert.Contains(Rows(stdout, Tried), r => r is ["kaiti", "KaiTi Nowhere Regular", "role", "missing", "-"]);
        Assert.Contains(Rows(stdout, NotInstalled), r => r[0] == "kaiti" && r[1].EndsWith("KaiTi Nowhere Regular"));
    }

    [Fact]
    public void A_role_none_of_whose_fonts_is_installed_says_what_sets_it_instead()
    {
        using var project = new ProjectCopy();
        project.Edit("templates/zhuanbao/style.yaml", "pdf: [楷体_GB2312, 楷体, FandolKai Regular, LXGW WenKai Regular, AR PL UKai CN Book]", "pdf: [KaiTi Nowhere Regular]");
        var (exit, stdout, _) = Fonts("--content", project.Path("content"));
        Assert.Equal(0, exit);
        var kaiti = Rows(stdout).Single(r => r[0] == "kaiti");
        Assert.Equal($"{TestFonts.Style.FallbackFonts[0]} (fallback)", kaiti[1]);
        Assert.EndsWith("none of the role's own fonts is installed", kaiti[2]);
    }

    [Fact]
    public void A_role_no_font_can_set_is_a_gap_named_with_its_fix()
    {
        using var project = new ProjectCopy();
        project.Edit("templates/zhuanbao/style.yaml", "pdf: [Times New Roman, Liberation Serif Regular]", "pdf: [Times Nowhere]");
        project.Edit("templates/zhuanbao/style.yaml", "fallback: [Noto Serif CJK SC Regular, Noto Sans CJK SC Regular, LXGW WenKai Regular]", "fallback: [Nothing Anywhere]");
        var (exit, stdout, stderr) = Fonts("--content", project.Path("content"));
        Assert.Equal(1, exit);
        Assert.Contains(Rows(stdout), r => r is ["latin", "nothing", var why] && why.StartsWith("no installed font"));
        Assert.StartsWith("brief fonts: no installed font can set latin: install one of the families listed for it", stderr);
        Assert.Contains("To install a font on Linux", stderr);
        Assert.DoesNotContain("   at ", stderr);
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

using BriefBuilder.Pdf.Fonts;

namespace BriefBuilder.Tests.Pdf;

public class FontReportTests
{
    static readonly FontLibrary Library = new();

    [Fact]
    public void Rows_list_each_role_chain_with_its_files()
    {
        var rows = FontReport.Rows(TestFonts.Set);
        var fangsong = rows.Where(r => r.Role == "fangsong").ToList();
        // The ellipsis face first (for … alone), the role's families, the fallbacks.
        Assert.Equal(["Noto Serif CJK SC Regular", "仿宋_GB2312", "仿宋", "FandolFang Regular", "LXGW WenKai Light", "Noto Serif CJK SC Regular", "Noto Sans CJK SC Regular", "LXGW WenKai Regular"],
            fangsong.Select(r => r.Family));
        Assert.Equal([0x2026, null, null, null, null, null, null, null], fangsong.Select(r => r.Mark));
        Assert.Equal([false, false, false, false, false, true, true, true], fangsong.Select(r => r.IsFallback));
        Assert.Equal("FandolFang-Regular.otf", Path.GetFileName(fangsong[3].Path));
        Assert.Equal(2, fangsong[0].FaceIndex);
        // The open faces setup installs are all there; the house fonts of Windows may not be.
        Assert.All(rows.Where(r => TestFonts.OpenFamilies.Contains(r.Family)), r => Assert.True(r.Found, $"{r.Family} of {r.Role} is not installed"));
    }

    [Fact]
    public void Sources_say_which_face_sets_each_role_and_what_is_missing_before_it()
    {
        var sources = FontReport.Sources(TestFonts.Set);
        Assert.Equal(TestFonts.Style.Fonts.Keys.Order(StringComparer.Ordinal), sources.Select(s => s.Role));
        var fangsong = sources.Single(s => s.Role == "fangsong");
        var chain = TestFonts.Set.Chain("fangsong");
        var own = chain.Where(l => !l.IsFallback && l.Mark is null).ToList(); // a mark face sets its mark only
        Assert.Equal(own.First(l => l.File is not null), fangsong.Own);
        Assert.Equal(own.TakeWhile(l => l.File is null).Select(l => l.Family), fangsong.MissingBefore);
        Assert.Empty(fangsong.DamagedBefore); // the test fonts are sound: DamagedFontTests cuts one
        Assert.Equal("Noto Serif CJK SC Regular", fangsong.Fallback?.Family);
        Assert.DoesNotContain(sources, s => s.IsGap);
    }

    [Fact]
    public void A_role_without_any_installed_font_is_a_gap()
    {
        var style = TestFonts.Style with
        {
            Fonts = new Dictionary<string, BriefBuilder.Model.FontRole> { ["fangsong"] = new("fangsong", "仿宋", ["FangSong Nowhere Regular"]) },
            FallbackFonts = ["Fallback Nowhere"],
        };
        var source = Assert.Single(FontReport.Sources(Library.Set(style, Library.Default())));
        Assert.Null(source.Own);
        Assert.Null(source.Fallback);
        Assert.Equal(["FangSong Nowhere Regular"], source.MissingBefore);
        Assert.True(source.IsGap);
    }

    [Fact]
    public void A_family_that_is_not_installed_shows_as_missing()
    {
        var style = TestFonts.Style with
        {
            Fonts = new Dictionary<string, BriefBuilder.Model.FontRole> { ["fangsong"] = new("fangsong", "仿宋", ["FangSong Nowhere Regular", "FandolFang Regular"]) },
        };
        var fonts = new FontLibrary();
        var row = FontReport.Rows(fonts.Set(style, fonts.Default())).First();
        Assert.Equal("FangSong Nowhere Regular", row.Family);
        Assert.False(row.Found);
        Assert.Null(row.FaceIndex);
    }

    [Fact]
    public void Coverage_names_the_face_of_each_character_and_the_missing_ones()
    {
        var sources = FontReport.Coverage(TestFonts.Set, "fangsong", "王颺王\U0010FFFD");
        Assert.Equal([0x738B, 0x98BA, 0x10FFFD], sources.Select(s => s.CodePoint));
        Assert.Equal("FandolFang", sources[0].Face?.Family);
        Assert.Equal("LXGW WenKai", sources[1].Face?.Family);
        Assert.Null(sources[2].Face);
    }
}

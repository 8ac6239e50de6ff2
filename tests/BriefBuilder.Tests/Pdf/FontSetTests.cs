using BriefBuilder.Pdf.Fonts;

namespace BriefBuilder.Tests.Pdf;

public class FontSetTests
{
    [Theory]
    [InlineData("FandolFang Regular", "FandolFang-Regular.otf", 0)]
    [InlineData("Noto Serif CJK SC Bold", "NotoSerifCJK-Bold.ttc", 2)]
    [InlineData("noto sans cjk sc regular", "NotoSansCJK-Regular.ttc", 2)]
    [InlineData("Liberation Serif Regular", "LiberationSerif-Regular.ttf", 0)]
    [InlineData("AR PL UKai CN Book", "ukai.ttc", 0)]
    public void Index_finds_faces_by_family_and_style(string request, string file, int index)
    {
        var face = new FontLibrary().Default().Find(request);
        Assert.NotNull(face);
        Assert.Equal(file, Path.GetFileName(face.Path));
        Assert.Equal(index, face.Index);
    }

    [Fact]
    public void Index_does_not_invent_faces()
    {
        Assert.Null(new FontLibrary().Default().Find("FandolFang Bold"));
        Assert.Null(new FontLibrary().Default().Find("Noto Serif CJK"));
    }

    [Fact]
    public void Yang_comes_from_the_roles_second_face_at_the_same_size()
    {
        const string text = "本期专报：刘小涛书记、王颺秘书长";
        var glyphs = TestFonts.Set.Shape(text, "fangsong", 16);

        Assert.Equal(text.Length, glyphs.Count);
        Assert.Equal(text, string.Concat(glyphs.Select(g => g.Text)));
        Assert.Equal(Enumerable.Range(0, text.Length), glyphs.Select(g => g.Cluster));
        var yang = glyphs[text.IndexOf('颺')];
        // LXGW WenKai Light: thin even strokes like 仿宋 (docs/house-style.md, "Characters outside GB 2312").
        Assert.Equal("LXGW WenKai", yang.Face.Family);
        Assert.Equal("Light", yang.Face.Style);
        Assert.All(glyphs.Where(g => g != yang), g => Assert.Equal("FandolFang", g.Face.Family));
        // Full-width characters advance one em in both fonts: 颺 sits in the grid like the rest.
        Assert.All(glyphs, g => Assert.Equal(16, g.Advance, 2));
        Assert.All(glyphs, g => Assert.NotEqual(0, g.GlyphId));
    }

    [Fact]
    public void Latin_text_shapes_with_ligatures_and_keeps_its_characters()
    {
        var glyphs = TestFonts.Set.Shape("fi 2024", "latin", 12);
        Assert.Equal("fi 2024", string.Concat(glyphs.Select(g => g.Text)));
        Assert.All(glyphs, g => Assert.Equal("Liberation Serif", g.Face.Family));
        Assert.True(glyphs.Sum(g => g.Advance) is > 20 and < 50);
    }

    [Fact]
    public void A_character_outside_every_font_names_its_code_point()
    {
        var error = Assert.Throws<MissingGlyphException>(() => TestFonts.Set.Shape("王\U0010FFFD", "fangsong", 16));
        Assert.Equal(0x10FFFD, error.CodePoint);
        Assert.Contains("U+10FFFD", error.Message);
        Assert.Equal("fangsong", error.Role);
    }

    [Fact]
    public void Supplementary_characters_keep_both_halves_in_one_glyph()
    {
        // 𠮷 (U+20BB7) is outside the BMP and not in Fandol.
        var glyphs = TestFonts.Set.Shape("吉𠮷", "fangsong", 16);
        Assert.Equal(2, glyphs.Count);
        Assert.Equal("𠮷", glyphs[1].Text);
        Assert.Equal(1, glyphs[1].Cluster);
        Assert.NotEqual("FandolFang", glyphs[1].Face.Family);
    }

    [Fact]
    public void Shaping_is_safe_from_many_threads()
    {
        const string text = "苏州太湖智库主办，王颺秘书长";
        var expected = TestFonts.Set.Shape(text, "fangsong", 16);
        Parallel.For(0, 64, _ => Assert.Equal(expected, TestFonts.Set.Shape(text, "fangsong", 16)));
    }
}

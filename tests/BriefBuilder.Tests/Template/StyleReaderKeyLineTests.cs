using BriefBuilder.Model;

namespace BriefBuilder.Tests.Template;

/// <summary>
/// style.yaml written a key a line, as an editor may write it: a bad value is an error at its own
/// key's line, not its mapping's; a missing key is named with what it should hold; and the values
/// a style may leave out are read when it writes them.
/// </summary>
public sealed class StyleReaderKeyLineTests : IDisposable
{
    /// <summary>StyleReaderTests' style with the fangsong font-table entry written a key a line.</summary>
    static readonly string Style = StyleReaderTests.Style.Replace(
        "    word: { alt: 仿宋, charset: 8a, family: modern, pitch: fixed, panose: \"02010609030101010a0b\" }",
        "    word:\n      alt: 仿宋\n      charset: 8a\n      family: modern\n      pitch: fixed\n      panose: \"02010609030101010a0b\"");

    const double Mm = 72 / 25.4;

    readonly StyleFolder _folder = new();
    public void Dispose() => _folder.Dispose();

    /// <summary>The style with <paramref name="find"/> (which occurs once) replaced.</summary>
    static string Edit(string find, string replace)
    {
        Assert.Single(Style.Split(find).Skip(1));
        return Style.Replace(find, replace);
    }

    [Theory]
    [InlineData("      charset: 8a", "      charset: 8g", "charset: 8g", "charset must be two hex digits such as 86 (GB2312) or 00, not '8g'")]
    [InlineData("      family: modern", "      family: serif", "family: serif", "family must be one of roman, swiss, modern, script, decorative, auto, not 'serif'")]
    [InlineData("      pitch: fixed", "      pitch: proportional", "pitch: proportional", "pitch must be one of fixed, variable, default, not 'proportional'")]
    [InlineData("      panose: \"02010609030101010a0b\"", "      panose: \"0201\"", "panose: \"0201\"", "panose must be 20 hex digits, not '0201'")]
    [InlineData("      charset: 8a\n", "", "alt: 仿宋", "missing key 'charset': expected the Windows character set as two hex digits, 86 for GB2312, 00 for Latin")]
    [InlineData("      family: modern\n", "", "alt: 仿宋", "missing key 'family': expected roman, swiss, modern, script, decorative, auto")]
    [InlineData("      pitch: fixed\n", "", "alt: 仿宋", "missing key 'pitch': expected fixed, variable, default")]
    // A flow mapping opened on its key's line: the mapping starts there, its cmyk a line below.
    [InlineData("  red: { cmyk: [0, 80, 80, 0] }", "  red: {\n      cmyk: [0, 80, 80, 101] }", "cmyk: [0, 80, 80, 101]", "'101' is not a percentage from 0 to 100")]
    [InlineData("  red: { cmyk: [0, 80, 80, 0] }", "  red: {\n      cmyk: [0, 80, 80] }", "cmyk: [0, 80, 80]", "cmyk must list four percentages [C, M, Y, K]")]
    [InlineData("  red: { cmyk: [0, 80, 80, 0] }", "  red: {}", "red: {}", "missing key 'cmyk': expected four percentages [C, M, Y, K]")]
    [InlineData("    tag: H1\n    docx: Title", "    docx: Title\n    tag: H7", "tag: H7", "tag must be one of P, H1, H2, H3, H4, H5, H6, BlockQuote, Artifact, not 'H7'")]
    [InlineData("  format: \"— {page} —\"\n  font: fangsong", "  font: fangsong\n  format: \"— 页 —\"", "format: \"— 页 —\"", "format must contain {page} where the number goes")]
    [InlineData("  format: \"— {page} —\"\n  font: fangsong", "  font: fangsong # 页码", "# 页码", "missing key 'format': expected the folio text with {page}, like \"— {page} —\"")]
    [InlineData("  slant: 12deg", "  slant: 12deg\n  shear: 0.2", "shear", "unknown key 'shear'; expected one of: slant")]
    [InlineData("synthetic_bold:\n  stroke: 0.03em", "synthetic_bold: {}", "synthetic_bold: {}", "missing key 'stroke': expected a fraction of the type size, like 0.03em")]
    [InlineData("synthetic_italic:\n  slant: 12deg", "synthetic_italic: {}", "synthetic_italic: {}", "missing key 'slant': expected an angle in degrees, like 12deg")]
    [InlineData("  profile: FOGRA39-briefbuilder.icc\n", "", "condition: FOGRA39", "missing key 'profile': expected the ICC output profile's file name in the template folder")]
    public void An_error_is_at_its_own_key_s_line_and_a_missing_key_says_what_it_holds(string find, string replace, string at, string message) =>
        _folder.Fails(Edit(find, replace), at, message);

    [Fact]
    public void A_profile_that_cannot_serve_is_named_at_its_key()
    {
        File.WriteAllText(Path.Join(_folder.Path, "bad.icc"), "not a profile");
        _folder.Fails(Edit("  profile: FOGRA39-briefbuilder.icc\n  condition: FOGRA39", "  condition: FOGRA39\n  profile: bad.icc"),
            "profile: bad.icc", "'bad.icc' cannot serve: it is not an ICC profile (no 'acsp' signature)");
    }

    [Fact]
    public void The_grid_may_overrun_the_text_block_by_a_hundredth_of_a_point_and_no_more()
    {
        // A text block of 600pt exactly (700pt less 50pt above and below), one line on it.
        var page = Edit("  height: 297mm\n  top: 37mm\n  bottom: 35mm", "  height: 700pt\n  top: 50pt\n  bottom: 50pt").Replace("  lines: 22", "  lines: 1");
        Assert.Equal(new TextGrid(1, 28, 600.01), _folder.Read(page.Replace("line_pitch: 28.95pt", "line_pitch: 600.01pt")).Grid);
        _folder.Fails(page.Replace("line_pitch: 28.95pt", "line_pitch: 600.02pt"), "line_pitch", "1 lines 600.02pt apart need 600.02pt, more than the text block's height (600pt)");
    }

    [Fact]
    public void Values_a_style_may_leave_out_are_read_when_written()
    {
        var s = _folder.Read(Edit("    indent: 2\n", "    indent: 2\n    inset: 1\n    left: 3\n    page_break_before: true\n")
            .Replace("    colour: red\n  strong:", "    colour: red\n    bold: true\n  strong:")
            .Replace("    space_before: 4mm\n", "    space_before: 4mm\n    space_after: 2mm\n")
            .Replace("widow_control: false", "widow_control: true")
            .Replace("  indent: 1", "  indent: 1\n  latin: fangsong"));
        var body = s.Paragraphs["body"];
        Assert.Equal((1.0, 3.0, true), (body.InsetChars, body.LeftIndentChars, body.PageBreakBefore));
        Assert.Equal(new RunStyle("edition", null, 24, "red", true) { Docx = "专报字样" }, s.Runs["edition"]);
        Assert.Equal(2 * Mm, s.Rules["masthead"].SpaceAfter, 9);
        Assert.True(s.WidowControl);
        Assert.Equal("fangsong", s.PageNumber.LatinFont);
    }
}

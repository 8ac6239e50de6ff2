using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Tests.Template;

/// <summary>
/// style.yaml's table and figure styles, each reference and number checked when read, and the
/// RGB profile that a template with figure styles must name (the PDF draws pictures through it).
/// </summary>
public sealed class StyleReaderTableFigureTests : IDisposable
{
    const string Sections = """
        tables:
          grid:
            docx: 表格
            header: title
            cell: body
            rule: thin
            padding_x: 5.4pt
            padding_y: 3pt
            space_before: 1 line
        figures:
          figure:
            max_height: 150mm
            resolution: 96
            space_before: 0.5 line
            space_after: 0.25 line
        """;

    /// <summary>StyleReaderTests' style with a table style, a figure style and the RGB profile.</summary>
    static readonly string Style = StyleReaderTests.Style.Replace("  description: coated paper\n", "  description: coated paper\n  rgb_profile: sRGB.icc\n") + "\n" + Sections;

    const double Mm = 72 / 25.4;
    const double Pitch = 28.95;

    readonly StyleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The style with <paramref name="find"/> (which occurs once) replaced.</summary>
    static string Edit(string find, string replace)
    {
        Assert.Single(Style.Split(find).Skip(1));
        return Style.Replace(find, replace);
    }

    [Fact]
    public void Reads_the_table_and_figure_styles_and_the_RGB_profile()
    {
        var s = _folder.Read(Style);
        Assert.Equal(new TableStyle("grid", "title", "body", "thin", 5.4, 3, Pitch, 0) { Docx = "表格" }, s.Tables["grid"]);
        Assert.Equal(new FigureStyle("figure", 150 * Mm, 96, 0.5 * Pitch, 0.25 * Pitch), s.Figures["figure"]);
        Assert.Equal(File.ReadAllBytes(Path.Join(_folder.Path, "sRGB.icc")), s.Print.RgbProfile);
    }

    [Fact]
    public void Without_figure_styles_no_RGB_profile_is_needed()
    {
        var s = _folder.Read(StyleReaderTests.Style);
        Assert.Empty(s.Figures);
        Assert.Empty(s.Print.RgbProfile);
    }

    [Fact]
    public void A_table_s_paddings_and_spaces_may_be_zero_or_left_out()
    {
        var s = _folder.Read(Edit("    padding_x: 5.4pt\n    padding_y: 3pt\n    space_before: 1 line\n", "    padding_x: 0pt\n"));
        Assert.Equal((0.0, 0.0, 0.0, 0.0), (s.Tables["grid"].PaddingX, s.Tables["grid"].PaddingY, s.Tables["grid"].SpaceBefore, s.Tables["grid"].SpaceAfter));
    }

    [Theory]
    [InlineData("    header: title", "    header: heading", "header: heading", "paragraph style 'heading' is not defined under 'paragraphs'")]
    [InlineData("    cell: body", "    cell: text", "cell: text", "paragraph style 'text' is not defined under 'paragraphs'")]
    [InlineData("    rule: thin", "    rule: thick", "rule: thick", "rule style 'thick' is not defined under 'rules'")]
    [InlineData("    rule: thin", "    rule: masthead", "rule: masthead", "a table's grid lines are one stroke; rule style 'masthead' has 2")]
    [InlineData("    padding_y: 3pt", "    padding_y: -1pt", "padding_y", "'padding_y' must be a length of zero or more, not '-1pt'")]
    [InlineData("    docx: 表格\n", "", "    header: title", "missing key 'docx': expected the table style's name in Word's style list")]
    [InlineData("    header: title\n", "", "    docx: 表格", "missing key 'header': expected a paragraph style of 'paragraphs'")]
    [InlineData("    rule: thin\n", "", "    docx: 表格", "missing key 'rule': expected a rule style of 'rules' with one stroke, which draws the grid lines")]
    [InlineData("    padding_y: 3pt", "    padding_y: 3pt\n    border: 1pt", "border", "unknown key 'border'; expected one of: docx, header, cell, rule, padding_x, padding_y, space_before, space_after")]
    public void Table_styles_are_checked(string find, string replace, string at, string message) =>
        _folder.Fails(Edit(find, replace), at, message);

    [Fact]
    public void A_table_s_space_after_is_read()
    {
        Assert.Equal(2, _folder.Read(Edit("    space_before: 1 line", "    space_before: 1 line\n    space_after: 2pt")).Tables["grid"].SpaceAfter);
        Assert.Equal(0.5 * Pitch, _folder.Read(Edit("    space_before: 1 line", "    space_after: 0.5 line")).Tables["grid"].SpaceAfter, 9);
    }

    [Fact]
    public void An_RGB_profile_may_be_a_header_alone()
    {
        // 128 bytes hold the header, with its 'acsp' signature and 'RGB ' colour space: enough to be named.
        var header = File.ReadAllBytes(Path.Join(_folder.Path, "sRGB.icc"))[..128];
        File.WriteAllBytes(Path.Join(_folder.Path, "header.icc"), header);
        Assert.Equal(header, _folder.Read(Edit("rgb_profile: sRGB.icc", "rgb_profile: header.icc")).Print.RgbProfile);
    }

    [Theory]
    [InlineData(72)]
    [InlineData(2400)]
    public void A_resolution_from_72_to_2400_dots_per_inch(int dpi) =>
        Assert.Equal(dpi, _folder.Read(Edit("resolution: 96", $"resolution: {dpi}")).Figures["figure"].Resolution);

    [Fact]
    public void A_figure_as_tall_as_the_page_s_lines_fits()
    {
        // 22 lines of 28.95pt: 636.9pt, the picture's height and its spaces together.
        var s = _folder.Read(Edit("    max_height: 150mm\n    resolution: 96\n    space_before: 0.5 line\n    space_after: 0.25 line", "    max_height: 636.9pt\n    resolution: 96"));
        Assert.Equal(636.9, s.Figures["figure"].MaxHeight);
    }

    [Theory]
    [InlineData("resolution: 96", "resolution: 71", "resolution", "'resolution' is in dots per inch, from 72 to 2400, not 71")]
    [InlineData("resolution: 96", "resolution: 2401", "resolution", "'resolution' is in dots per inch, from 72 to 2400, not 2401")]
    [InlineData("    resolution: 96\n", "", "max_height", "missing key 'resolution': expected the dots per inch of a picture that states none, like 150")]
    [InlineData("max_height: 150mm", "max_height: 636.9pt", "max_height", "'max_height' and the spaces above and below (658.61pt) are more than the 22 lines of a page (636.9pt): a figure would fit on no page")]
    [InlineData("max_height: 150mm", "max_height: 615.2pt", "max_height", "'max_height' and the spaces above and below (636.91pt) are more than the 22 lines of a page (636.9pt): a figure would fit on no page")]
    [InlineData("    max_height: 150mm\n    resolution: 96", "    resolution: 96\n    max_height: 636.9pt", "max_height", "'max_height' and the spaces above and below (658.61pt) are more than the 22 lines of a page (636.9pt): a figure would fit on no page")]
    [InlineData("    space_after: 0.25 line", "    space_after: 0.25 line\n    caption: below", "caption", "unknown key 'caption'; expected one of: max_height, resolution, space_before, space_after")]
    public void Figure_styles_are_checked(string find, string replace, string at, string message) =>
        _folder.Fails(Edit(find, replace), at, message);

    [Theory]
    [InlineData("  rgb_profile: sRGB.icc\n", "", "  profile:", "missing key 'rgb_profile': expected the ICC profile of RGB pictures, like sRGB.icc")]
    [InlineData("rgb_profile: sRGB.icc", "rgb_profile: none.icc", "rgb_profile", "the profile 'none.icc' is not in the template folder")]
    [InlineData("rgb_profile: sRGB.icc", "rgb_profile: FOGRA39-briefbuilder.icc", "rgb_profile", "'FOGRA39-briefbuilder.icc' is not an ICC profile of RGB colour")]
    public void A_template_with_figures_names_an_RGB_profile(string find, string replace, string at, string message) =>
        _folder.Fails(Edit(find, replace), at, message);

    [Theory]
    [InlineData(127, -1)]   // too short for a profile's header
    [InlineData(0, 36)]     // no 'acsp' signature
    public void An_RGB_profile_that_is_no_profile_is_refused(int length, int spoil)
    {
        var bytes = File.ReadAllBytes(Path.Join(_folder.Path, "sRGB.icc"));
        if (length > 0) bytes = bytes[..length];
        if (spoil >= 0) bytes[spoil] = (byte)'x';
        File.WriteAllBytes(Path.Join(_folder.Path, "bad.icc"), bytes);
        _folder.Fails(Edit("rgb_profile: sRGB.icc", "rgb_profile: bad.icc"), "rgb_profile", "'bad.icc' is not an ICC profile of RGB colour");
    }
}

using BriefBuilder.Model;
using BriefBuilder.Template;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Template;

/// <summary>
/// style.yaml read into the house style, each value checked when read: a mistake is a message at
/// its line, never a NaN in the PDF or a hang. The tests keep a small style file of their own.
/// </summary>
public sealed class StyleReaderTests : IDisposable
{
    internal const string Style = """
        page:
          width: 210mm
          height: 297mm
          top: 37mm
          bottom: 35mm
          left: 28mm
          right: 26mm
        grid:
          lines: 22
          chars: 28
          line_pitch: 28.95pt
        pagination:
          widow_control: false
        punctuation:
          compress_adjacent: true
        synthetic_bold:
          stroke: 0.03em
        synthetic_italic:
          slant: 12deg
        fonts:
          fangsong:
            docx: 仿宋_GB2312
            gbk: FangSong
            word: { alt: 仿宋, charset: 8a, family: modern, pitch: fixed, panose: "02010609030101010a0b" }
            pdf: [FandolFang Regular, LXGW WenKai Light]
            ellipsis: Noto Serif CJK SC Regular
          latin:
            docx: Times New Roman
            word: { charset: "00", family: roman, pitch: variable }
            pdf: [Liberation Serif Regular]
            dash: Liberation Serif Bold
        fallback: [Noto Serif CJK SC Regular]
        print:
          profile: FOGRA39-briefbuilder.icc
          condition: FOGRA39
          registry: http://www.color.org
          description: coated paper
        colours:
          black: { cmyk: [0, 0, 0, 100] }
          red: { cmyk: [0, 80, 80, 0] }
        paragraphs:
          body:
            docx: Normal
            font: fangsong
            size: 三号
            indent: 2
            align: justify
          title:
            tag: H1
            docx: Title
            font: fangsong
            latin: fangsong
            size: 二号
            colour: red
            bold: true
            align: center
            space_before: 2 lines
            space_after: 1 line
            keep_with_next: true
            top: 35mm
          closing:
            docx: 版记
            align: right
            font: fangsong
            size: 四号
            line: 26pt
        runs:
          edition:
            docx: 专报字样
            size: 小一
            colour: red
          strong:
            docx: 强调
            font: latin
            bold: false
        rules:
          masthead:
            space_before: 4mm
            colour: red
            strokes: [2.25pt, { gap: 1.5pt, thickness: 0.75pt }]
          thin:
            strokes: [{ thickness: 0.25mm }]
        page_number:
          format: "— {page} —"
          font: fangsong
          size: 四号
          below_text: 7mm
          indent: 1
        """;

    const double Mm = 72 / 25.4;

    readonly StyleFolder _folder = new();
    public void Dispose() => _folder.Dispose();

    HouseStyle Read(string yaml = Style) => _folder.Read(yaml);

    /// <summary>The test's style with <paramref name="find"/> (which occurs once) replaced.</summary>
    static string Edit(string find, string replace)
    {
        Assert.Single(Style.Split(find).Skip(1));
        return Style.Replace(find, replace);
    }

    void Fails(string yaml, string at, string message) => _folder.Fails(yaml, at, message);

    [Fact]
    public void Reads_every_value()
    {
        var s = Read();
        Assert.Equal(new PageGeometry(210 * Mm, 297 * Mm, 37 * Mm, 35 * Mm, 28 * Mm, 26 * Mm), s.Page);
        Assert.Equal(new TextGrid(22, 28, 28.95), s.Grid);
        Assert.Equal((false, true, 0.03), (s.WidowControl, s.CompressAdjacentMarks, s.BoldStroke));
        Assert.Equal(Math.Tan(12 * Math.PI / 180), s.ItalicShear, 12);
        Assert.Equal(["Noto Serif CJK SC Regular"], s.FallbackFonts);
        Assert.Equal(("FOGRA39", "http://www.color.org", "coated paper"), (s.Print.Identifier, s.Print.Registry, s.Print.Description));
        Assert.Equal(File.ReadAllBytes(Path.Join(_folder.Path, "FOGRA39-briefbuilder.icc")), s.Print.Profile);

        var fangsong = s.Fonts["fangsong"];
        Assert.Equal(("仿宋_GB2312", "FangSong"), (fangsong.Docx, fangsong.Gbk));
        Assert.Equal(["FandolFang Regular", "LXGW WenKai Light"], fangsong.Pdf);
        Assert.Equal(new WordFont("仿宋", "8A", "modern", "fixed", "02010609030101010A0B"), fangsong.Word);
        Assert.Equal(new Dictionary<int, string> { [0x2026] = "Noto Serif CJK SC Regular" }, fangsong.MarkFaces);
        var latin = s.Fonts["latin"];
        Assert.Equal((new WordFont(null, "00", "roman", "variable", null), (string?)null), (latin.Word, latin.Gbk));
        Assert.Equal(new Dictionary<int, string> { [0x2014] = "Liberation Serif Bold" }, latin.MarkFaces);

        Assert.Equal(["black", "red"], s.Colours.Keys);
        Assert.Equal((0, 0.8, 0.8, 0), (s.Colours["red"].C, s.Colours["red"].M, s.Colours["red"].Y, s.Colours["red"].K));
        Assert.Matches("^#[0-9A-F]{6}$", "#" + s.Colours["red"].Rgb);
        Assert.NotEqual(s.Colours["red"].Rgb, s.Colours["black"].Rgb);

        Assert.Equal(new ParagraphStyle("body", "fangsong", "latin", 16, "black", false, Alignment.Justify, 2, 0, 0, 28.95, true, false) { Docx = "Normal" },
            s.Paragraphs["body"]);
        Assert.Equal(new ParagraphStyle("title", "fangsong", "fangsong", 22, "red", true, Alignment.Center, 0, 2 * 28.95, 28.95, 28.95, true, true, "H1", 35 * Mm) { Docx = "Title" },
            s.Paragraphs["title"]);
        Assert.Equal(new ParagraphStyle("closing", "fangsong", "latin", 14, "black", false, Alignment.Right, 0, 0, 0, 26, false, false) { Docx = "版记" },
            s.Paragraphs["closing"]);

        Assert.Equal(new RunStyle("edition", null, 24, "red", null) { Docx = "专报字样" }, s.Runs["edition"]);
        Assert.Equal(new RunStyle("strong", "latin", null, null, false) { Docx = "强调" }, s.Runs["strong"]);

        var masthead = s.Rules["masthead"];
        Assert.Equal(("red", 4 * Mm, 0.0), (masthead.Colour, masthead.SpaceBefore, masthead.SpaceAfter));
        Assert.Equal([new RuleStroke(2.25, 0), new RuleStroke(0.75, 1.5)], masthead.Strokes);
        Assert.Equal("black", s.Rules["thin"].Colour);
        Assert.Equal([new RuleStroke(0.25 * Mm, 0)], s.Rules["thin"].Strokes);

        Assert.Equal(new PageNumberStyle("fangsong", "latin", 14, "— {page} —", 7 * Mm, 14), s.PageNumber);
    }

    [Fact]
    public void The_house_style_reads()
    {
        var s = StyleReader.Read(Repo.Path("templates", "zhuanbao", StyleReader.FileName));
        Assert.Equal("Normal", s.Paragraphs["body"].Docx);
        Assert.Contains("black", s.Colours.Keys);
    }

    [Fact]
    public void Optional_sections_and_values_take_their_defaults()
    {
        var runs = Style[Style.IndexOf("runs:\n")..Style.IndexOf("rules:\n")];
        var s = Read(Edit("pagination:\n  widow_control: false\n", "").Replace("fallback: [Noto Serif CJK SC Regular]\n", "")
            .Replace("  indent: 1", "").Replace(runs, ""));
        Assert.True(s.WidowControl);
        Assert.Empty(s.FallbackFonts);
        Assert.Equal(0, s.PageNumber.Indent);
        Assert.Empty(s.Runs);
    }

    [Theory]
    [InlineData("  left: 28mm", "  left: 200mm", "left: 200mm", "the margins leave no text block: left + right (640.63pt) must be less than the width (595.28pt)")]
    [InlineData("  right: 26mm", "  right: 190mm", "right: 190mm", "the margins leave no text block: left + right (617.95pt) must be less than the width (595.28pt)")]
    [InlineData("  left: 28mm\n  right: 26mm", "  left: 105mm\n  right: 105mm", "left: 105mm", "the margins leave no text block: left + right (595.28pt) must be less than the width (595.28pt)")]
    [InlineData("  top: 37mm", "  top: 270mm", "top: 270mm", "the margins leave no text block: top + bottom (864.57pt) must be less than the height (841.89pt)")]
    [InlineData("  bottom: 35mm", "  bottom: 270mm", "bottom: 270mm", "the margins leave no text block: top + bottom (870.24pt) must be less than the height (841.89pt)")]
    [InlineData("  top: 37mm\n  bottom: 35mm", "  top: 148.5mm\n  bottom: 148.5mm", "top: 148.5mm", "the margins leave no text block: top + bottom (841.89pt) must be less than the height (841.89pt)")]
    public void Margins_must_leave_a_text_block(string find, string replace, string at, string message) =>
        Fails(Edit(find, replace), at, message);

    [Fact]
    public void The_grid_must_fit_the_text_block()
    {
        Assert.Equal(28.99, Read(Edit("line_pitch: 28.95pt", "line_pitch: 28.99pt")).Grid.LinePitch);
        Fails(Edit("line_pitch: 28.95pt", "line_pitch: 29pt"), "line_pitch",
            "22 lines 29pt apart need 638pt, more than the text block's height (637.8pt)");
        Assert.Equal(225 * Mm / 22, Read(Edit("  line_pitch: 28.95pt\n", "")).Grid.LinePitch, 9);
    }

    [Theory]
    [InlineData("  chars: 28", "  chars: 0", "chars: 0", "'chars' must be the characters of a line, like 28, not '0'")]
    [InlineData("  lines: 22\n", "", "chars: 28", "missing key 'lines': expected the number of body lines on a page, like 22")]
    [InlineData("  width: 210mm\n", "", "height: 297mm", "missing key 'width': expected a length such as 16pt, 37mm or 三号")]
    [InlineData("  width: 210mm", "  width: 210", "width", "'width' must be a length such as 16pt, 37mm or 三号, not '210'")]
    [InlineData("  width: 210mm", "  width: 0mm", "width", "'width' must be a length above zero, not '0mm'")]
    [InlineData("  width: 210mm", "  width: NaNmm", "width", "'width' must be a length above zero, not 'NaNmm'")]
    [InlineData("  width: 210mm", "  width: Infinitypt", "width", "'width' must be a length above zero, not 'Infinitypt'")]
    [InlineData("  width: 210mm", "  width: 210mm\n  margin: 2mm", "margin", "unknown key 'margin'; expected one of: width, height, top, bottom, left, right")]
    [InlineData("  lines: 22", "  lines: 22\n  pitch: 1pt", "pitch: 1pt", "unknown key 'pitch'; expected one of: lines, chars, line_pitch")]
    [InlineData("fallback: [", "fallbacks: [", "fallbacks", "unknown key 'fallbacks'; did you mean 'fallback'? expected one of: page, grid, pagination, punctuation, synthetic_bold, synthetic_italic, fonts, fallback, print, colours, paragraphs, runs, rules, tables, figures, page_number")]
    [InlineData("  widow_control: false", "  widow_control: false\n  orphans: 2", "orphans", "unknown key 'orphans'; expected one of: widow_control")]
    [InlineData("punctuation:\n  compress_adjacent: true\n", "punctuation: {}\n", "punctuation: {}", "missing key 'compress_adjacent': expected true or false")]
    [InlineData("  compress_adjacent: true", "  compress_adjacent: true\n  hang: true", "hang", "unknown key 'hang'; expected one of: compress_adjacent")]
    [InlineData("  stroke: 0.03em", "  stroke: 0.03em\n  weight: 1pt", "weight", "unknown key 'weight'; expected one of: stroke")]
    public void Page_grid_and_settings_are_checked(string find, string replace, string at, string message) =>
        Fails(Edit(find, replace), at, message);

    [Theory]
    [InlineData("0em")]
    [InlineData("0.25em")]
    [InlineData("-0.01em")]
    [InlineData("0.03")]
    [InlineData("em")]
    [InlineData("0.03pt")]
    public void The_bold_stroke_is_a_fraction_of_an_em_below_a_quarter(string stroke) =>
        Fails(Edit("stroke: 0.03em", $"stroke: {stroke}"), "stroke: ", $"'stroke' must be a fraction of the type size above 0em and below 0.25em, like 0.03em, not '{stroke}'");

    [Theory]
    [InlineData("0deg")]
    [InlineData("45deg")]
    [InlineData("-12deg")]
    [InlineData("12")]
    [InlineData("0.21")]
    [InlineData("12°")]
    public void The_italic_slant_is_an_angle_in_degrees_below_45(string slant) =>
        Fails(Edit("slant: 12deg", $"slant: {slant}"), "slant: ", $"'slant' must be an angle above 0deg and below 45deg, like 12deg, not '{slant}'");

    [Fact]
    public void The_italic_slant_is_resolved_once_into_the_shear_the_writers_apply() =>
        Assert.Equal(1, Read(Edit("slant: 12deg", "slant: 44.999deg")).ItalicShear, 3);

    [Fact]
    public void A_bold_stroke_just_inside_the_bounds()
    {
        Assert.Equal(0.001, Read(Edit("stroke: 0.03em", "stroke: 0.001em")).BoldStroke);
        Assert.Equal(0.249, Read(Edit("stroke: 0.03em", "stroke: 0.249em")).BoldStroke);
    }

    [Theory]
    [InlineData("    pdf: [Liberation Serif Regular]\n", "", "docx: Times New Roman", "missing key 'pdf': expected a list of font families for the PDF")]
    [InlineData("    word: { charset: \"00\", family: roman, pitch: variable }\n", "", "docx: Times New Roman", "missing key 'word': expected the font's Word font-table entry { alt, charset, family, pitch, panose }")]
    [InlineData("    docx: Times New Roman\n", "", "word: { charset: \"00\"", "missing key 'docx': expected the font name written into Word files")]
    [InlineData("    dash: Liberation Serif Bold", "    dash: Liberation Serif Bold\n    bold: Liberation Serif Bold", "bold: Liberation", "unknown key 'bold'; did you mean 'word'? expected one of: docx, gbk, word, pdf, ellipsis, dash")]
    [InlineData("charset: \"00\"", "charset: \"0G\"", "charset: \"0G\"", "charset must be two hex digits such as 86 (GB2312) or 00, not '0G'")]
    [InlineData("charset: \"00\"", "charset: \"000\"", "charset: \"000\"", "charset must be two hex digits such as 86 (GB2312) or 00, not '000'")]
    [InlineData("family: roman", "family: serif", "serif", "family must be one of roman, swiss, modern, script, decorative, auto, not 'serif'")]
    [InlineData("pitch: variable", "pitch: proportional", "proportional", "pitch must be one of fixed, variable, default, not 'proportional'")]
    [InlineData("panose: \"02010609030101010a0b\"", "panose: \"02010609030101010a0\"", "panose", "panose must be 20 hex digits, not '02010609030101010a0'")]
    [InlineData("panose: \"02010609030101010a0b\"", "panose: \"02010609030101010a0g\"", "panose", "panose must be 20 hex digits, not '02010609030101010a0g'")]
    [InlineData("charset: 8a,", "charset: 8a, script: x,", "script: x", "unknown key 'script'; expected one of: alt, charset, family, pitch, panose")]
    public void Font_roles_are_checked(string find, string replace, string at, string message) =>
        Fails(Edit(find, replace), at, message);

    [Fact]
    public void The_print_profile_is_read_from_the_template_folder()
    {
        Fails(Edit("profile: FOGRA39-briefbuilder.icc", "profile: none.icc"), "profile", "the profile 'none.icc' is not in the template folder");
        File.WriteAllText(Path.Join(_folder.Path, "bad.icc"), "not a profile");
        Assert.StartsWith("'bad.icc' cannot serve: ", Assert.Throws<SourceError>(() => Read(Edit("profile: FOGRA39-briefbuilder.icc", "profile: bad.icc"))).Message);
        Fails(Edit("  condition: FOGRA39\n", ""), "profile:", "missing key 'condition': expected the registered name of the print condition, like FOGRA39");
        Fails(Edit("  registry: http://www.color.org\n", ""), "profile:", "missing key 'registry': expected where the condition is registered, like http://www.color.org");
        Fails(Edit("  description: coated paper\n", ""), "profile:", "missing key 'description': expected the print condition in words");
        Fails(Edit("  description: coated paper", "  description: coated paper\n  intent: relative"), "intent", "unknown key 'intent'; expected one of: profile, condition, registry, description, rgb_profile");
    }

    [Theory]
    [InlineData("[0, 80, 80, 0]", "cmyk must list four percentages [C, M, Y, K]", "[0, 80, 80]")]
    [InlineData("[0, 80, 80, 0]", "cmyk must list four percentages [C, M, Y, K]", "[0, 80, 80, 0, 0]")]
    [InlineData("[0, 80, 80, 0]", "'101' is not a percentage from 0 to 100", "[0, 80, 80, 101]")]
    [InlineData("[0, 80, 80, 0]", "'-1' is not a percentage from 0 to 100", "[-1, 80, 80, 0]")]
    [InlineData("[0, 80, 80, 0]", "'八十' is not a percentage from 0 to 100", "[0, 八十, 80, 0]")]
    public void Colours_are_four_percentages(string find, string message, string replace) =>
        Fails(Edit(find, replace), "red: { cmyk", message);

    [Fact]
    public void A_colour_without_cmyk_is_refused() =>
        Fails(Edit("red: { cmyk: [0, 80, 80, 0] }", "red: { rgb: [1, 0, 0] }"), "red:", "unknown key 'rgb'; expected one of: cmyk");

    [Fact]
    public void A_colour_needs_its_cmyk() =>
        Fails(Edit("  red: { cmyk: [0, 80, 80, 0] }", "  red:\n    cmyk:"), "    cmyk:", "'cmyk' must be a list of names, like [刘小涛书记, 王颺秘书长]");

    [Fact]
    public void Black_is_the_default_text_colour_and_must_be_defined()
    {
        // With every style naming its colour, nothing else asks for black first.
        var yaml = Edit("  black: { cmyk: [0, 0, 0, 100] }\n", "")
            .Replace("    docx: Normal\n", "    docx: Normal\n    colour: red\n")
            .Replace("    docx: 版记\n", "    docx: 版记\n    colour: red\n")
            .Replace("  thin:\n", "  thin:\n    colour: red\n");
        Fails(yaml, "colours:", "colours must define 'black', the default text colour");
    }

    [Theory]
    [InlineData("    docx: Normal\n    font: fangsong\n", "    docx: Normal\n", "    docx: Normal", "missing key 'font': expected a font role of 'fonts'")]
    [InlineData("    latin: fangsong", "    latin: heiti", "latin: heiti", "font role 'heiti' is not defined under 'fonts'")]
    [InlineData("    colour: red\n    bold: true", "    colour: rouge\n    bold: true", "rouge", "colour 'rouge' is not defined under 'colours'")]
    [InlineData("    docx: 版记\n", "", "    align: right", "missing key 'docx': expected the style's name in Word, a built-in such as Normal or heading 1 or a name of its own")]
    [InlineData("    tag: H1", "    tag: H7", "tag: H7", "tag must be one of P, H1, H2, H3, H4, H5, H6, BlockQuote, Artifact, not 'H7'")]
    [InlineData("    align: right", "    align: centre", "centre", "align must be left, center, right or justify, not 'centre'")]
    [InlineData("    indent: 2", "    indent: -1", "indent: -1", "'indent' must be zero or more characters, not -1")]
    [InlineData("    line: 26pt", "    line: 0pt", "line: 0pt", "'line' must be a length above zero, not '0pt'")]
    [InlineData("    space_after: 1 line", "    space_after: -1pt", "space_after", "'space_after' must be a length of zero or more, not '-1pt'")]
    [InlineData("    space_after: 1 line", "    space_after: one line", "space_after", "'space_after' must be a length such as 16pt, 37mm, 2 lines or 三号, not 'one line'")]
    [InlineData("    line: 26pt", "    line: 226mm", "line: 226mm", "'line' (640.63pt) is more than the text block's height (637.8pt): a line would fit on no page")]
    [InlineData("    size: 四号", "    size: 226mm", "size: 226mm", "'size' (640.63pt) is more than the text block's height (637.8pt): a line would fit on no page")]
    [InlineData("    size: 四号", "    size: 四号\n    leading: 1", "leading", "unknown key 'leading'; expected one of: docx, font, latin, size, colour, bold, align, indent, left, top, space_before, space_after, line, keep_with_next, page_break_before, tag, inset")]
    [InlineData("    docx: Title", "    docx: Normal", "paragraphs:", "exactly one paragraph style must be 'docx: Normal', the style Word gives text with no other")]
    [InlineData("    docx: Normal", "    docx: 正文", "paragraphs:", "exactly one paragraph style must be 'docx: Normal', the style Word gives text with no other")]
    public void Paragraph_styles_are_checked(string find, string replace, string at, string message) =>
        Fails(Edit(find, replace), at, message);

    [Fact]
    public void Align_left_is_written_or_left_out()
    {
        Assert.Equal(Alignment.Left, Read(Edit("    align: right", "    align: left")).Paragraphs["closing"].Align);
        Assert.Equal(Alignment.Left, Read(Edit("    align: right\n", "")).Paragraphs["closing"].Align);
    }

    [Fact]
    public void A_paragraph_as_tall_as_the_text_block_fits()
    {
        var s = Read(Edit("    line: 26pt", "    line: 225mm").Replace("    size: 四号", "    size: 225mm"));
        Assert.Equal((225 * Mm, 225 * Mm), (s.Paragraphs["closing"].Size, s.Paragraphs["closing"].LineHeight));
        Assert.Equal(0, Read(Edit("    indent: 2", "    indent: 0")).Paragraphs["body"].FirstLineIndentChars);
    }

    [Theory]
    [InlineData("    size: 小一", "    size: 小一\n    align: left", "align: left", "unknown key 'align'; expected one of: docx, font, size, colour, bold")]
    [InlineData("    font: latin", "    font: heiti", "heiti", "font role 'heiti' is not defined under 'fonts'")]
    [InlineData("    docx: 强调\n", "", "    font: latin", "missing key 'docx': expected the style's name in Word's style list")]
    [InlineData("    size: 小一", "    size: 0pt", "size: 0pt", "'size' must be a length above zero, not '0pt'")]
    public void Run_styles_are_checked(string find, string replace, string at, string message) =>
        Fails(Edit(find, replace), at, message);

    [Theory]
    [InlineData("[2.25pt, { gap: 1.5pt, thickness: 0.75pt }]", "[1pt, 1pt, 1pt]", "strokes: [1pt", "a rule has one or two strokes (a Word border is single or double), not 3")]
    [InlineData("[2.25pt, { gap: 1.5pt, thickness: 0.75pt }]", "[]", "space_before: 4mm", "missing key 'strokes': expected a list of stroke thicknesses, like [2.25pt, { gap: 1.5pt, thickness: 0.75pt }]")]
    [InlineData("[2.25pt, { gap: 1.5pt, thickness: 0.75pt }]", "2.25pt", "space_before: 4mm", "missing key 'strokes': expected a list of stroke thicknesses, like [2.25pt, { gap: 1.5pt, thickness: 0.75pt }]")]
    [InlineData("[2.25pt, { gap: 1.5pt, thickness: 0.75pt }]", "[0pt]", "strokes: [0pt]", "a stroke is a length above zero like 0.35mm, or { gap: 1.5pt, thickness: 0.75pt } with a gap of zero or more")]
    [InlineData("[2.25pt, { gap: 1.5pt, thickness: 0.75pt }]", "[2.25pt, { gap: -1pt, thickness: 0.75pt }]", "strokes: [2.25pt", "a stroke is a length above zero like 0.35mm, or { gap: 1.5pt, thickness: 0.75pt } with a gap of zero or more")]
    [InlineData("[2.25pt, { gap: 1.5pt, thickness: 0.75pt }]", "[2.25pt, { gap: 1pt, thickness: 0pt }]", "strokes: [2.25pt", "a stroke is a length above zero like 0.35mm, or { gap: 1.5pt, thickness: 0.75pt } with a gap of zero or more")]
    [InlineData("[2.25pt, { gap: 1.5pt, thickness: 0.75pt }]", "[2.25pt, { gap: 1pt }]", "strokes: [2.25pt", "a stroke is a length above zero like 0.35mm, or { gap: 1.5pt, thickness: 0.75pt } with a gap of zero or more")]
    [InlineData("[2.25pt, { gap: 1.5pt, thickness: 0.75pt }]", "[thick]", "strokes: [thick]", "a stroke is a length above zero like 0.35mm, or { gap: 1.5pt, thickness: 0.75pt } with a gap of zero or more")]
    [InlineData("    space_before: 4mm", "    space_before: 4mm\n    width: 1pt", "width: 1pt", "unknown key 'width'; expected one of: colour, strokes, space_before, space_after")]
    public void Rules_are_checked(string find, string replace, string at, string message) =>
        Fails(Edit(find, replace), at, message);

    [Fact]
    public void A_stroke_may_lie_on_the_one_above() =>
        Assert.Equal([new RuleStroke(2.25, 0), new RuleStroke(0.75, 0)],
            Read(Edit("{ gap: 1.5pt, thickness: 0.75pt }", "{ gap: 0pt, thickness: 0.75pt }")).Rules["masthead"].Strokes);

    [Theory]
    [InlineData("  format: \"— {page} —\"", "  format: \"— 页 —\"", "format:", "format must contain {page} where the number goes")]
    [InlineData("  below_text: 7mm\n", "", "format:", "missing key 'below_text': expected a length such as 7mm")]
    [InlineData("  below_text: 7mm", "  below_text: -1mm", "below_text", "'below_text' must be a length of zero or more, not '-1mm'")]
    [InlineData("  indent: 1", "  indent: 1\n  position: center", "position", "unknown key 'position'; expected one of: font, latin, size, format, below_text, indent")]
    public void The_folio_is_checked(string find, string replace, string at, string message) =>
        Fails(Edit(find, replace), at, message);

    [Fact]
    public void The_folio_may_sit_on_the_text_block_s_edge() =>
        Assert.Equal(0, Read(Edit("  below_text: 7mm", "  below_text: 0mm")).PageNumber.DistanceBelowText);

    [Theory]
    [InlineData("16pt", 16)]
    [InlineData(" 37mm ", 37 * Mm)]
    [InlineData("1cm", 10 * Mm)]
    [InlineData("1e1pt", 10)]
    [InlineData("-2pt", -2)]
    [InlineData("初号", 42)]
    [InlineData("小五", 9)]
    public void Lengths_in_points_millimetres_centimetres_and_type_sizes(string text, double points) =>
        Assert.Equal(points, Lengths.TryParse(text)!.Value, 9);

    [Theory]
    [InlineData("2 lines", 57.9)]
    [InlineData("1 line", 28.95)]
    [InlineData("0.5lines", 14.475)]
    public void Lengths_in_lines_where_the_grid_is_known(string text, double points)
    {
        Assert.Equal(points, Lengths.TryParse(text, 28.95)!.Value, 9);
        Assert.Null(Lengths.TryParse(text));
    }

    [Theory]
    [InlineData("16")]
    [InlineData("pt")]
    [InlineData("16 px")]
    [InlineData("三號")]
    [InlineData("")]
    public void Other_text_is_no_length(string text) =>
        Assert.Null(Lengths.TryParse(text, 28.95));
}

using BriefBuilder.Docx;
using BriefBuilder.Model;
using BriefBuilder.Tests.Pdf;
using BriefBuilder.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace BriefBuilder.Tests.Docx;

public class DocxWriterTests
{
    private static readonly HouseStyle Style = HouseStyles.Zhuanbao;

    private static byte[] Write(LayoutDocument doc)
    {
        using var output = new MemoryStream();
        DocxWriter.Write(doc, Style, output);
        return output.ToArray();
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);

    private static Style StyleById(WordprocessingDocument word, string id) =>
        word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == id);

    [Fact]
    public void Validator_reports_no_errors()
    {
        using var word = Open(Write(SampleBrief.Brief2024020()));
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void Paragraph_texts_follow_the_layout_in_reading_order()
    {
        var doc = SampleBrief.Brief2024020();
        using var word = Open(Write(doc));
        var actual = word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)))
            .Where(t => t.Length > 0);
        var expected = SampleBrief.Texts(doc.Flow.Concat(doc.Closing)).Where(t => t.Length > 0);
        Assert.Equal(expected, actual);
        Assert.Contains(actual, t => t == "本期专报：刘小涛书记、王颺秘书长");
    }

    [Fact]
    public void Run_emphasis_and_character_styles_are_kept()
    {
        using var word = Open(Write(SampleBrief.Brief2024020()));
        var runs = word.MainDocumentPart!.Document!.Body!.Descendants<Run>().ToList();
        Assert.NotNull(runs.Single(r => r.InnerText == "深圳实践证明").RunProperties!.Bold);
        Assert.NotNull(runs.Single(r => r.InnerText == "，面向未来").RunProperties!.Italic);
        Assert.Equal("edition", runs.Single(r => r.InnerText == "专报").RunProperties!.RunStyle!.Val!.Value);
    }

    [Fact]
    public void Page_size_margins_and_grid_come_from_the_house_style()
    {
        using var word = Open(Write(SampleBrief.Brief2024020()));
        var section = word.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((2098, 1984, 1587u, 1474u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        var grid = section.GetFirstChild<DocGrid>()!;
        Assert.Equal(DocGridValues.Lines, grid.Type!.Value);
        Assert.Equal(579, grid.LinePitch!.Value);
    }

    [Fact]
    public void Grid_styles_tighten_letter_spacing_so_28_characters_fit_a_line()
    {
        using var word = Open(Write(SampleBrief.Brief2024020()));
        var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        // Everything from the file: the body's size and letter spacing against the section's text
        // width. Word advances a character by its size plus the spacing; 28 must fit, 29 must not.
        var body = styles["Normal"].StyleRunProperties!;
        var advance = int.Parse(body.FontSize!.Val!.Value!) / 2.0 + body.Spacing!.Val!.Value / 20.0;
        var section = word.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var margin = section.GetFirstChild<PageMargin>()!;
        var textWidth = (section.GetFirstChild<PageSize>()!.Width!.Value - margin.Left!.Value - margin.Right!.Value) / 20.0;
        Assert.InRange(textWidth / advance, 28, 29 - 1e-9);
        Assert.True(body.Spacing.Val.Value < 0, "tightened, not widened");
        Assert.Null(styles["Title"].StyleRunProperties!.Spacing); // off the grid: natural spacing
    }

    [Fact]
    public void Page_numbers_alternate_right_on_odd_and_left_on_even_pages()
    {
        using var word = Open(Write(SampleBrief.Brief2024020()));
        var main = word.MainDocumentPart!;
        Assert.NotNull(main.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());
        var section = main.Document!.Body!.Elements<SectionProperties>().Single();
        Paragraph Footer(HeaderFooterValues type) =>
            ((FooterPart)main.GetPartById(section.Elements<FooterReference>().Single(f => f.Type!.Value == type).Id!.Value!)).Footer!.Elements<Paragraph>().Single();

        var odd = Footer(HeaderFooterValues.Default);
        var even = Footer(HeaderFooterValues.Even);
        // Both writers place the folio from the style's one resolved indent (FolioTests pins the PDF side).
        static double Points(string twips) => int.Parse(twips) / 20.0;
        Assert.Equal(JustificationValues.Right, odd.ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(Style.PageNumber.Indent, Points(odd.ParagraphProperties.Indentation!.Right!.Value!), 2);
        Assert.Equal(JustificationValues.Left, even.ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(Style.PageNumber.Indent, Points(even.ParagraphProperties.Indentation!.Left!.Value!), 2);
        foreach (var footer in new[] { odd, even })
        {
            Assert.Equal(" PAGE ", footer.Descendants<FieldCode>().Single().Text);
            Assert.Equal("— 1 —", string.Concat(footer.Descendants<Text>().Select(t => t.Text)));
            var fonts = footer.Descendants<RunFonts>().First();
            // 7.5: 半角宋体 digits, the 宋体's own, not Times.
            Assert.Equal(("宋体", "宋体"), (fonts.EastAsia!.Value, fonts.Ascii!.Value));
            Assert.Equal("28", footer.Descendants<FontSize>().First().Val!.Value);
        }
        // The footer's line is exactly as tall as its type and sits on the footer distance, so its
        // top is page height − footer distance − line height: the style's FolioTop, to a twip.
        var pageHeight = section.GetFirstChild<PageSize>()!.Height!.Value / 20.0;
        var footerDistance = section.GetFirstChild<PageMargin>()!.Footer!.Value / 20.0;
        var lineHeight = Points(odd.ParagraphProperties.SpacingBetweenLines!.Line!.Value!);
        Assert.Equal(Style.FolioTop, pageHeight - footerDistance - lineHeight, 0.05);
    }

    [Theory]
    [InlineData("Normal", "仿宋_GB2312", "32", "000000")]
    [InlineData("Heading1", "黑体", "32", "000000")]
    [InlineData("Heading2", "楷体_GB2312", "32", "000000")]
    [InlineData("Title", "方正小标宋简体", "44", "000000")]
    [InlineData("masthead", "方正小标宋简体", "84", "EA553E")]
    [InlineData("closing", "仿宋_GB2312", "28", "000000")]
    public void Paragraph_styles_carry_house_fonts_sizes_and_colours(string id, string eastAsia, string halfPoints, string colour)
    {
        using var word = Open(Write(SampleBrief.Brief2024020()));
        var rPr = StyleById(word, id).StyleRunProperties!;
        Assert.Equal(eastAsia, rPr.RunFonts!.EastAsia!.Value);
        Assert.Equal("Times New Roman", rPr.RunFonts.Ascii!.Value);
        Assert.Equal("Times New Roman", rPr.RunFonts.HighAnsi!.Value);
        Assert.Equal(FontTypeHintValues.EastAsia, rPr.RunFonts.Hint!.Value);
        Assert.Equal(halfPoints, rPr.FontSize!.Val!.Value);
        Assert.Equal(colour, rPr.Color!.Val!.Value);
    }

    [Fact]
    public void Body_sits_on_the_grid_and_indents_two_characters_while_the_title_has_exact_lines()
    {
        using var word = Open(Write(SampleBrief.Brief2024020()));
        Assert.True(StyleById(word, "Normal").Default!.Value);
        var body = StyleById(word, "Normal").StyleParagraphProperties!;
        Assert.Null(body.SnapToGrid);
        Assert.Equal(("240", LineSpacingRuleValues.Auto), (body.SpacingBetweenLines!.Line!.Value, body.SpacingBetweenLines.LineRule!.Value));
        Assert.Equal(200, body.Indentation!.FirstLineChars!.Value);
        Assert.Equal(JustificationValues.Both, body.Justification!.Val!.Value);
        Assert.NotNull(body.WidowControl);

        // The title takes one grid line a line, as an exact height: 二号 is too large for a grid cell.
        var title = StyleById(word, "Title").StyleParagraphProperties!;
        Assert.False(title.SnapToGrid!.Val!.Value);
        Assert.Equal(("579", LineSpacingRuleValues.Exact), (title.SpacingBetweenLines!.Line!.Value, title.SpacingBetweenLines.LineRule!.Value));
        Assert.Equal("1158", title.SpacingBetweenLines.Before!.Value); // two blank lines below the rule (GB/T 9704 7.3.1)
        Assert.Equal("579", title.SpacingBetweenLines.After!.Value);   // one blank line above the body (7.3.2)
        Assert.Null(StyleById(word, "Title").StyleRunProperties!.Spacing); // no grid tightening off the grid
        Assert.NotNull(title.KeepNext);
        Assert.Equal(JustificationValues.Center, title.Justification!.Val!.Value);

        var edition = StyleById(word, "edition");
        Assert.Equal(StyleValues.Character, edition.Type!.Value);
        Assert.Equal(("48", "EA553E"), (edition.StyleRunProperties!.FontSize!.Val!.Value, edition.StyleRunProperties.Color!.Val!.Value));
    }

    [Fact]
    public void A_title_line_the_editor_chose_is_a_line_break()
    {
        var doc = SampleBrief.Brief2024020();
        var title = new LayoutParagraph("title", [new LayoutRun("深圳探索"), LayoutRun.LineBreak, new LayoutRun("共享创新新模式")], doc.Flow[0].Source);
        using var word = Open(Write(doc with { Flow = [.. doc.Flow.Select(b => b is LayoutParagraph { Style: "title" } ? title : b)] }));
        var paragraph = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Single(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Title");
        Assert.Equal(["深圳探索", "\n", "共享创新新模式"], paragraph.Elements<Run>().Select(r => r.GetFirstChild<Break>() is null ? r.InnerText : "\n"));
    }

    [Fact]
    public void The_head_block_gets_the_spaces_that_put_it_where_the_pdf_has_it()
    {
        // Recipients take grid line 1, so the masthead's top edge, 35 mm below the text block's,
        // is 35 mm less one line below them; the number starts on grid line 8 (GB/T 9704 7.2.4, 7.2.5).
        using var word = Open(Write(SampleBrief.Brief2024020()));
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();
        string Before(string style) => paragraphs.Single(p => p.ParagraphProperties?.ParagraphStyleId?.Val == style).ParagraphProperties!.SpacingBetweenLines!.Before!.Value!;
        var pitch = Style.Grid.LinePitch;
        var masthead = Style.Paragraph("masthead").LineHeight;
        Assert.Equal(Twips(35 * 72 / 25.4 - pitch), Before("masthead"));
        Assert.Equal(Twips(7 * pitch - 35 * 72 / 25.4 - masthead), Before("number"));
    }

    private static string Twips(double points) => ((int)Math.Round(points * 20)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Masthead_rule_is_a_thick_red_stroke_over_a_thin_one()
    {
        using var word = Open(Write(SampleBrief.Brief2024020()));
        var rule = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Single(p => p.ParagraphProperties?.ParagraphBorders is not null).ParagraphProperties!;
        Assert.Equal((18u, "EA553E"), (rule.ParagraphBorders!.TopBorder!.Size!.Value, rule.ParagraphBorders.TopBorder.Color!.Value));
        Assert.Equal((6u, "EA553E"), (rule.ParagraphBorders.BottomBorder!.Size!.Value, rule.ParagraphBorders.BottomBorder.Color!.Value));
        Assert.Equal("30", rule.SpacingBetweenLines!.Line!.Value); // the 1.5 pt gap
    }

    [Fact]
    public void Closing_block_is_a_table_floating_at_the_bottom_of_the_text_block_between_rules()
    {
        using var word = Open(Write(SampleBrief.Brief2024020()));
        var body = word.MainDocumentPart!.Document!.Body!;
        var table = body.Elements<Table>().Single();
        var position = table.GetFirstChild<TableProperties>()!.TablePositionProperties!;
        Assert.Equal(VerticalAnchorValues.Margin, position.VerticalAnchor!.Value);
        Assert.Equal(VerticalAlignmentValues.Bottom, position.TablePositionYAlignment!.Value);
        Assert.Equal("8844", table.GetFirstChild<TableProperties>()!.TableWidth!.Width!.Value); // 156 mm

        var borders = table.Elements<TableRow>().Select(r => r.Descendants<TableCellBorders>().Single()).ToList();
        Assert.Equal(2, borders.Count);
        Assert.Equal(8u, borders[0].TopBorder!.Size!.Value);    // 0.35 mm
        Assert.Equal(6u, borders[1].TopBorder!.Size!.Value);    // 0.25 mm
        Assert.Equal(8u, borders[1].BottomBorder!.Size!.Value); // 0.35 mm
        Assert.Null(borders[0].BottomBorder);

        // The table floats on the page of the paragraph after it, which must follow all body text.
        Assert.IsType<Paragraph>(table.NextSibling());
        Assert.IsType<SectionProperties>(table.NextSibling()!.NextSibling());
    }

    [Fact]
    public void Document_properties_come_from_the_info_and_the_language_is_chinese()
    {
        using var word = Open(Write(SampleBrief.Brief2024020()));
        var props = word.PackageProperties;
        Assert.Equal("深圳探索“生态融合型共享创新”新模式", props.Title);
        Assert.Equal("柴永鹏", props.Creator);
        Assert.Equal("第20期（总第102期）", props.Subject);
        Assert.Equal(new DateTime(2024, 6, 3, 0, 0, 0, DateTimeKind.Utc), props.Created!.Value.ToUniversalTime());
        Assert.Equal(props.Created, props.Modified);
        var lang = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<Languages>().Single();
        Assert.Equal("zh-CN", lang.EastAsia!.Value);
    }

    [Fact]
    public void Same_input_gives_identical_bytes()
    {
        var first = Write(SampleBrief.Brief2024020());
        Thread.Sleep(2100); // zip timestamps have two-second resolution
        var second = Write(SampleBrief.Brief2024020());
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_style_missing_from_the_house_style_is_an_error()
    {
        var doc = SampleBrief.Brief2024020();
        var broken = doc with { Flow = [.. doc.Flow, new LayoutParagraph("heading9", [new("x")], default)] };
        var error = Assert.Throws<KeyNotFoundException>(() => Write(broken));
        Assert.Contains("heading9", error.Message);
    }

    [Fact]
    public void Normalizer_prints_one_part_as_indented_xml()
    {
        using var docx = new MemoryStream(Write(SampleBrief.Brief2024020()));
        var styles = DocxNormalizer.Normalize(docx, "word/styles.xml").Split('\n');
        Assert.Contains(styles, l => l.Trim() == "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" />");
        Assert.Contains(styles, l => l.StartsWith("  <w:style ") && l.Contains("w:styleId=\"Heading1\""));
        Assert.Throws<FileNotFoundException>(() => DocxNormalizer.Normalize(docx, "word/missing.xml"));
    }
    [Theory]
    [InlineData("Normal", "Normal", null)]
    [InlineData("Heading1", "heading 1", 0)]
    [InlineData("Heading4", "heading 4", 3)]
    [InlineData("Title", "Title", null)]
    [InlineData("Subtitle", "Subtitle", null)]
    [InlineData("Quote", "Quote", null)]
    [InlineData("masthead", "版头", null)]
    [InlineData("number", "期号", null)]
    [InlineData("closing", "版记", null)]
    public void Styles_restyle_word_built_ins_and_name_the_rest_in_chinese(string id, string name, int? outlineLevel)
    {
        using var word = Open(Write(SampleBrief.Brief2024020()));
        var found = StyleById(word, id);
        Assert.Equal(name, found.StyleName!.Val!.Value);
        Assert.Equal(outlineLevel, found.StyleParagraphProperties!.OutlineLevel?.Val?.Value);
        // LibreOffice reads overflowPunct inverted: on, it keeps line-end marks inside the line.
        Assert.True(found.StyleParagraphProperties.OverflowPunctuation!.Val!.Value);
        Assert.False(found.StyleParagraphProperties.AutoSpaceDE!.Val!.Value);
        Assert.False(found.StyleParagraphProperties.AutoSpaceDN!.Val!.Value);
    }

    [Fact]
    public void Paragraphs_refer_to_the_word_style_ids()
    {
        using var word = Open(Write(SampleBrief.Brief2024020()));
        var ids = word.MainDocumentPart!.Document!.Body!.Descendants<ParagraphStyleId>().Select(s => s.Val!.Value!).ToHashSet();
        var defined = word.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId!.Value!).ToHashSet();
        Assert.Subset(defined, ids);
        Assert.Contains("Normal", ids);
        Assert.Contains("Title", ids);
        Assert.DoesNotContain("body", ids);
    }

    [Fact]
    public void Font_table_names_a_stand_in_for_every_house_font()
    {
        using var word = Open(Write(SampleBrief.Brief2024020()));
        var fonts = word.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!);
        // The house fonts, then the GBK faces named for characters outside GB 2312 (颺), which are Windows' own fonts: no stand-in.
        var gbk = Style.Fonts.Values.Select(f => f.Gbk).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Style.Fonts.Values.Select(f => f.Docx).Distinct().Order(StringComparer.Ordinal).Concat(gbk), fonts.Keys);
        Assert.Contains("FangSong", gbk);
        Assert.All(gbk, name => Assert.Null(fonts[name].AltName));
        var fangsong = fonts["仿宋_GB2312"];
        Assert.Equal("仿宋", fangsong.AltName!.Val!.Value);
        Assert.Equal("86", fangsong.FontCharSet!.Val!.Value); // GB2312
        Assert.Equal(FontFamilyValues.Modern, fangsong.FontFamily!.Val!.Value);
        Assert.Equal(FontPitchValues.Fixed, fangsong.Pitch!.Val!.Value);
        Assert.Equal("02010609030101010101", fangsong.Panose1Number!.Val!.Value);
        Assert.Equal("楷体", fonts["楷体_GB2312"].AltName!.Val!.Value);
        Assert.Equal("宋体", fonts["方正小标宋简体"].AltName!.Val!.Value);
        Assert.Null(fonts["Times New Roman"].AltName);
    }

    [Fact]
    public void Package_has_app_properties_and_compresses_punctuation_as_the_pdf_does()
    {
        using var word = Open(Write(SampleBrief.Brief2024020()));
        Assert.Equal("BriefBuilder", word.ExtendedFilePropertiesPart!.Properties!.Application!.Text);
        var control = word.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<CharacterSpacingControl>()!;
        Assert.True(TestFonts.Style.CompressAdjacentMarks);
        Assert.Equal(CharacterSpacingValues.CompressPunctuation, control.Val!.Value);
    }
}

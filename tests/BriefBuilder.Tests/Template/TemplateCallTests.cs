using BriefBuilder.Model;
using BriefBuilder.Source;
using BriefBuilder.Template;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Template;

/// <summary>
/// The calls a template lays a brief out with, each on a small template of its own over the
/// house style: the layout they make (runs, sources, flow and closing, the document's
/// properties), the values a template reads, and each mistake as the message and template line
/// the editor gets.
/// </summary>
public sealed class TemplateCallTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("template-calls-").FullName;
    static readonly SeriesSettings Series = SeriesReader.Read(Repo.Content("series.yaml"));

    /// <summary>The brief's front matter: its body starts on line 11.</summary>
    const string Front = "---\nissue: 3\ntotal: 55\ndate: 2024-01-02\nrecipients: [甲, 乙]\ntitle: 题目\neditor: 李编\nphone: \"12345678\"\n---\n\n";
    const int BodyLine = 11;
    const string Document = "{{ document \"T\" \"A\" \"S\" \"2024-01-02\" }}\n";
    /// <summary>Writes every body block (not a quote's) as a body paragraph.</summary>
    const string WriteBody = "{{ for b in body }}{{ paragraph \"body\" b }}{{ end }}\n";

    public TemplateCallTests()
    {
        foreach (var file in Directory.GetFiles(Repo.Path("templates", "zhuanbao")))
            File.Copy(file, Path.Join(_folder, Path.GetFileName(file)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    string TemplateFile => Path.Join(_folder, TemplateFolder.TemplateFileName);

    LayoutDocument Compose(string template, string body = "正文。", SeriesSettings? series = null, string front = Front, string file = "b.md")
    {
        File.WriteAllText(TemplateFile, template);
        return Composer.Compose(BriefReader.Parse(front + body + "\n", file), series ?? Series, TemplateFolder.Load(_folder));
    }

    /// <summary>Composing fails at <paramref name="line"/> of the template with <paramref name="message"/>.</summary>
    void Fails(string template, int line, string message, string body = "正文。")
    {
        var error = Assert.Throws<SourceError>(() => Compose(template, body));
        Assert.Equal((TemplateFile, line, message), (error.File, error.Line, error.Message));
    }

    static string Show(IEnumerable<LayoutRun> runs) =>
        string.Join(" | ", runs.Select(r => (r.IsLineBreak ? "⏎" : r.Text) + (r.Style is null ? "" : $"[{r.Style}]") + (r.Bold ? "[b]" : "") + (r.Italic ? "[i]" : "")));

    [Fact]
    public void Document_gives_the_properties()
    {
        var layout = Compose(Document + WriteBody);
        Assert.Equal(new DocumentInfo("T", "A", "S", new DateOnly(2024, 1, 2)), layout.Info);
        var paragraph = (LayoutParagraph)Assert.Single(layout.Flow);
        Assert.Equal(("body", new SourceRef("b.md", BodyLine)), (paragraph.Style, paragraph.Source));
        Assert.Equal([new LayoutRun("正文。")], paragraph.Runs);
        Assert.Empty(layout.Closing);
    }

    [Fact]
    public void Document_is_called_once_with_a_date_written_yyyy_mm_dd()
    {
        Fails(Document + Document + WriteBody, 2, "the template calls document twice; a brief has one title, author, subject and date");
        Fails("{{ document \"T\" \"A\" \"S\" \"2024-1-2\" }}\n" + WriteBody, 1, "document's date must be written YYYY-MM-DD (brief.date.iso), not '2024-1-2'");
        Fails(WriteBody, 0, "the template never calls document TITLE AUTHOR SUBJECT DATE: a document needs its properties");
    }

    [Theory]
    [InlineData("document 1 \"A\" \"S\" \"2024-01-02\"", "a document's title must be text, not Int32")]
    [InlineData("document \"T\" null \"S\" \"2024-01-02\"", "its author must be text, not nothing (null)")]
    [InlineData("document \"T\" \"A\" 1 \"2024-01-02\"", "its subject must be text, not Int32")]
    [InlineData("document \"T\" \"A\" \"S\" 20240102", "its date must be text, not Int32")]
    [InlineData("paragraph 1 \"x\"", "a paragraph's style must be text, not Int32")]
    [InlineData("row 1 \"a\" \"b\" \"c\"", "a row's style must be text, not Int32")]
    [InlineData("rule true", "a rule's style must be text, not Boolean")]
    [InlineData("paragraph \"body\" (run 1 \"edition\")", "a run's text must be text, not Int32")]
    [InlineData("paragraph \"body\" (run \"x\" null)", "a run's style must be text, not nothing (null)")]
    [InlineData("paragraph \"body\" true", "a paragraph's content is text, a run, a body block or a list of them, not true")]
    [InlineData("paragraph \"body\" [\"a\", false]", "a paragraph's content is text, a run, a body block or a list of them, not false")]
    [InlineData("row \"number\" 1.5 \"\" \"\"", "a row's left part is text, a run, a body block or a list of them, not the number 1.5")]
    [InlineData("row \"number\" \"\" {a: 1} \"\"", "a row's middle part is text, a run, a body block or a list of them, not an object")]
    [InlineData("row \"number\" \"\" \"\" 2.5", "a row's right part is text, a run, a body block or a list of them, not the number 2.5")]
    [InlineData("paragraph \"body\" \"x\" \"7\"", "a block's source is a line of the brief (a number such as brief.key_lines.title) or a body block, not a String")]
    [InlineData("rule \"masthead\" 1.5", "a block's source is a line of the brief (a number such as brief.key_lines.title) or a body block, not the number 1.5")]
    [InlineData("row \"number\" (lines [\"a\", \"b\"]) \"\" \"\"", "a row is one line: its parts cannot hold a line break")]
    [InlineData("row \"number\" \"\" \"\" (lines [\"a\", \"b\"])", "a row is one line: its parts cannot hold a line break")]
    [InlineData("row \"number\" \"\" (lines [\"a\", \"b\"]) \"\"", "a row is one line: its parts cannot hold a line break")]
    [InlineData("row \"正文\" \"a\" \"b\" \"c\"", "paragraph style '正文' is not defined in style.yaml")]
    public void A_call_given_the_wrong_value_names_it_at_its_line(string call, string message) =>
        Fails(Document + "{{ " + call + " }}\n" + WriteBody, 2, message);

    [Fact]
    public void Content_joins_runs_that_look_alike_and_drops_empty_text()
    {
        var layout = Compose(Document + "{{ paragraph \"body\" [\"a\", \"b\", \"\", null, (run \"c\" \"edition\"), (run \"d\" \"edition\"), 5, (run \"e\" \"tagline\"), body[0]] }}\n");
        var paragraph = (LayoutParagraph)Assert.Single(layout.Flow);
        Assert.Equal("ab | cd[edition] | 5 | e[tagline] | 正文。", Show(paragraph.Runs));
        Assert.Equal(new SourceRef("b.md", BodyLine), paragraph.Source);
    }

    [Fact]
    public void Spans_keep_their_emphasis_and_part_where_it_changes()
    {
        var layout = Compose(Document + WriteBody, "普通**加粗**普通*斜体*");
        Assert.Equal("普通 | 加粗[b] | 普通 | 斜体[i]", Show(((LayoutParagraph)Assert.Single(layout.Flow)).Runs));
    }

    [Fact]
    public void Lines_puts_a_line_break_between_items_and_takes_one_text_whole()
    {
        var layout = Compose(Document + "{{ paragraph \"title\" (lines [\"一行\", \"二行\", \"三行\"]) }}{{ paragraph \"title\" (lines \"单行\") }}\n" + WriteBody);
        Assert.Equal(["一行 | ⏎ | 二行 | ⏎ | 三行", "单行", "正文。"], layout.Flow.Cast<LayoutParagraph>().Select(p => Show(p.Runs)));
    }

    [Fact]
    public void A_block_s_source_is_the_line_given_else_the_block_given_else_its_content_s_first_block()
    {
        var layout = Compose(Document
            + "{{ paragraph \"body\" body[1] 7 }}{{ paragraph \"body\" body[1] body[0] }}{{ paragraph \"body\" body[0] }}{{ paragraph \"body\" \"x\" }}\n"
            + "{{ row \"number\" \"\" body[1] body[0] }}{{ row \"number\" \"\" \"\" \"\" 3 }}{{ rule \"masthead\" 4 }}{{ rule \"masthead\" body[1] }}{{ rule \"masthead\" }}\n",
            "甲。\n\n乙。");
        Assert.Equal([7, BodyLine, BodyLine, 0, BodyLine + 2, 3, 4, BodyLine + 2, 0], layout.Flow.Select(b => b.Source.Line));
        Assert.All(layout.Flow, b => Assert.Equal("b.md", b.Source.File));
        var row = (LayoutRow)layout.Flow[4];
        Assert.Equal(("", "乙。", "甲。"), (Show(row.Left), Show(row.Middle), Show(row.Right)));
        Assert.Equal(["masthead", "masthead", "masthead"], layout.Flow.OfType<LayoutRule>().Select(r => r.Style));
    }

    [Fact]
    public void Closing_starts_the_closing_block_once()
    {
        var layout = Compose(Document + "{{ paragraph \"body\" \"前\" }}{{ closing }}{{ paragraph \"closing\" \"后\" }}{{ rule \"closing-outer\" }}\n" + WriteBody);
        Assert.Equal(["前"], layout.Flow.Select(b => b.Text));
        Assert.Equal(["后", "", "正文。"], layout.Closing.Select(b => b.Text));
        Fails(Document + "{{ closing }}\n{{ closing }}\n" + WriteBody, 3, "the template calls closing twice; everything after the first call is the closing block");
    }

    [Fact]
    public void The_brief_s_values_and_the_series_reach_the_template()
    {
        var layout = Compose(Document + WriteBody + """
            {{ paragraph "body" [brief.issue, "/", brief.total, "/", brief.date.iso, "/", brief.date.year, "-", brief.date.month, "-", brief.date.day, "/", brief.recipients, "/", brief.title, "/", brief.title_lines, "/", brief.key_lines.title, "/", brief.key_lines.recipients, "/", editor, "/", phone, "/", copies] }}
            {{ paragraph "body" [series.name, "/", series.edition, "/", series.publisher, "/", series.tagline, "/", series.address, "/", series.fax] }}
            {{ if brief.subtitle == null }}{{ paragraph "body" "no subtitle" }}{{ end }}
            """);
        Assert.Equal("3/55/2024-01-02/2024-1-2/甲乙/题目/题目/6/5/李编/12345678/30", layout.Flow[1].Text);
        Assert.Equal($"{Series.Name}/{Series.Edition}/{Series.Publisher}/{Series.Tagline}/{Series.Address}/{Series.Fax}", layout.Flow[2].Text);
        Assert.Equal("no subtitle", layout.Flow[3].Text);
    }

    [Fact]
    public void Editor_phone_and_copies_come_from_the_brief_else_the_series()
    {
        const string Template = Document + WriteBody + "{{ paragraph \"body\" [editor, \"/\", phone, \"/\", copies] }}\n";
        var bare = "---\nissue: 3\ntotal: 55\ndate: 2024-01-02\nrecipients: [甲]\ntitle: 题目\n---\n\n";
        var own = "---\nissue: 3\ntotal: 55\ndate: 2024-01-02\nrecipients: [甲]\ntitle: 题目\neditor: 李编\nphone: \"1\"\ncopies: 5\n---\n\n";
        var series = Series with { Editor = "王编", Phone = "2" };
        Assert.Equal("王编/2/30", Compose(Template, series: series, front: bare).Flow[1].Text);
        Assert.Equal("李编/1/5", Compose(Template, series: series, front: own).Flow[1].Text);

        var noEditor = Assert.Throws<SourceError>(() => Compose(Template, series: series with { Editor = null }, front: bare));
        Assert.Equal(("b.md", 1, "missing key 'editor': series.yaml gives no default editor"), (noEditor.File, noEditor.Line, noEditor.Message));
        var noPhone = Assert.Throws<SourceError>(() => Compose(Template, series: series with { Phone = null }, front: bare));
        Assert.Equal(("b.md", 1, "missing key 'phone': series.yaml gives no default phone"), (noPhone.File, noPhone.Line, noPhone.Message));
    }

    [Fact]
    public void A_block_no_call_writes_is_named_with_the_last_line_that_looked_at_it()
    {
        Fails(Document, 0, "the paragraph at b.md:11 (“正文。”) is not in the template's output: no branch writes it; the template never looked at it");
        Fails(Document + "{{ for b in body }}\n{{ if b.kind == \"heading\" }}{{ paragraph \"body\" b }}{{ end }}\n{{ end }}\n", 3,
            "the paragraph at b.md:13 (“二十个字以上的一段正文写在这里看它的摘录…”) is not in the template's output: no branch writes it; this is the last line that looked at it",
            "# 一、标题\n\n二十个字以上的一段正文写在这里看它的摘录如何截断。");
    }

    [Fact]
    public void A_block_in_a_quote_is_named_with_its_quote()
    {
        const string Template = Document + "{{ for b in body }}\n{{ if b.kind == \"quote\" }}{{ for c in b.blocks }}{{ if c.kind == \"heading\" }}{{ paragraph \"quote\" c }}{{ end }}{{ end }}\n{{ else }}{{ paragraph \"body\" b }}{{ end }}{{ end }}\n";
        Fails(Template, 3, "the paragraph in a quote at b.md:11 (“引文。”) is not in the template's output: no branch writes it; this is the last line that looked at it", "> 引文。");
        Fails(Document + "{{ for b in body }}{{ paragraph \"body\" b }}{{ end }}\n", 2,
            "a paragraph's content cannot be the quote of the brief's line 11 (“引文。”), which holds blocks: write each of them (b.blocks)", "> 引文。");
        Fails(Document + "{{ x = body[0].kind }}\n", 2, "the paragraph in a quote at b.md:11 (“引文。”) is not in the template's output: no branch writes it; this is the last line that looked at it", "> 引文。");
    }

    [Theory]
    [InlineData("{{ if body[0].kind == \"heding\" }}{{ end }}", "no block has the kind 'heding'; did you mean 'heading'? the kinds are ")]
    [InlineData("{{ if \"qoute\" != body[0].kind }}{{ end }}", "no block has the kind 'qoute'; did you mean 'quote'? the kinds are ")]
    [InlineData("{{ if body[0].kind == \"图片\" }}{{ end }}", "no block has the kind '图片'; the kinds are ")]
    [InlineData("{{ if body[0].line > 0 && body[0].kind == \"heding\" }}{{ end }}", "no block has the kind 'heding'; did you mean 'heading'? the kinds are ")]
    public void A_kind_no_block_has_is_refused_when_the_template_is_loaded(string test, string message) =>
        Fails(Document + WriteBody + test + "\n", 3, message + string.Join(", ", BlockKinds.Names));

    [Fact]
    public void Comparing_other_members_with_text_is_left_alone() =>
        Assert.Single(Compose(Document + WriteBody + "{{ if body[0].line == \"heding\" || \"heding\" == brief.title }}{{ end }}\n").Flow);

    [Fact]
    public void Loose_text_is_refused_at_its_own_line()
    {
        Fails(Document + WriteBody + "\n\n  本期要目：一个很长很长很长很长很长的标题和副题\n", 5,
            "the text “本期要目：一个很长很长很长很长很长的标题…” stands outside {{ }} and reaches no page: write it with paragraph, row and the other calls");
        Assert.Single(Compose(Document + WriteBody + "\n \t\n").Flow);
    }

    [Fact]
    public void A_value_printed_or_no_number_is_an_error_at_its_line()
    {
        Fails(Document + WriteBody + "{{ \"印出来的一段二十个字以上的文字会去哪里呢谁知道\" }}\n", 3,
            "the template prints “印出来的一段二十个字以上的文字会去哪里呢…”, which reaches no page: write text with paragraph, row and the other calls");
        Fails(Document + WriteBody + "{{ paragraph \"body\" [\"x\", (copies / 0.0)] }}\n", 3, "the template computed Infinity, which is no number (a division by zero?)");
        Assert.Single(Compose(Document + WriteBody + "{{ \"  \" }}{{ x = 1 / 2.0 }}\n").Flow);
    }

    [Fact]
    public void A_missing_template_folder_is_named()
    {
        var missing = Path.Join(_folder, "none");
        var error = Assert.Throws<SourceError>(() => TemplateFolder.Load(missing));
        Assert.Equal((missing, 0, "template folder not found; series.yaml's 'template' names a folder under templates/"), (error.File, error.Line, error.Message));
    }

    [Fact]
    public void The_catalogue_lists_the_briefs_by_total_dated_by_the_latest()
    {
        File.WriteAllText(TemplateFile, Document + WriteBody);
        var template = TemplateFolder.Load(_folder);
        CatalogueEntry Entry(int issue, int total, int month, string title) => new(issue, total, new DateOnly(2024, month, 1), [title], ["甲", "乙"]);
        var layout = Catalogue.Compose(2024, [Entry(2, 56, 5, "二"), Entry(1, 55, 3, "一"), Entry(3, 57, 4, "三")], Series, template);
        Assert.Equal(new DateOnly(2024, 5, 1), layout.Info.Date);
        Assert.Equal($"{Series.Name}{Series.Edition} 2024年目录", layout.Flow[0].Text);
        // One row per brief in the house table style, by 总第: number, date, title's lines, recipients one a line.
        var table = Assert.IsType<LayoutTable>(Assert.Single(layout.Flow.Skip(1)));
        Assert.Equal([
            "期号 | 日期 | 标题 | 本期专报",
            "第1期⏎（总第55期） | 2024年3月1日 | 一 | 甲⏎乙",
            "第2期⏎（总第56期） | 2024年5月1日 | 二 | 甲⏎乙",
            "第3期⏎（总第57期） | 2024年4月1日 | 三 | 甲⏎乙"],
            table.AllRows.Select(r => string.Join(" | ", r.Cells.Select(c => string.Concat(c.Select(run => run.IsLineBreak ? "⏎" : run.Text))))));

        var catalogue = Path.Join(_folder, Catalogue.TemplateFileName);
        File.Delete(catalogue);
        var error = Assert.Throws<SourceError>(() => Catalogue.Compose(2024, [Entry(1, 55, 3, "一")], Series, template));
        Assert.Equal((catalogue, 0, "the template folder has no catalogue template; brief publish needs it for the year's 目录"), (error.File, error.Line, error.Message));
    }

    [Fact]
    public void Loops_are_unlimited_and_helpers_may_recurse_as_deep_as_the_body_has_blocks()
    {
        Assert.Equal(2, Compose(Document + WriteBody + "{{ n = 0 }}{{ for i in 1..5000 }}{{ n = n + 1 }}{{ end }}{{ paragraph \"body\" n }}\n").Flow.Count);
        const string Deep = "{{ func down(n) }}{{ if n > 0 }}{{ down(n - 1) }}{{ end }}{{ end }}\n";
        var body = string.Join("\n\n", Enumerable.Repeat("甲。", 60));
        // 100 calls of room for helpers, and one more for each of the 60 blocks.
        Assert.Equal(60, Compose(Document + WriteBody + Deep + "{{ down(150) }}\n", body).Flow.Count);
        var runaway = Assert.Throws<SourceError>(() => Compose(Document + WriteBody + Deep + "{{ down(170) }}\n", body));
        Assert.Equal(TemplateFile, runaway.File);
        Assert.Contains("recursive", runaway.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("table \"table\" \"行\"", "a table's rows are a body table (b) or a list of rows, each a list of cells")]
    [InlineData("table \"table\" {a: 1}", "a table's rows are a body table (b) or a list of rows, each a list of cells")]
    [InlineData("table \"table\" [[\"甲\"], \"乙\"]", "row 2 of the table is not a list of cells")]
    [InlineData("table \"table\" [[\"甲\"], {a: 1}]", "row 2 of the table is not a list of cells")]
    [InlineData("table \"table\" [[\"甲\", \"乙\"], [\"丙\"]]", "row 2 of the table has 1 cells, its header 2")]
    [InlineData("table \"table\" [[\"甲\"]]", "a table needs a header row and at least one row below it")]
    [InlineData("table \"table\" [[], []]", "a table's header row has no cells")]
    [InlineData("table \"grid\" [[\"甲\"], [\"乙\"]]", "table style 'grid' is not defined in style.yaml")]
    [InlineData("table \"table\" body[0]", "a table's rows are a body table (b) or a list of rows, each a list of cells")]
    [InlineData("table \"table\" [[\"甲\"], [true]]", "a table cell is text, a run, a body block or a list of them, not true")]
    [InlineData("table 1 [[\"甲\"], [\"乙\"]]", "a table's style must be text, not Int32")]
    [InlineData("figure 1 body[0]", "a figure's style must be text, not Int32")]
    [InlineData("figure \"figure\" body[0]", "figure draws a figure block of the body (b, where b.kind == \"figure\"), not a paragraph")]
    [InlineData("figure \"figure\" 1", "figure draws a figure block of the body (b, where b.kind == \"figure\"), not Int32")]
    [InlineData("figure \"figure\" null", "figure draws a figure block of the body (b, where b.kind == \"figure\"), not nothing (null)")]
    [InlineData("figure \"picture\" body[0]", "figure style 'picture' is not defined in style.yaml")]
    public void A_table_or_figure_call_given_the_wrong_value_names_it_at_its_line(string call, string message) =>
        Fails(Document + "{{ " + call + " }}\n" + WriteBody, 2, message);

    [Fact]
    public void A_table_the_template_makes_takes_its_rows_lines_from_the_blocks_in_them()
    {
        var layout = Compose(Document + "{{ table \"table\" [[\"甲\", \"乙\"], [body[0], \"丙\"], [\"丁\", 5]] 7 }}\n");
        var table = Assert.IsType<LayoutTable>(Assert.Single(layout.Flow));
        Assert.Equal(("table", 7), (table.Style, table.Source.Line));
        Assert.Equal([null, null], table.Columns);
        Assert.Equal(["甲 | 乙", "正文。 | 丙", "丁 | 5"], table.AllRows.Select(r => string.Join(" | ", r.Cells.Select(Show))));
        // A row holding a body block is at its line; the others at the table's.
        Assert.Equal([7, BodyLine, 7], table.AllRows.Select(r => r.Source.Line));
    }

    [Fact]
    public void A_body_table_is_written_whole_and_its_caption_by_the_template()
    {
        const string Table = "表1 各市数据\n\n| 城市 | 产值 |\n|---|--:|\n| 苏州 | 24653 |";
        var layout = Compose(Document + "{{ for b in body }}{{ if b.kind == \"table\" }}{{ paragraph \"body\" b.caption }}{{ table \"table\" b }}{{ else }}{{ paragraph \"body\" b }}{{ end }}{{ end }}\n", Table);
        Assert.Equal("表1 各市数据", layout.Flow[0].Text);
        var table = Assert.IsType<LayoutTable>(layout.Flow[1]);
        Assert.Equal([null, Alignment.Right], table.Columns);
        Assert.Equal(["城市 | 产值", "苏州 | 24653"], table.AllRows.Select(r => string.Join(" | ", r.Cells.Select(Show))));
        Assert.Equal([BodyLine + 2, BodyLine + 4], table.AllRows.Select(r => r.Source.Line));
        Assert.Equal(new SourceRef("b.md", BodyLine + 2), table.Source);

        Fails(Document + "{{ for b in body }}{{ paragraph \"body\" b }}{{ end }}\n", 2,
            "a paragraph's content cannot be a table: write it with table STYLE b, and its caption (b.caption) with paragraph", Table);
    }

    [Fact]
    public void A_figure_is_drawn_by_figure_and_its_caption_set_by_the_template()
    {
        File.Copy(Repo.Path("tests", "fixtures", "figures", "bars.png"), Path.Join(_folder, "bars.png"));
        var brief = Path.Join(_folder, "b.md");
        const string Figure = "![图1 产值](bars.png)";
        var layout = Compose(Document + "{{ for b in body }}{{ figure \"figure\" b }}{{ paragraph \"body\" [b.caption, \" \", b.image] }}{{ end }}\n", Figure, file: brief);
        var figure = Assert.IsType<LayoutFigure>(layout.Flow[0]);
        Assert.Equal(("figure", "图1 产值", new SourceRef(brief, BodyLine)), (figure.Style, figure.Alt, figure.Source));
        Assert.Equal("bars.png", figure.Image.Path);
        Assert.Equal("图1 产值 bars.png", layout.Flow[1].Text);

        var error = Assert.Throws<SourceError>(() => Compose(Document + WriteBody, Figure, file: brief));
        Assert.Equal((TemplateFile, 2, "a paragraph's content cannot be the figure of the brief's line 11 (“图1 产值”), which is a picture: draw it with figure STYLE b, and its caption as text (b.caption)"),
            (error.File, error.Line, error.Message));
    }

    [Fact]
    public void A_text_of_twenty_characters_is_named_whole_and_a_longer_one_cut()
    {
        const string Twenty = "一二三四五六七八九十一二三四五六七八九十";
        Fails(Document + WriteBody + "{{ \"" + Twenty + "\" }}\n", 3, $"the template prints “{Twenty}”, which reaches no page: write text with paragraph, row and the other calls");
        Fails(Document + WriteBody + Twenty + "\n", 3, $"the text “{Twenty}” stands outside {{{{ }}}} and reaches no page: write it with paragraph, row and the other calls");
        Fails(Document, 0, $"the paragraph at b.md:11 (“{Twenty}”) is not in the template's output: no branch writes it; the template never looked at it", Twenty);
    }

    [Theory]
    [InlineData("(date.parse \"2024-01-02\" | date.to_string \"%Y年\")", "2024年")]
    [InlineData("(regex.replace \"a1b2\" `\\d` \"#\")", "a#b#")]
    [InlineData("(timespan.from_hours 36).days", "1")]
    [InlineData("(object.typeof \"x\")", "string")]
    public void Scriban_s_builtins_serve_a_template(string expression, string text) =>
        Assert.Equal(text, Compose(Document + "{{ paragraph \"body\" " + expression + " }}\n" + WriteBody).Flow[0].Text);

    [Theory]
    [InlineData("{{ if [] == empty }}{{ paragraph \"body\" \"是\" }}{{ end }}", "是")]
    [InlineData("{{ if body == empty }}{{ else }}{{ paragraph \"body\" \"是\" }}{{ end }}", "是")]
    [InlineData("{{ if blank }}{{ else }}{{ paragraph \"body\" \"是\" }}{{ end }}", "是")]
    public void Scriban_s_empty_and_blank_serve_a_template(string statement, string text) =>
        Assert.Equal(text, Compose(Document + statement + "\n" + WriteBody).Flow[0].Text);

    [Fact]
    public void A_call_s_arguments_may_be_named_by_position_as_Scriban_names_them()
    {
        var layout = Compose(Document + "{{ paragraph argument1: \"body\" argument2: \"甲\" }}{{ paragraph \"body\" \"乙\" argument3: 7 }}\n" + WriteBody);
        Assert.Equal([("甲", 0), ("乙", 7)], layout.Flow.Take(2).Select(b => (b.Text, b.Source.Line)));
    }

    [Theory]
    [InlineData("{{ include \"x\" }}", "Unable to include <x>. No TemplateLoader registered in TemplateContext.TemplateLoader")]
    [InlineData("{{ include_join [\"x\"] \"y\" }}", "Unable to include <x>. No TemplateLoader registered in TemplateContext.TemplateLoader")]
    // Shared by every render, Scriban's objects are read-only.
    [InlineData("{{ string.foo = 1 }}", "Unexpected exception while accessing target expression: The object is readonly")]
    [InlineData("{{ x = date.now }}{{ date.foo = 1 }}", "Unexpected exception while accessing target expression: The object is readonly")]
    // A member of nothing is an error, not nothing: brief.subtitle.foo would drop text in silence.
    [InlineData("{{ x = brief.subtitle.foo }}", "Object `brief.subtitle` is null. Cannot access member: brief.subtitle.foo")]
    public void Scriban_s_own_refusals_reach_the_editor_at_their_line(string statement, string message) =>
        Fails(Document + statement + "\n" + WriteBody, 2, message);

    [Fact]
    public void A_row_s_source_is_its_first_body_block_in_whichever_part() =>
        Assert.Equal(BodyLine, Compose(Document + "{{ row \"number\" \"\" \"\" body[0] }}\n").Flow[0].Source.Line);

    [Fact]
    public void Empty_text_makes_no_run()
    {
        var layout = Compose(Document + "{{ paragraph \"body\" \"\" }}{{ paragraph \"body\" [\"\", (run \"c\" \"edition\")] }}\n" + WriteBody);
        Assert.Empty(((LayoutParagraph)layout.Flow[0]).Runs);
        Assert.Equal([new LayoutRun("c", "edition")], ((LayoutParagraph)layout.Flow[1]).Runs);
    }

    [Fact]
    public void A_block_s_spans_written_write_the_block() =>
        Assert.Equal("普 | 粗[b]", Show(((LayoutParagraph)Assert.Single(Compose(Document + "{{ paragraph \"body\" body[0].spans }}\n", "普**粗**").Flow)).Runs));

    [Fact]
    public void A_span_and_a_run_give_their_text_style_and_emphasis()
    {
        var layout = Compose(Document + """
            {{ for s in body[0].spans }}{{ t = s.text }}{{ if s.bold }}{{ t = t + "+粗" }}{{ end }}{{ if s.italic }}{{ t = t + "+斜" }}{{ end }}{{ if s.style == null }}{{ t = t + "+无" }}{{ end }}{{ paragraph "body" t }}{{ end }}
            {{ r = run "版" "edition" }}{{ paragraph "body" [r.text, "/", r.style] }}{{ if !r.bold && !r.italic }}{{ paragraph "body" "不粗不斜" }}{{ end }}{{ paragraph "body" body[0] }}
            """, "普**粗**通*斜*");
        Assert.Equal(["普+无", "粗+粗+无", "通+无", "斜+斜+无", "版/edition", "不粗不斜", "普粗通斜"], layout.Flow.Select(b => b.Text));
    }

    [Fact]
    public void An_attachment_and_the_editor_s_note_give_their_title_number_and_blocks()
    {
        const string Template = Document + """
            {{ for b in body }}{{ if b.kind == "attachment" }}{{ paragraph "body" ["附件", b.number, "/", b.of, " ", b.title] }}{{ for c in b.blocks }}{{ paragraph "body" c }}{{ end }}{{ else if b.kind == "editor_note" }}{{ for c in b.blocks }}{{ paragraph "body" c }}{{ end }}{{ else }}{{ paragraph "body" b }}{{ end }}{{ end }}
            """;
        var layout = Compose(Template, "::: 编者按\n按语。\n:::\n\n正文。\n\n::: 附件 名单\n甲。\n\n乙。\n:::\n\n::: 附件 清单\n丙。\n:::");
        Assert.Equal(["按语。", "正文。", "附件1/2 名单", "甲。", "乙。", "附件2/2 清单", "丙。"], layout.Flow.Select(b => b.Text));
        Assert.Equal([BodyLine + 1, BodyLine + 4, 0, BodyLine + 7, BodyLine + 9, 0, BodyLine + 13], layout.Flow.Select(b => b.Source.Line));
    }

    [Fact]
    public void A_table_without_a_caption_has_none_and_a_table_s_caption_and_the_table_are_each_written()
    {
        const string Table = "| 城市 | 产值 |\n|---|--:|\n| 苏州 | 24653 |";
        const string Both = "{{ for b in body }}{{ if b.caption != null }}{{ paragraph \"body\" b.caption }}{{ end }}{{ table \"table\" b }}{{ end }}\n";
        var layout = Compose(Document + Both, "表1 各市数据\n\n" + Table);
        Assert.Equal(("表1 各市数据", typeof(LayoutTable)), (layout.Flow[0].Text, layout.Flow[1].GetType()));
        // The brief's Markdown gives every table a caption; the model lets a table have none, and then b.caption is null.
        var brief = BriefReader.Parse(Front + "表1 各市数据\n\n" + Table + "\n", "b.md");
        var bare = brief with { Body = [((BriefBuilder.Model.Table)brief.Body[0]) with { Caption = null }] };
        Assert.IsType<LayoutTable>(Assert.Single(Composer.Compose(bare, Series, TemplateFolder.Load(_folder)).Flow));
        Fails(Document + "{{ for b in body }}{{ table \"table\" b }}{{ end }}\n", 0,
            "the paragraph in a table at b.md:11 (“表1 各市数据”) is not in the template's output: no branch writes it; the template never looked at it", "表1 各市数据\n\n" + Table);
        Fails(Document + "{{ for b in body }}{{ paragraph \"body\" b.caption }}{{ end }}\n", 2,
            "the table at b.md:13 (“表1 各市数据\n城市\t产值\n苏州\t246…”) is not in the template's output: no branch writes it; this is the last line that looked at it", "表1 各市数据\n\n" + Table);
    }

    [Fact]
    public void Helpers_may_recurse_as_deep_as_the_body_has_blocks_counting_those_in_a_quote()
    {
        const string Deep = "{{ func down(n) }}{{ if n > 0 }}{{ down(n - 1) }}{{ end }}{{ end }}\n";
        const string Quote = Document + "{{ for b in body }}{{ for c in b.blocks }}{{ paragraph \"quote\" c }}{{ end }}{{ end }}\n" + Deep;
        // One quote of 60 paragraphs is 61 blocks: 100 calls of room for helpers and 61 more.
        var body = "> " + string.Join("\n>\n> ", Enumerable.Repeat("甲。", 60));
        Assert.Equal(60, Compose(Quote + "{{ down(150) }}\n", body).Flow.Count);
    }

    [Fact]
    public void The_template_is_read_once_when_its_folder_is_loaded()
    {
        File.WriteAllText(TemplateFile, Document + WriteBody);
        var folder = TemplateFolder.Load(_folder);
        File.WriteAllText(TemplateFile, Document + "{{ paragraph \"body\" \"改过\" }}" + WriteBody);
        Assert.Equal(["正文。"], Composer.Compose(BriefReader.Parse(Front + "正文。\n", "b.md"), Series, folder).Flow.Select(b => b.Text));
    }
}

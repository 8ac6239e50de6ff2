using System.IO.Compression;
using System.Text.RegularExpressions;
using BriefBuilder.Model;
using BriefBuilder.Pdf.Layout;
using BriefBuilder.Pipeline;
using BriefBuilder.Tests.Docx;
using BriefBuilder.Tests.Pdf;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// A brief with two attachments (tests/fixtures/attachments), built to PDF and DOCX, held to
/// GB/T 9704-2012: the attachment note one blank line below the body, indented two characters,
/// the names numbered and their wrapped lines under the first character of the name (7.3.4); each
/// attachment from a new page, 附件N in 三号 黑体 flush left on the first line, its title centred
/// on the third (7.3.7); folios running on through the attachments (7.5); the closing block at
/// the foot of the last page. In our PDF, and in LibreOffice's rendering of the DOCX.
/// </summary>
public sealed partial class AttachmentBuildTests : IDisposable
{
    readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    const string LongTitle = "深圳市重大科技基础设施和前沿科学研究平台一览及其建设进度与开放共享情况";

    public AttachmentBuildTests()
    {
        File.Copy(Repo.Path("tests", "fixtures", "figures", "bars.png"), Path.Join(_ws.Content, "2024", "bars.png"));
        var attachments = File.ReadAllText(Repo.Path("tests", "fixtures", "attachments", "attachments.md"));
        _ws.Edit("2024/020.md", text => text.TrimEnd('\n') + "\n\n" + attachments);
    }

    IReadOnlyList<PlacedPage> Pages(out HouseStyle style)
    {
        var pipeline = new BriefPipeline();
        var options = _ws.Options("pdf");
        var result = pipeline.Build(Path.Join(_ws.Content, "2024", "020.md"), options, pipeline.Run(options.Formats, options.CacheFolder), BuildManifest.Load(options.OutDir), () => true);
        Assert.True(result.Status == BriefStatus.Built, result.Error);
        style = HouseStyles.Zhuanbao;
        return result.Pages!;
    }

    static List<PlacedText> Texts(PlacedPage page) => page.Items.OfType<PlacedText>().Where(t => t.Glyphs.Count > 0).ToList();

    /// <summary>The grid line (0 = first) a run of <paramref name="size"/> sits on.</summary>
    static int GridLine(PlacedText t, HouseStyle style) =>
        (int)Math.Floor((t.Baseline - BlockMeasurer.EmBoxAscent * t.Size - style.Page.Top) / style.Grid.LinePitch + 0.01);

    [Fact]
    public void Each_attachment_starts_a_page_with_its_label_in_hei_on_line_1_and_its_title_centred_on_line_3()
    {
        var pages = Pages(out var style);
        var starts = pages.Select((p, i) => (Texts(p), i)).Where(p => p.Item1.Count > 0 && p.Item1[0].Text.StartsWith("附件", StringComparison.Ordinal) && !p.Item1[0].Text.StartsWith("附件：", StringComparison.Ordinal)).ToList();
        Assert.Equal(["附件1", "附件2"], starts.Select(s => s.Item1[0].Text + s.Item1[1].Text.Trim()));
        foreach (var (texts, index) in starts)
        {
            var label = texts[0];
            Assert.Equal("Noto Sans CJK SC", label.Face.Family);       // 黑体
            Assert.Equal(16, label.Size);                                // 三号
            Near(style.Page.Left, label.Glyphs[0].X);                    // flush left
            Assert.Equal(0, GridLine(label, style));                     // the first line
            // The page before holds something of the flow: the attachment did not just fall there.
            Assert.NotEmpty(Texts(pages[index - 1]));
        }
        // The second attachment's one-line title, centred on the third line.
        var title = Texts(pages[starts[1].i]).First(t => t.Text.StartsWith("深圳与香港", StringComparison.Ordinal));
        Assert.Equal(2, GridLine(title, style));
        var end = title.Glyphs[^1].X + title.Size;
        Near(style.Page.Left + style.Page.TextWidth / 2, (title.Glyphs[0].X + end) / 2);
        // The first attachment's body follows its title, its headings numbered afresh.
        Assert.Contains(Texts(pages[starts[0].i]), t => t.Text.StartsWith("一、已建成的设施", StringComparison.Ordinal));
    }

    [Fact]
    public void The_attachment_note_stands_one_line_below_the_body_with_the_names_hanging_under_the_first()
    {
        var pages = Pages(out var style);
        var cell = style.CharPitch;
        var page = pages.Single(p => Texts(p).Any(t => t.Text.StartsWith("附件：", StringComparison.Ordinal)));
        var texts = Texts(page);
        var head = texts.Single(t => t.Text.StartsWith("附件：", StringComparison.Ordinal));
        var lastBody = texts.Last(t => t.Baseline < head.Baseline);
        Assert.Equal(lastBody.Baseline + 2 * style.Grid.LinePitch, head.Baseline, 1);   // one blank line below the body
        Near(style.Page.Left + 2 * cell, head.Glyphs[0].X);                              // indented two characters
        Assert.Equal("1.", texts.First(t => t.Baseline == head.Baseline && t.Glyphs[0].X > head.Glyphs[0].X).Text);

        var name = texts.First(t => t.Text.StartsWith("深圳市重大", StringComparison.Ordinal));
        var wrapped = texts.Where(t => t.Baseline > head.Baseline).OrderBy(t => t.Baseline).ThenBy(t => t.Glyphs[0].X).First();
        Assert.True(LongTitle.StartsWith(name.Text + wrapped.Text, StringComparison.Ordinal), $"{name.Text} | {wrapped.Text}");
        Near(name.Glyphs[0].X, wrapped.Glyphs[0].X);                                   // wrapped under the name's first character
        var second = texts.Single(t => t.Text == "2.");
        Near(style.Page.Left + 5 * cell, second.Glyphs[0].X);                           // 2. under 1.
        Assert.Equal("深圳与香港科技合作项目清单", texts.First(t => t.Baseline == second.Baseline && t.Glyphs[0].X > second.Glyphs[0].X).Text);
    }

    [Fact]
    public void Folios_run_on_through_the_attachments_and_the_closing_block_is_at_the_foot_of_the_last_page()
    {
        Assert.Equal(0, _ws.Build("pdf").Exit);
        var pdf = _ws.Output("2024/020.pdf");
        var (exit, text) = PdfTools.Run("pdftotext", "-enc", "UTF-8", "-layout", pdf, "-");
        Assert.True(exit == 0, text);
        var pages = text.Split('\f')[..^1];
        Assert.Equal(Enumerable.Range(1, pages.Length), pages.Select(Folio));
        Assert.Equal([pages.Length - 1], pages.Select((p, i) => (p, i)).Where(p => p.p.Contains("责任编辑")).Select(p => p.i));
        Assert.StartsWith("附件2", pages[^1].TrimStart());
        // Nothing below the closing block but the folio.
        var lines = pages[^1].Split('\n').Where(l => l.Trim().Length > 0).ToList();
        Assert.Contains("共印", lines[^2]);
    }

    [Fact]
    public void LibreOffice_sets_the_docx_the_same_way()
    {
        Assert.Equal(0, _ws.Build("docx").Exit);
        var docx = _ws.Output("2024/020.docx");
        using (var zip = ZipFile.OpenRead(docx))
        {
            var styles = new StreamReader(zip.GetEntry("word/styles.xml")!.Open()).ReadToEnd();
            Assert.Matches(@"w:styleId=""attachment-label""><w:name w:val=""附件标识"" />.*?<w:pageBreakBefore />.*?w:eastAsia=""黑体""", styles);
        }
        var pdf = LibreOffice.Convert("pdf", Path.Join(_ws.Root, "out"), docx).Single();
        var (exit, text) = PdfTools.Run("pdftotext", "-enc", "UTF-8", "-layout", pdf, "-");
        Assert.True(exit == 0, text);
        var pages = text.Split('\f')[..^1];
        Assert.Equal(Enumerable.Range(1, pages.Length), pages.Select(Folio));
        // LibreOffice spaces digits off Chinese text: 附件 1.
        var starts = pages.Select((p, i) => (Text: p.TrimStart(), i)).Where(p => AttachmentLabel().IsMatch(p.Text)).Select(p => p.i).ToList();
        Assert.Equal(2, starts.Count);
        Assert.Contains("附件：1.", pages[starts[0] - 1]);
        Assert.Equal([pages.Length - 1], pages.Select((p, i) => (p, i)).Where(p => p.p.Contains("责任编辑")).Select(p => p.i));
        Assert.Equal(pages.Length - 1, starts[1]);
    }

    /// <summary>A template whose branches leave attachments to the paragraph branch is told, at its line, which attachment it cannot write that way.</summary>
    [Fact]
    public void A_template_without_a_branch_for_attachments_fails_naming_the_attachment_and_its_line()
    {
        var template = Path.Join(_ws.Root, "templates", "zhuanbao", "brief.scriban");
        var text = File.ReadAllText(template);
        var branch = "{{~ else if b.kind == \"attachment\" ~}}\n{{~ # written after the attachment note, below ~}}\n";
        Assert.Contains(branch, text);
        text = text.Replace(branch, "");
        File.WriteAllText(template, text);
        var paragraphLine = text[..text.IndexOf("{{ paragraph style b }}", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var line = File.ReadAllLines(Path.Join(_ws.Content, "2024", "020.md")).ToList().FindIndex(l => l.StartsWith("::: 附件", StringComparison.Ordinal)) + 1;

        var result = _ws.Build("docx");
        Assert.Equal(1, result.Exit);
        Assert.Contains($"brief.scriban:{paragraphLine}: error: ", result.Stderr);
        Assert.Contains($"the attachment of the brief's line {line} (“{LongTitle}”)", result.Stderr);
    }

    /// <summary>Within half a point: a glyph sits a little inside its cell, by its side bearing.</summary>
    static void Near(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) < 0.5, $"expected {expected:0.00}, got {actual:0.00}");

    static int Folio(string page) => int.Parse(FolioLine().Matches(page).Last().Groups[1].Value);

    [GeneratedRegex(@"—\s*(\d+)\s*—")]
    private static partial Regex FolioLine();

    [GeneratedRegex(@"^附件\s?\d\s*\n")]
    private static partial Regex AttachmentLabel();
}

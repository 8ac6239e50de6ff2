using System.IO.Compression;
using System.Text.RegularExpressions;
using BriefBuilder.Pdf.Layout;
using BriefBuilder.Pipeline;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// A brief with an editor's note (编者按), built to DOCX and PDF: the note comes after the title
/// and before the body, headed 编者按： in 黑体, its text in 楷体, in both outputs.
/// </summary>
public sealed class EditorNoteBuildTests : IDisposable
{
    readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    const string Note = "深圳的探索，对我市打造产业创新集群有借鉴意义。现将有关情况摘编如下，供参考。";

    string Brief => Path.Join(_ws.Content, "2024", "020.md");

    public EditorNoteBuildTests() =>
        _ws.Edit("2024/020.md", text => text.Replace("---\n\n近年来", $"---\n\n::: 编者按\n{Note}\n:::\n\n近年来"));

    [Fact]
    public void The_docx_sets_the_note_between_title_and_body_in_its_styles()
    {
        Assert.Equal(0, _ws.Build("docx").Exit);
        using var docx = ZipFile.OpenRead(_ws.Output("2024/020.docx"));
        var document = new StreamReader(docx.GetEntry("word/document.xml")!.Open()).ReadToEnd();
        var styles = new StreamReader(docx.GetEntry("word/styles.xml")!.Open()).ReadToEnd();

        // Paragraph styles in order, with the text of each paragraph.
        var paragraphs = Regex.Matches(document, @"<w:p>(.*?)</w:p>").Select(m => (
            Style: Regex.Match(m.Groups[1].Value, @"<w:pStyle w:val=""([^""]+)""").Groups[1].Value,
            Text: string.Concat(Regex.Matches(m.Groups[1].Value, @"<w:t[^>]*>([^<]*)</w:t>").Select(t => t.Groups[1].Value)))).ToList();
        var title = paragraphs.FindIndex(p => p.Style == "Title");
        Assert.Equal(("editor-note", "编者按：" + Note), paragraphs[title + 1]);
        Assert.StartsWith("近年来", paragraphs[title + 2].Text);
        Assert.Matches(@"<w:rStyle w:val=""editor-note-head"" /></w:rPr><w:t xml:space=""preserve"">编者按：</w:t>", document);
        // Word shows the styles by the names editors know; 楷体 for the note, 黑体 for its head.
        Assert.Matches(@"<w:style w:type=""paragraph"" w:styleId=""editor-note""><w:name w:val=""编者按"" />.*?w:eastAsia=""楷体_GB2312""", styles);
        Assert.Matches(@"<w:style w:type=""character"" w:styleId=""editor-note-head""><w:name w:val=""编者按标识"" />.*?w:eastAsia=""黑体""", styles);
    }

    [Fact]
    public void The_pdf_sets_the_note_below_the_title_and_above_the_body_in_kai_with_its_head_in_hei()
    {
        var pipeline = new BriefPipeline();
        var options = _ws.Options("pdf");
        var result = pipeline.Build(Brief, options, pipeline.Run(options.Formats, options.CacheFolder), BuildManifest.Load(options.OutDir), () => true);
        Assert.Equal(BriefStatus.Built, result.Status);

        var runs = result.Pages![0].Items.OfType<PlacedText>().ToList();
        var head = runs.Single(t => t.Text == "编者按：");
        var note = runs.First(t => t.Text.StartsWith("深圳的探索"));
        var title = runs.First(t => t.Text.StartsWith("深圳探索"));
        var body = runs.First(t => t.Text.StartsWith("近年来"));
        Assert.Equal(("Noto Sans CJK SC", "FandolKai"), (head.Face.Family, note.Face.Family));
        // One line: the head and the note's first characters share the baseline, one blank line below the title.
        Assert.Equal(head.Baseline, note.Baseline, 2);
        Assert.True(title.Baseline < head.Baseline && head.Baseline < body.Baseline, $"title {title.Baseline}, note {head.Baseline}, body {body.Baseline}");
        // The note is tagged as a paragraph of the document: a reader meets it between title and body.
        Assert.Equal("P", head.Tag?.Role);
        Assert.Same(head.Tag, note.Tag);
    }
}

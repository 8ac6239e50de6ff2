using System.IO.Compression;
using System.Text;
using BriefBuilder.Model;
using BriefBuilder.Source;
using BriefBuilder.Tests.Building;
using BriefBuilder.Tests.Numbering;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BriefBuilder.Tests.Import;

/// <summary>
/// brief import of hostile or odd articles (issue 17): what is no Word document, a zip bomb,
/// text boxes as Word saves them, hidden text, web pages with a doctype and '&gt;' in attributes,
/// thousands of unclosed tags. Each is read as Word or a browser shows it, or refused by name with
/// no brief written.
/// </summary>
public sealed class HostileImportTests : IDisposable
{
    private readonly Workspace _ws = new();
    public void Dispose() => _ws.Dispose();

    private string NewBrief => Path.Join(_ws.Content, "2024", "021.md");

    private Result Import(string file) => Workspace.Brief("import", file, "--date", "2024-06-17", "--content", _ws.Content);

    private void AssertRefused(Result result, string file, string message)
    {
        Assert.Equal(1, result.Exit);
        Assert.Contains($"{file}: error: {message}", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(File.Exists(NewBrief));
    }

    [Fact]
    public void A_docx_that_is_no_zip_is_refused_by_name()
    {
        var file = _ws.Write("article.docx", Encoding.UTF8.GetBytes("这不是Word文件。"));
        AssertRefused(Import(file), file, "cannot import the Word document: the file is no Word document: it is not a zip archive");
    }

    [Fact]
    public void A_docx_with_malformed_XML_is_refused_by_name()
    {
        var file = Docx("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>未闭合");
        AssertRefused(Import(file), file, "cannot import the Word document: the file is no Word document that can be read");
    }

    [Fact]
    public void A_docx_that_unpacks_to_far_more_than_an_article_is_refused_without_writing_a_brief()
    {
        var file = Path.Join(_ws.Root, "bomb.docx");
        using (var zip = ZipFile.Open(file, ZipArchiveMode.Create))
        {
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<w:p><w:r><w:t>苏州苏州苏州苏州</w:t></w:r></w:p>", 1000)));
            for (var i = 0; i < 100 << 20; i += chunk.Length) part.Write(chunk);
        }
        Assert.True(new FileInfo(file).Length < 1 << 20);

        AssertRefused(Import(file), file, "cannot import the Word document: it unpacks to more than a Word document of a brief ever holds (word/document.xml:");
    }

    [Fact]
    public void A_text_box_as_Word_saves_it_comes_once_and_hidden_text_not_at_all()
    {
        const string box = "<w:txbxContent><w:p><w:r><w:t>框中的话只出现一次。</w:t></w:r></w:p></w:txbxContent>";
        var file = Docx(Document(
            "<w:p><w:r><w:t>标题</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>正文第一段。</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的字。</w:t></w:r>"
            + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
            + $"<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
            + $"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
            + "<w:p><w:r><w:t>正文第二段。</w:t></w:r></w:p>"));

        var result = Import(file);

        Assert.True(result.Exit == 0, result.Stdout + result.Stderr);
        var text = File.ReadAllText(NewBrief);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "框中的话只出现一次"));
        Assert.DoesNotContain("隐藏的字", text);
        Assert.Contains("正文第一段。", text);
    }

    [Fact]
    public void A_web_page_takes_its_title_from_its_text_not_its_doctype_and_attributes_may_hold_a_bracket()
    {
        var file = _ws.Write("article.html", Encoding.UTF8.GetBytes(
            "<!DOCTYPE html>\n<?xml-stylesheet href=\"a.css\"?>\n<html><body><h1 title=\"a>b\" data-x='c>d'>深圳的启示</h1>\n"
            + "<p class=\"lead\">深圳近年来统一规划，先后打造了一批创新高地。</p></body></html>"));

        var result = Import(file);

        Assert.True(result.Exit == 0, result.Stdout + result.Stderr);
        var brief = BriefReader.Read(NewBrief);
        Assert.Equal("深圳的启示", brief.Front.Title);
        var body = string.Concat(brief.Body.OfType<Paragraph>().SelectMany(p => p.Spans).Select(s => s.Text));
        Assert.Equal("深圳近年来统一规划，先后打造了一批创新高地。", body);
    }

    /// <summary>50,000 unclosed nav tags: one pass over the page reads them (a search per tag took 90 s for 20,000).</summary>
    [Fact]
    public void Thousands_of_unclosed_tags_are_read_in_one_pass()
    {
        var page = "<p>深圳的启示</p><p>深圳近年来统一规划，先后打造了一批创新高地。</p>" + string.Concat(Enumerable.Repeat("<nav><div>菜单", 50_000));
        var file = _ws.Write("article.html", Encoding.UTF8.GetBytes(page));

        var result = Import(file);

        Assert.True(result.Exit == 0, result.Stdout + result.Stderr);
        Assert.DoesNotContain("菜单", File.ReadAllText(NewBrief));
    }

    [Fact]
    public void A_UTF16_text_file_is_said_to_be_UTF16()
    {
        var file = _ws.Write("article.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("深圳的启示\n正文。\n")]);
        AssertRefused(Import(file), file + ":1", "the file is UTF-16 text; save it as UTF-8");
    }

    private static string Document(string body) =>
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" xmlns:v=\"urn:schemas-microsoft-com:vml\" mc:Ignorable=\"wps\">"
        + $"<w:body>{body}</w:body></w:document>";

    /// <summary>A .docx made by the Open XML SDK whose main part is then replaced by <paramref name="xml"/>.</summary>
    private string Docx(string xml)
    {
        var file = Path.Join(_ws.Root, $"article-{Guid.NewGuid():N}.docx");
        using (var word = WordprocessingDocument.Create(file, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
            word.AddMainDocumentPart().Document = new W.Document(new W.Body(new W.Paragraph()));
        using (var zip = ZipFile.Open(file, ZipArchiveMode.Update))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var part = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            part.Write(xml);
        }
        return file;
    }
}

using System.IO.Compression;
using System.Xml.Linq;
using BriefBuilder.Source;
using BriefBuilder.Tests.Pdf;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Docx;

/// <summary>LibreOffice opens the seed briefs' DOCX, and keeps the closing block at the foot of the text block.</summary>
public sealed class LibreOfficeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("briefbuilder-docx-").FullName;

    private string WriteSeed(string name)
    {
        var path = Path.Combine(_dir, SeedBriefs.FileStem(name) + ".docx");
        File.WriteAllBytes(path, SeedBriefs.Docx(name));
        return path;
    }

    // One soffice call for all seeds keeps this fast; each PDF must exist and carry the brief's text,
    // so LibreOffice read the document rather than producing an empty page.
    [Fact]
    public void Every_seed_brief_converts_to_pdf()
    {
        var names = SeedBriefs.Seeds.Keys.Order(StringComparer.Ordinal).ToArray();
        var pdfs = LibreOffice.Convert("pdf", _dir, names.Select(WriteSeed).ToArray());
        foreach (var (name, pdf) in names.Zip(pdfs))
        {
            var (exit, text) = PdfTools.Run("pdftotext", pdf, "-");
            Assert.Equal(0, exit);
            var brief = BriefReader.ReadFrontMatter(SeedBriefs.SourcePath(name));
            Assert.Contains(SeedBriefs.Squeeze(brief.Title), SeedBriefs.Squeeze(text));
        }
    }

    // LibreOffice keeps a floating table inline when it thinks no text could wrap beside it;
    // then the closing block would follow the body instead of sitting at the bottom.
    [Fact]
    public void Closing_table_floats_at_the_bottom_of_the_text_area()
    {
        var odt = LibreOffice.Convert("odt", _dir, WriteSeed("2024/020.md")).Single();
        using var zip = ZipFile.OpenRead(odt);
        using var stream = zip.GetEntry("content.xml")!.Open();
        var content = XDocument.Load(stream);
        XNamespace draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
        XNamespace table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
        XNamespace style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

        var frame = Assert.Single(content.Descendants(draw + "frame"), f => f.Descendants(table + "table").Any());
        Assert.Contains("责任编辑：柴永鹏", frame.Value);
        var frameStyle = content.Descendants(style + "style")
            .Single(s => (string?)s.Attribute(style + "name") == (string?)frame.Attribute(draw + "style-name"))
            .Element(style + "graphic-properties")!;
        Assert.Equal("bottom", (string?)frameStyle.Attribute(style + "vertical-pos"));
        Assert.Equal("page-content", (string?)frameStyle.Attribute(style + "vertical-rel"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

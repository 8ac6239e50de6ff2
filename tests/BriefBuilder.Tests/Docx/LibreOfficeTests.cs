using System.IO.Compression;
using System.Xml.Linq;
using BriefBuilder.Docx;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Docx;

/// <summary>LibreOffice opens the brief, and keeps the closing block at the foot of the text block.</summary>
public sealed class LibreOfficeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("briefbuilder-docx-").FullName;

    private string WriteSample()
    {
        var path = Path.Combine(_dir, "brief.docx");
        using var file = File.Create(path);
        DocxWriter.Write(SampleBrief.Seed001(), HouseStyles.Zhuanbao, file);
        return path;
    }

    [Fact]
    public void Converts_to_pdf()
    {
        var pdf = LibreOffice.Convert(WriteSample(), "pdf", _dir);
        var head = new byte[5];
        using (var stream = File.OpenRead(pdf)) stream.ReadExactly(head);
        Assert.Equal("%PDF-"u8.ToArray(), head);
    }

    // LibreOffice keeps a floating table inline when it thinks no text could wrap beside it;
    // then the closing block would follow the body instead of sitting at the bottom.
    [Fact]
    public void Closing_table_floats_at_the_bottom_of_the_text_area()
    {
        var odt = LibreOffice.Convert(WriteSample(), "odt", _dir);
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

using System.IO.Compression;
using System.Xml.Linq;
using BriefBuilder.Tests.Pdf;
using BriefBuilder.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace BriefBuilder.Tests.Docx;

/// <summary>
/// Bold in the DOCX means what it means in the PDF: the house font emboldened, never another
/// face. The file marks bold with w:b and no font of its own; LibreOffice, standing in for Word
/// and WPS, then draws the bold words in the paragraph's own face, emboldened.
/// </summary>
public sealed class BoldInLibreOfficeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("briefbuilder-bold-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Bold = "一是加快建设科学平台集群";

    [Fact]
    public void Bold_runs_name_no_other_face_and_LibreOffice_draws_them_in_the_paragraphs_face()
    {
        var source = Path.Combine(_dir, "020.md");
        var text = File.ReadAllText(SeedBriefs.SourcePath("2024/020.md"));
        text = text.Replace("基础研究是科技创新的源头", $"**{Bold}**，基础研究是科技创新的源头")
            .Replace("# 一、建设协作共享的世界级科学平台集群", $"# 一、建设协作共享的世界级科学平台集群\n\n## （一）**{Bold}**");
        File.WriteAllText(source, text);
        var docx = Path.Combine(_dir, "020.docx");
        File.WriteAllBytes(docx, SeedBriefs.DocxOf(source));

        // In the file: the bold runs carry w:b and no w:rFonts, so they keep the paragraph style's fonts.
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        using (var zip = ZipFile.OpenRead(docx))
        using (var part = zip.GetEntry("word/document.xml")!.Open())
        {
            var runs = XDocument.Load(part).Descendants(w + "r").Where(r => r.Element(w + "rPr")?.Element(w + "b") is not null).ToList();
            Assert.Equal(2, runs.Count(r => r.Value == Bold));
            Assert.All(runs, r => Assert.Null(r.Element(w + "rPr")!.Element(w + "rFonts")));
        }

        // In LibreOffice's rendering: each bold word in its paragraph's face (仿宋 FandolFang, 楷体
        // FandolKai), the face of the regular words beside it, emboldened by stroking.
        var pdf = LibreOffice.Convert("pdf", _dir, docx).Single();
        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var joined = string.Concat(letters.Select(l => l.Value));
        var found = 0;
        foreach (var (face, after) in new[] { ("FandolFang", "，基础研究"), ("FandolKai", "") })
        {
            var at = joined.IndexOf(Bold + after, StringComparison.Ordinal);
            if (after == "") at = joined.IndexOf("（一）" + Bold, StringComparison.Ordinal) + 3;
            Assert.True(at >= 0, $"“{Bold}” is not in LibreOffice's PDF");
            var bold = letters.Skip(at).Take(Bold.Length).ToList();
            Assert.All(bold, l => Assert.Contains(face, l.FontName));
            Assert.All(bold, l => Assert.DoesNotContain("Bold", l.FontName));
            Assert.All(bold, l => Assert.Equal(TextRenderingMode.FillThenStroke, l.RenderingMode));
            found++;
        }
        Assert.Equal(2, found);
    }
}

using BriefBuilder.Tests.Support;
using Xunit.Abstractions;

namespace BriefBuilder.Tests.Pdf;

/// <summary>
/// Our seed PDFs opened by the readers people use: pdf.js (Firefox), MuPDF, poppler (most Linux
/// viewers) and Ghostscript. Each must read every page without a warning.
/// </summary>
public class ReaderTests(ITestOutputHelper output)
{
    public static TheoryData<string> Names => SeedBriefs.Names;

    [Theory]
    [MemberData(nameof(Names))]
    public void Pdfjs_opens_the_file_without_warnings_and_reads_the_XMP_title(string name)
    {
        var pdf = SeedPdfs.Get(name);
        var read = Clients.Pdfjs(pdf.Path);
        Assert.Empty(read.GetProperty("warnings").EnumerateArray());
        Assert.Equal(pdf.Document.Info.Title, read.GetProperty("title").GetString());
        Assert.Equal(pdf.Pages.Count, read.GetProperty("pages").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Mutool_draws_every_page_without_warnings(string name)
    {
        var pdf = SeedPdfs.Get(name);
        var (exit, said) = PdfTools.Run("mutool", "draw", "-q", "-r", "20", "-o", Path.Combine(PdfTools.OutputFolder, "mutool-%d.png"), pdf.Path);
        Assert.Equal(0, exit);
        // Debian's mutool is built without an ICC engine and says so for every file, ours or not.
        var lines = said.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l != "warning: ICC support is not available").ToList();
        Assert.Empty(lines);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Poppler_reads_info_fonts_text_and_pages_without_warnings(string name)
    {
        var pdf = SeedPdfs.Get(name);
        foreach (var run in new[]
        {
            new[] { "pdfinfo", pdf.Path },
            ["pdffonts", pdf.Path],
            ["pdftotext", pdf.Path, Path.Combine(PdfTools.OutputFolder, "poppler.txt")],
            ["pdftoppm", "-r", "20", "-png", pdf.Path, Path.Combine(PdfTools.OutputFolder, "poppler")],
        })
        {
            var (exit, said) = PdfTools.Run(run[0], run[1..]);
            Assert.True(exit == 0, said);
            Assert.DoesNotMatch("(?i)(syntax|internal) (warning|error)|^error", said);
        }
        var (_, info) = PdfTools.Run("pdfinfo", pdf.Path);
        Assert.Matches("PDF subtype: +PDF/X-4", info);
        Assert.Matches("Tagged: +yes", info);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Ghostscript_renders_every_page_silently(string name)
    {
        var (exit, said) = PdfTools.Run("gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=nullpage", SeedPdfs.Get(name).Path);
        Assert.True(exit == 0, said);
        Assert.Equal("", said.Trim());
    }

    /// <summary>
    /// Ghostscript's PDF/A-2 conversion treats our title as any title: Ghostscript 10.00 (Debian 12)
    /// drops every UTF-16 Info string when it writes PDF/A, whatever the file, and later versions
    /// keep them. The test converts a one-line PDF titled "Hello" in UTF-16 beside ours and holds
    /// ours to the same fate, so a loss that is ours, not Ghostscript's, fails it.
    /// </summary>
    [Fact]
    public void Ghostscript_PDFA_conversion_treats_our_title_as_any_UTF16_title()
    {
        var pdf = SeedPdfs.Get("2024/020.md");
        var (converted, said) = ToPdfA(pdf.Path, "gs-pdfa.pdf");
        output.WriteLine(said);
        var oursKept = PdfTools.Run("pdfinfo", converted).Output.Contains(pdf.Document.Info.Title);
        var hello = PdfTools.Save(MinimalPdfTitled("Hello"), "hello-utf16.pdf");
        var (helloConverted, _) = ToPdfA(hello, "hello-pdfa.pdf");
        var helloKept = PdfTools.Run("pdfinfo", helloConverted).Output.Contains("Hello");
        // Our title fares exactly as the plainest UTF-16 title does: kept where Ghostscript keeps
        // one, dropped (with its DOCINFO warning) where it drops every one, as 10.00 does.
        Assert.Equal(helloKept, oursKept);
        if (!oursKept) Assert.Contains("Text string detected in DOCINFO cannot be represented in XMP", said);
        // Everything else survives the conversion: the pages and their text.
        Assert.Contains("深圳", PdfTools.Run("pdftotext", converted, "-").Output);
    }

    static (string Path, string Said) ToPdfA(string pdf, string name)
    {
        var target = Path.Combine(PdfTools.OutputFolder, name);
        var (exit, said) = PdfTools.Run("gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-dPDFA=2", "-dPDFACompatibilityPolicy=1",
            "-sColorConversionStrategy=CMYK", "-sDEVICE=pdfwrite", $"-sOutputFile={target}", pdf);
        Assert.True(exit == 0, said);
        return (target, said);
    }

    /// <summary>A one-page PDF whose Info /Title is <paramref name="title"/> in UTF-16BE with a byte-order mark.</summary>
    static byte[] MinimalPdfTitled(string title)
    {
        string hex = "FEFF" + Convert.ToHexString(System.Text.Encoding.BigEndianUnicode.GetBytes(title));
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >>",
            $"<< /Title <{hex}> >>",
        ];
        var file = new System.Text.StringBuilder("%PDF-1.6\n");
        var offsets = new List<int>();
        for (int i = 0; i < objects.Length; i++)
        {
            offsets.Add(file.Length);
            file.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        int xref = file.Length;
        file.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) file.Append($"{o:D10} 00000 n \n");
        file.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(file.ToString());
    }
}

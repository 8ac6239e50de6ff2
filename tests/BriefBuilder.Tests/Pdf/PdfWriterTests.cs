using BriefBuilder.Pdf.Layout;
using BriefBuilder.Pdf.Writing;

namespace BriefBuilder.Tests.Pdf;

public class PdfWriterTests
{
    const double Width = 595.28, Height = 841.89, Left = 79.37;
    static readonly PdfInfo Info = new("深圳探索“生态融合型共享创新”新模式", "柴永鹏", "第9期（总第91期）", new DateOnly(2024, 4, 1), "领军参阅");

    // The first lines of a brief in each role, top to bottom; the texts pdftotext must give back.
    static readonly (string Text, string Role, double Size, bool Red, bool Bold)[] Lines =
    [
        ("本期专报：刘小涛书记、王颺秘书长", "fangsong", 16, false, false),
        ("领军参阅", "xiaobiaosong", 60, true, false),
        ("第9期（总第91期）", "fangsong", 16, false, false),
        ("市管重点新型智库", "kaiti", 14, true, false),
        ("深圳探索“生态融合型共享创新”新模式", "xiaobiaosong", 22, false, false),
        ("一、建设协作共享的世界级科学平台集群", "heiti", 16, false, false),
        ("（一）坚持“四个面向”", "kaiti", 16, false, false),
        ("1.加快建设国家实验室", "fangsong", 16, false, true),
        ("— 1 —", "songti", 14, false, false),
    ];

    static List<PlacedPage> SamplePages()
    {
        var items = new List<PlacedItem>();
        double baseline = 110;
        foreach (var (text, role, size, red, bold) in Lines)
        {
            baseline += Math.Max(size * 1.3, 28.95);
            items.AddRange(LineSetter.Line(text, role, size, Left, baseline, red ? TestFonts.Red : null, bold));
            if (role == "xiaobiaosong" && red)
            {
                // The masthead's thick-over-thin red rule.
                items.Add(new PlacedRule(Left, baseline + 12, 442.2, 2.25, TestFonts.Red));
                items.Add(new PlacedRule(Left, baseline + 15.75, 442.2, 0.75, TestFonts.Red));
            }
        }
        items.AddRange(LineSetter.Line("Liberation Serif: office 2024, fi", "latin", 16, Left, baseline + 40));
        return [new PlacedPage(1, items)];
    }

    static byte[] Write(IReadOnlyList<PlacedPage> pages)
    {
        using var output = new MemoryStream();
        PdfWriter.Write(pages, Info, TestFonts.Style.Print, Width, Height, output);
        return output.ToArray();
    }

    [Fact]
    public void Qpdf_finds_no_errors()
    {
        string path = PdfTools.Save(Write(SamplePages()), "sample.pdf");
        var (exit, output) = PdfTools.Run("qpdf", "--check", path);
        Assert.True(exit == 0, output);
        Assert.Contains("No syntax or stream encoding errors", output);
    }

    [Fact]
    public void Every_font_is_an_embedded_unicode_subset()
    {
        string path = PdfTools.Save(Write(SamplePages()), "fonts.pdf");
        var (exit, output) = PdfTools.Run("pdffonts", path);
        Assert.Equal(0, exit);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        // FandolFang, LXGW WenKai Light (颺), Noto Serif Bold, FandolKai, Noto Sans, FandolSong (the
        // folio's 一字线), Noto Serif CJK SC (the folio's digit), Liberation Serif.
        Assert.Equal(8, rows.Count);
        Assert.DoesNotContain("Type 3", output);
        foreach (var row in rows)
        {
            var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // name type… encoding emb sub uni object generation
            Assert.Matches("^[A-Z]{6}\\+", columns[0]);
            Assert.Equal(["yes", "yes", "yes"], columns[^5..^2]);
            Assert.Equal("Identity-H", columns[^6]);
        }
    }

    [Fact]
    public void Pdftotext_gives_back_exactly_the_text()
    {
        string path = PdfTools.Save(Write(SamplePages()), "text.pdf");
        // -raw: text in content order. The default mode re-flows by position and drops the
        // spaces of "— 1 —" (its gaps look like letter spacing to poppler), though they are there.
        var (exit, output) = PdfTools.Run("pdftotext", "-raw", "-enc", "UTF-8", path, "-");
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l != "\f").ToList();
        Assert.Equal([.. Lines.Select(l => l.Text), "Liberation Serif: office 2024, fi"], lines);
    }

    [Fact]
    public void Same_pages_give_the_same_bytes()
    {
        var first = Write(SamplePages());
        var second = Write(SamplePages());
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_different_page_gets_a_different_id()
    {
        static string Id(byte[] pdf) => System.Text.RegularExpressions.Regex.Match(System.Text.Encoding.Latin1.GetString(pdf), "/ID \\[<[0-9A-F]+> <([0-9A-F]+)>").Groups[1].Value;
        var other = new List<PlacedPage> { new(1, LineSetter.Line("王颺", "fangsong", 16, Left, 200).ToList<PlacedItem>()) };
        Assert.NotEqual(Id(Write(SamplePages())), Id(Write(other)));
    }

    [Fact]
    public void Flate_compression_is_deterministic_and_decodes_in_another_zlib()
    {
        var data = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("BT /F1 16 Tf [<0001> -12 <0002>] TJ ET\n", 500)));
        var first = PdfObjects.Deflate(data);
        // On another thread, after other data went through: nothing carries over from one stream to the next.
        var later = Task.Run(() => { PdfObjects.Deflate(System.Security.Cryptography.RandomNumberGenerator.GetBytes(100_000)); return PdfObjects.Deflate(data); }).Result;
        Assert.Equal(first, later);
        // Python's zlib, not ours, reads it back: the stream is standard zlib that any PDF reader inflates.
        var packed = PdfTools.Save(first, "flate.bin");
        var (exit, inflated) = PdfTools.Run("python3", "-c", $"import sys,zlib; sys.stdout.write(zlib.decompress(open('{packed}','rb').read()).decode())");
        Assert.Equal(0, exit);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(data), inflated);
    }

    [Fact]
    public void The_info_dictionary_carries_title_author_and_the_brief_date()
    {
        string path = PdfTools.Save(Write(SamplePages()), "info.pdf");
        var (_, output) = PdfTools.Run("pdfinfo", "-isodates", path);
        Assert.Contains("深圳探索“生态融合型共享创新”新模式", output);
        Assert.Contains("柴永鹏", output);
        Assert.Contains("第9期（总第91期）", output);
        Assert.Contains("2024-04-01", output);
        Assert.Matches("PDF version: +1.6", output); // the version PDF/X-4 is built on
        Assert.Matches("Page size: +595.28 x 841.89 pts", output);
    }
}

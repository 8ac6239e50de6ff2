using System.Globalization;
using System.Text.RegularExpressions;
using BriefBuilder.Tests.Docx;
using BriefBuilder.Tests.Pdf;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// A table too wide for the text block (tests/fixtures/tables/wide-table.md, nine columns, after the
/// two-page table of two-page-table.md) goes on a
/// landscape page, GB/T 9704-2012 §8 as docs/house-style.md decides it: in our PDF the page keeps the
/// A4 sheet's boxes with /Rotate 90 (pdfinfo), the folio where the sheet has it on every page; in
/// the DOCX a landscape section, which LibreOffice sets 297 × 210 mm with its caption and the folio
/// where our PDF shows it; the pages around it stay upright.
/// </summary>
public sealed partial class LandscapeTableTests : IDisposable
{
    readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    static string Fixture(string name) => File.ReadAllText(Repo.Path("tests", "fixtures", "tables", name));

    // 表2 right after 表1 (which runs over two pages): the landscape section starts after a table.
    public LandscapeTableTests() =>
        _ws.Edit("2024/020.md", text => text.Replace("\n\n深圳近年来统一规划", $"\n\n{Fixture("two-page-table.md")}\n{Fixture("wide-table.md")}\n深圳近年来统一规划"));

    (string Docx, string Pdf) Build()
    {
        var result = _ws.Build("all");
        Assert.True(result.Exit == 0, result.Stderr);
        return (_ws.Output("2024/020.docx"), _ws.Output("2024/020.pdf"));
    }

    /// <summary>The 1-based page whose text (spaces removed) holds the table's header and last row.</summary>
    static int TablePage(List<string> pages)
    {
        var page = pages.FindIndex(p => Squeeze(p).Contains("2016年") && Squeeze(p).Contains("1090.1"));
        Assert.True(page >= 0, "no page holds the table's header and last row");
        return page + 1;
    }

    static string Squeeze(string text) => Regex.Replace(text, @"\s", "");

    [GeneratedRegex(@"Page\s+(\d+)\s+(MediaBox|rot):\s+(.*)")]
    private static partial Regex PageBox();

    /// <summary>pdfinfo's MediaBox and rotation of every page.</summary>
    static Dictionary<int, (string MediaBox, string Rot)> Boxes(string pdf, int pages)
    {
        var (exit, output) = PdfTools.Run("pdfinfo", "-box", "-f", "1", "-l", $"{pages}", pdf);
        Assert.True(exit == 0, output);
        return PageBox().Matches(output).GroupBy(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => (string.Join(",", g.First(m => m.Groups[2].Value == "MediaBox").Groups[3].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
                g.First(m => m.Groups[2].Value == "rot").Groups[3].Value.Trim()));
    }

    /// <summary>The centre of the word <paramref name="word"/> on a page as poppler reads it (the page turned as shown).</summary>
    static (double X, double Y) Centre(string pdf, int page, string word)
    {
        var (exit, output) = PdfTools.Run("pdftotext", "-bbox", "-f", $"{page}", "-l", $"{page}", pdf, "-");
        Assert.True(exit == 0, output);
        var m = Regex.Matches(output, $@"xMin=""([\d.]+)"" yMin=""([\d.]+)"" xMax=""([\d.]+)"" yMax=""([\d.]+)"">{word}</word>").Last();
        double N(int i) => double.Parse(m.Groups[i].Value, CultureInfo.InvariantCulture);
        return ((N(1) + N(3)) / 2, (N(2) + N(4)) / 2);
    }

    [Fact]
    public void Our_pdf_turns_the_page_of_the_wide_table_and_keeps_the_folio_where_the_sheet_has_it()
    {
        var (_, pdf) = Build();
        var pages = PdfTools.PageTexts(pdf);
        var turned = TablePage(pages);
        Assert.Contains("表2苏州市各板块历年地区生产总值", Squeeze(pages[turned - 1]));
        Assert.Contains("深圳近年来统一规划", Squeeze(pages[turned])); // what follows, on the next page

        var boxes = Boxes(pdf, pages.Count);
        Assert.Equal(pages.Count, boxes.Count);
        // Every page is the A4 sheet; only the table's is shown turned, a quarter clockwise.
        Assert.All(boxes.Values, b => Assert.Equal("0.00,0.00,595.28,841.89", b.MediaBox));
        Assert.Equal([turned], boxes.Where(b => b.Value.Rot == "90").Select(b => b.Key));
        Assert.All(boxes.Where(b => b.Key != turned), b => Assert.Equal("0", b.Value.Rot));

        // The folio stands on the sheet where the folio of an upright page of the same parity does:
        // poppler shows the turned page turned, so the sheet's (x, y) is the shown page's (y, 841.89 − x).
        var (x, y) = Centre(pdf, turned, $"{turned}");
        var (ux, uy) = Centre(pdf, turned - 2, $"{turned - 2}");
        Assert.Equal(ux, y, 0.5);
        Assert.Equal(uy, 841.89 - x, 0.5);
    }

    [Fact]
    public void LibreOffice_sets_the_docx_table_on_a_landscape_page_with_its_caption_and_the_folio_where_our_pdf_has_it()
    {
        var (docx, pdf) = Build();
        var ours = PdfTools.PageTexts(pdf);
        var lo = LibreOffice.Convert("pdf", Path.Join(_ws.Root, "lo"), docx).Single();
        var pages = PdfTools.PageTexts(lo);
        var turned = TablePage(pages);
        Assert.Equal(TablePage(ours), turned);
        Assert.Contains("表2苏州市各板块历年地区生产总值", Squeeze(pages[turned - 1]));

        var boxes = Boxes(lo, pages.Count);
        Assert.Equal("0.00,0.00,841.89,595.30", boxes[turned].MediaBox);
        Assert.All(boxes.Where(b => b.Key != turned), b => Assert.Equal("0.00,0.00,595.30,841.89", b.Value.MediaBox));

        // The folio, turned with the sheet, where our PDF shows it (Word's text box vs our page: within 3 pt).
        var (x, y) = Centre(lo, turned, $"{turned}");
        var (ox, oy) = Centre(pdf, turned, $"{turned}");
        Assert.Equal(ox, x, 3.0);
        Assert.Equal(oy, y, 3.0);
    }
}

using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using BriefBuilder.Tests.Docx;
using BriefBuilder.Tests.Pdf;
using BriefBuilder.Tests.Support;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// A brief with a table of 48 rows that runs over two pages (tests/fixtures/tables/two-page-table.md),
/// built to DOCX and PDF and read by clients we did not write: pandoc and mammoth see a table,
/// LibreOffice sets the DOCX with the header repeated on the next page, and pdf.js finds the PDF's
/// Table of TR rows of TH and TD cells, the header drawn again on the next page as decoration only.
/// </summary>
public sealed class TableBuildTests : IDisposable
{
    readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    static readonly string Fixture = File.ReadAllText(Repo.Path("tests", "fixtures", "tables", "two-page-table.md"));

    static readonly string[] Header = ["序号", "板块", "地区生产总值（亿元）", "增长（%）", "说明"];

    public TableBuildTests() =>
        _ws.Edit("2024/020.md", text => text.Replace("\n\n深圳近年来统一规划", $"\n\n{Fixture}\n深圳近年来统一规划"));

    (string Docx, string Pdf) Build()
    {
        var result = _ws.Build("all");
        Assert.True(result.Exit == 0, result.Stderr);
        return (_ws.Output("2024/020.docx"), _ws.Output("2024/020.pdf"));
    }

    [Fact]
    public void The_docx_is_a_word_table_on_the_house_table_style_with_a_repeating_header_row()
    {
        var (docx, _) = Build();
        using var zip = ZipFile.OpenRead(docx);
        var document = new StreamReader(zip.GetEntry("word/document.xml")!.Open()).ReadToEnd();
        var styles = new StreamReader(zip.GetEntry("word/styles.xml")!.Open()).ReadToEnd();

        var table = Regex.Matches(document, "<w:tbl>.*?</w:tbl>").Select(m => m.Value).Single(t => !t.Contains("<w:tblpPr")); // the other is the closing block
        Assert.Contains("<w:tblStyle w:val=\"table\" />", table);
        var rows = Regex.Matches(table, "<w:tr>.*?</w:tr>").Select(m => m.Value).ToList();
        Assert.Equal(49, rows.Count);
        Assert.Contains("<w:tblHeader />", rows[0]);
        Assert.All(rows.Skip(1), r => Assert.DoesNotContain("<w:tblHeader", r));
        Assert.Matches(@"<w:style w:type=""table"" w:styleId=""table""><w:name w:val=""专报表格"" />.*?<w:tblBorders>", styles);
        // The caption stays with the table: a keep-with-next paragraph in the caption style just before it.
        Assert.Matches(@"<w:pStyle w:val=""table-caption"" /></w:pPr><w:r><w:t xml:space=""preserve"">表1 苏州市各板块地区生产总值（测试数据）</w:t></w:r></w:p><w:tbl>", document);
    }

    [Fact]
    public void Pandoc_reads_a_table_with_the_header_and_every_row()
    {
        var (docx, _) = Build();
        var (exit, stdout, stderr) = Tools.Run("pandoc", ["-f", "docx", "-t", "json", docx]);
        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        // The other table is the closing block (版记), a one-column layout table.
        var table = json.RootElement.GetProperty("blocks").EnumerateArray().Single(b => b.GetProperty("t").GetString() == "Table" && b.GetProperty("c")[2].GetArrayLength() == 5);
        // Table: attr, caption, column specs, head [attr, rows], bodies [[attr, n, head rows, rows]], foot; a row is [attr, cells].
        var head = table.GetProperty("c")[3][1];
        Assert.Equal(1, head.GetArrayLength());
        Assert.Equal(Header, head[0][1].EnumerateArray().Select(Text));
        var body = table.GetProperty("c")[4][0][3];
        Assert.Equal(48, body.GetArrayLength());
        Assert.Equal(["48", "姑苏区"], body[47][1].EnumerateArray().Take(2).Select(Text));
    }

    /// <summary>A pandoc cell's text: [attr, alignment, rows, columns, blocks], the blocks of Str and Space.</summary>
    static string Text(JsonElement cell) => string.Concat(cell[4].EnumerateArray()
        .SelectMany(b => b.GetProperty("c").EnumerateArray()).Select(i => i.GetProperty("t").GetString() == "Str" ? i.GetProperty("c").GetString() : " "));

    [Fact]
    public void Mammoth_gives_a_table_with_header_cells()
    {
        var (docx, _) = Build();
        var (exit, stdout, stderr) = Tools.Run("node", [Repo.Path("tests", "clients", "docx-to-html.js"), docx]);
        Assert.True(exit == 0, stderr);
        using var result = JsonDocument.Parse(stdout);
        var html = result.RootElement.GetProperty("html").GetString()!;
        var table = Regex.Match(html, "<table>.*?</table>").Value;
        Assert.Equal(Header, Regex.Matches(table, "<th>(?:<p>)?(.*?)(?:</p>)?</th>").Select(m => m.Groups[1].Value));
        Assert.Equal(48, Regex.Matches(table, "<tr>").Count - 1);
    }

    [Fact]
    public void LibreOffice_sets_the_docx_table_over_two_pages_with_the_header_repeated()
    {
        var (docx, _) = Build();
        var pdf = LibreOffice.Convert("pdf", Path.Join(_ws.Root, "lo"), docx).Single();
        AssertHeaderOnEveryPageOfTheTable(PdfTools.PageTexts(pdf));
    }

    [Fact]
    public void Our_pdf_sets_the_table_over_two_pages_with_the_header_repeated()
    {
        var (_, pdf) = Build();
        AssertHeaderOnEveryPageOfTheTable(PdfTools.PageTexts(pdf));
    }

    /// <summary>The first row and the last are on different pages, and every page from one to the other starts the table with its header.</summary>
    static void AssertHeaderOnEveryPageOfTheTable(List<string> pages)
    {
        var first = pages.FindIndex(p => p.Contains("1200.0")); // row 1
        var last = pages.FindLastIndex(p => p.Contains("1839.5")); // row 48
        Assert.True(last > first, $"the table's rows are on pages {first + 1} to {last + 1}");
        for (var page = first; page <= last; page++)
            Assert.True(HasHeader(pages[page]), $"page {page + 1} lacks the header:\n{pages[page]}");
    }

    /// <summary>
    /// Whether the text holds the header, from 序号 to 说明, each heading's characters in order: pdftotext
    /// reads a row's lines across the cells, so a heading set on two lines comes interleaved with the next.
    /// </summary>
    static bool HasHeader(string page)
    {
        var text = Regex.Replace(page, @"\s", "");
        var start = text.IndexOf(Header[0], StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf(Header[^1], start, StringComparison.Ordinal);
        if (end < 0) return false;
        var row = text[start..(end + Header[^1].Length)];
        return Header.All(h => IsSubsequence(h, row));
    }

    static bool IsSubsequence(string part, string whole)
    {
        var at = 0;
        foreach (var c in part)
            if ((at = whole.IndexOf(c, at) + 1) == 0) return false;
        return true;
    }

    [Fact]
    public void Pdfjs_finds_a_table_of_rows_of_header_and_data_cells_and_the_repeated_header_is_no_part_of_it()
    {
        var (_, pdf) = Build();
        var read = Clients.Pdfjs(pdf);
        Assert.Empty(read.GetProperty("warnings").EnumerateArray());
        var pages = read.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToList()).ToList();
        var withTable = pages.Where(r => r.Contains("Table")).ToList();
        Assert.True(withTable.Count >= 2, "the table's structure is on one page only");
        // Document order: Table, then a TR and its cells. The header's five TH are on its first page only.
        var start = withTable[0].IndexOf("Table");
        Assert.Equal(["Table", "TR", "TH", "TH", "TH", "TH", "TH", "TR", "TD"], withTable[0].Skip(start).Take(9));
        Assert.All(withTable.Skip(1), roles => Assert.DoesNotContain("TH", roles));
        Assert.All(withTable.Skip(1), roles => Assert.Contains("TD", roles));
    }

    [Fact]
    public void A_template_that_never_writes_the_table_fails_naming_the_table_and_the_template_line()
    {
        var template = Path.Join(_ws.Root, "templates", "zhuanbao", "brief.scriban");
        var text = File.ReadAllText(template);
        const string Branch = "{{ table \"table\" b }}\n";
        Assert.Contains(Branch, text);
        File.WriteAllText(template, text.Replace(Branch, ""));
        var line = File.ReadAllLines(template).ToList().FindIndex(l => l.Contains("paragraph \"table-caption\" b.caption")) + 1;
        var brief = Path.Join(_ws.Content, "2024", "020.md");
        var tableLine = File.ReadAllLines(brief).ToList().FindIndex(l => l.StartsWith("| 序号", StringComparison.Ordinal)) + 1;

        var result = _ws.Build("all");

        Assert.True(result.Exit == 1, result.Stderr);
        Assert.Contains($"{Path.GetRelativePath(Environment.CurrentDirectory, template)}:{line}: error: the table at {Path.GetRelativePath(Environment.CurrentDirectory, brief)}:{tableLine} (“表1 苏州市各板块地区生产总值（测试数据…”)", result.Stderr);
        Assert.Contains("is not in the template's output: no branch writes it", result.Stderr);
        Assert.False(File.Exists(_ws.Output("2024/020.pdf")));
    }
}

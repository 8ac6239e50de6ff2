using System.Text.Json;
using System.Text.RegularExpressions;
using BriefBuilder.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BriefBuilder.Tests.Serve;

/// <summary>
/// brief serve as a reader sees it in Chromium: the index, and a brief's pages against its PDF
/// (page count, each page's text against pdftotext, pixels against pdftoppm), click to source.
/// </summary>
[Collection("browser")]
public sealed class PreviewPagesTests(PreviewSession session, ITestOutputHelper output) : IClassFixture<PreviewSession>
{
    [Fact]
    public async Task The_index_lists_every_seed_brief_in_series_order()
    {
        var page = await session.Open("/");
        var rows = await page.Locator("[data-testid=brief]").AllInnerTextsAsync();
        Assert.Equal(3, rows.Count);
        Assert.Contains("第1期（总第52期）", rows[0]);
        Assert.Contains("第9期（总第91期）", rows[1]);
        Assert.Contains("第20期（总第102期）", rows[2]);
        Assert.Contains("2024-06-03", rows[2]);
        Assert.Contains("深圳探索“生态融合型共享创新”新模式", rows[2]);
        Assert.Equal(session.Url + "out/2024/020.pdf", await page.Locator("[data-key='2024/020'] a:text('PDF')").EvaluateAsync<string>("a => a.href"));

        using var http = new HttpClient();
        var briefs = JsonDocument.Parse(await http.GetStringAsync(session.Url + "api/briefs")).RootElement;
        Assert.Equal(["2023/001", "2024/009", "2024/020"], briefs.EnumerateArray().Select(b => b.GetProperty("key").GetString()));
        var b020 = briefs[2];
        Assert.Equal(20, b020.GetProperty("issue").GetInt32());
        Assert.Equal(102, b020.GetProperty("total").GetInt32());
        Assert.Equal(PdfPages("2024/020"), b020.GetProperty("pages").GetInt32());
        Assert.Equal(3, briefs[1].GetProperty("warnings").GetInt32());
        var pdf = await http.GetByteArrayAsync(session.Url + "out/2024/020.pdf");
        Assert.Equal(File.ReadAllBytes(session.Workspace.Output("2024/020.pdf")), pdf);
    }

    [Fact]
    public async Task A_brief_shows_the_pages_of_its_pdf_with_the_same_text()
    {
        var page = await session.OpenBrief("2024/020");
        var pages = page.Locator("[data-testid=page]");
        var count = PdfPages("2024/020");
        Assert.Equal(count, await pages.CountAsync());
        for (var i = 0; i < count; i++)
        {
            var shown = await pages.Nth(i).EvaluateAsync<string>("svg => [...svg.querySelectorAll('text')].map(t => t.textContent).join('')");
            var (_, pdftotext, _) = Tools.Run("pdftotext", ["-f", $"{i + 1}", "-l", $"{i + 1}", "-enc", "UTF-8", session.Workspace.Output("2024/020.pdf"), "-"]);
            Assert.Equal(Squeeze(pdftotext), Squeeze(shown));
        }
    }

    /// <summary>
    /// Page 1 and the last page of 2024/020, screenshot in Chromium at 150 dpi, against pdftoppm's
    /// rendering of the PDF at 150 dpi. Tolerance: a channel within 48 of 255 (poppler draws the
    /// PDF's CMYK through the output profile, K100 as a dark grey; the preview shows each colour's
    /// sRGB, black as black) and an edge one pixel off (two rasterisers anti-alias an edge into
    /// different pixels). The bound held: at most 1.5 % of the page's pixels differ (measured
    /// 2026-12-07: 0.89 % for page 1, 0.98 % for page 7, a full page of text).
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public async Task A_page_looks_as_poppler_draws_the_pdf(int which)
    {
        const int dpi = 150;
        // A viewport that holds the whole page: Chromium's capture of what lies below the fold came out shifted.
        var page = await session.OpenBrief("2024/020", height: 1900);
        var pages = page.Locator("[data-testid=page]");
        var number = which > 0 ? which : await pages.CountAsync();
        // 150 dpi by the preview's own zoom, the page alone at the top (no margin, the others hidden),
        // so that it starts on a whole pixel as pdftoppm's image does.
        await page.Locator("#pages").EvaluateAsync($$"""
            p => {
              p.style.setProperty('--zoom', '{{dpi / 96.0}}');
              p.style.padding = '0';
              p.querySelectorAll('.frame').forEach((f, i) => { f.style.margin = '0'; f.style.display = i === {{number - 1}} ? '' : 'none'; });
            }
            """);
        var box = (await pages.Nth(number - 1).BoundingBoxAsync())!;
        // Whole pixels only: the page is 1240.2 × 1753.9 px, its last part-covered row and column blend with the desk.
        var shot = await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Clip = new Clip { X = box.X, Y = box.Y, Width = MathF.Floor(box.Width), Height = MathF.Floor(box.Height) },
            Animations = ScreenshotAnimations.Disabled,
        });
        var png = Path.Combine(session.Workspace.Root, $"poppler-{number}");
        Tools.Run("pdftoppm", ["-r", $"{dpi}", "-f", $"{number}", "-l", $"{number}", "-singlefile", "-png", session.Workspace.Output("2024/020.pdf"), png]);
        // Kept for a person to look at, side by side.
        var kept = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "briefbuilder-serve-shots")).FullName;
        File.WriteAllBytes(Path.Combine(kept, $"020-{number}-preview.png"), shot);
        File.Copy(png + ".png", Path.Combine(kept, $"020-{number}-pdftoppm.png"), overwrite: true);
        var result = await PixelComparison.Compare(page, shot, File.ReadAllBytes(png + ".png"), tolerance: 48);
        output.WriteLine($"page {number}: preview {result.SizeA}, pdftoppm {result.SizeB}, {result.Differing} of {result.Width * result.Height} pixels differ ({result.Share:P3}); kept in {kept}");
        Assert.Equal((1240, 1753), (result.Width, result.Height));
        Assert.True(result.Share <= 0.015, $"{result.Share:P3} of the pixels differ");
    }

    [Fact]
    public async Task Clicking_a_paragraph_gives_its_file_and_line()
    {
        var page = await session.OpenBrief("2024/020");
        var source = File.ReadAllLines(Path.Combine(session.Workspace.Content, "2024", "020.md"));
        // A body paragraph on page 2: its first characters say which line of the source holds it.
        var paragraph = page.Locator("[data-testid=page]").Nth(1).Locator("g[data-line]").Nth(2);
        var text = await paragraph.EvaluateAsync<string>("g => [...g.querySelectorAll('text')].map(t => t.textContent).join('')");
        var line = Array.FindIndex(source, l => l.Contains(text[..8], StringComparison.Ordinal)) + 1;
        Assert.True(line > 0, $"'{text[..8]}' is not in the source");
        await paragraph.Locator("text").First.ClickAsync();
        var shown = await page.Locator("[data-testid=source]").InnerTextAsync();
        Assert.EndsWith($"2024/020.md:{line}", shown);
        Assert.Equal($"{line}", await paragraph.GetAttributeAsync("data-line"));
    }

    [Fact]
    public async Task Clicking_a_finding_shows_its_paragraph()
    {
        var page = await session.OpenBrief("2024/009");
        var findings = page.Locator("[data-testid=finding]");
        Assert.Equal(3, await findings.CountAsync());
        var at = int.Parse(await findings.Last.GetAttributeAsync("data-at") ?? "0");
        // The flash lasts 1.5 s, less than a loaded machine may take between two polls of the page:
        // the first paragraph to flash is caught as it happens, and looked at afterwards.
        await page.EvaluateAsync("""
            () => new MutationObserver((changes, observer) => {
                const g = changes.map(c => c.target).find(t => t.classList.contains('flash'));
                if (g) { window.flashed = g; observer.disconnect(); }
            }).observe(document.getElementById('pages'), { subtree: true, attributeFilter: ['class'] })
            """);
        await findings.Last.ClickAsync();
        var flashed = (await page.WaitForFunctionAsync("() => window.flashed")).AsElement()!;
        var line = int.Parse(await flashed.GetAttributeAsync("data-line") ?? "0");
        Assert.InRange(line, 1, at);
        var box = await flashed.BoundingBoxAsync();
        var view = await page.Locator("#pages").BoundingBoxAsync();
        Assert.True(box!.Y >= view!.Y && box.Y + box.Height <= view.Y + view.Height, "the paragraph is scrolled into view");
        Assert.EndsWith($"2024/009.md:{line}", await page.Locator("[data-testid=source]").InnerTextAsync());
    }

    [Fact]
    public async Task Zoom_scales_every_page()
    {
        var page = await session.OpenBrief("2024/020");
        var first = page.Locator("[data-testid=page]").First;
        var before = (await first.BoundingBoxAsync())!.Width;
        await page.SelectOptionAsync("#zoom", "1.5");
        var after = (await first.BoundingBoxAsync())!.Width;
        Assert.Equal(before * 1.5, after, 1.0);
        Assert.Equal(595.28 * 96 / 72, before, 1.0);
    }

    int PdfPages(string key)
    {
        var (_, info, _) = Tools.Run("pdfinfo", [session.Workspace.Output(key + ".pdf")]);
        return int.Parse(Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value);
    }

    static string Squeeze(string text) => Regex.Replace(text, @"\s+", "");
}

using System.Diagnostics;
using BriefBuilder.Pdf.Fonts;
using BriefBuilder.Pdf.Layout;
using BriefBuilder.Pdf.Writing;
using Xunit.Abstractions;

namespace BriefBuilder.Tests.Pdf;

public class PdfSizeTests(ITestOutputHelper output)
{
    const double Left = 79.37, Top = 104.88, Pitch = 15.79, LinePitch = 28.95;

    /// <summary>The body text of seed 001 (the 王颺 brief), without its empty lines.</summary>
    static string SeedText()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seed = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(seed))
                return string.Concat(File.ReadAllLines(Directory.GetFiles(seed, "001_*.txt").Single()).Select(l => l.Trim()));
        }
        throw new DirectoryNotFoundException("seeds/ not found above the test folder");
    }

    /// <summary>Four full pages of 22 × 28 characters on the grid, as the brief's body sets them.</summary>
    static List<PlacedPage> FourPages()
    {
        var text = SeedText();
        var pages = new List<PlacedPage>();
        int at = 0;
        for (int p = 1; p <= 4; p++)
        {
            var items = new List<PlacedItem>();
            for (int line = 0; line < 22 && at < text.Length; line++, at += 28)
            {
                var glyphs = TestFonts.Set.Shape(text.Substring(at, Math.Min(28, text.Length - at)), "fangsong", 16);
                double baseline = Top + (line + 1) * LinePitch - 8;
                // One PlacedText per face, each glyph on its grid cell.
                foreach (var run in glyphs.Select((g, k) => (g, k)).GroupBy(x => x.g.Face).ToList())
                    items.Add(new PlacedText(baseline, run.Key, 16, TestFonts.Black, 0,
                        run.Select(x => new PlacedGlyph(x.g.GlyphId, Left + x.k * Pitch, x.g.YOffset, x.g.Text)).ToList()));
            }
            pages.Add(new PlacedPage(p, items));
        }
        return pages;
    }

    /// <summary>
    /// Four full pages of almost all different characters, the worst case, with everything a
    /// print-ready file carries. Fonts and pages stay under the 250 KB target (227 KB); the
    /// FOGRA39 output profile adds 23 KB compressed and XMP, output intents and structure 3 KB,
    /// so the whole comes to about 254 KB. The profile cannot shrink further and stay a valid ICC
    /// output profile: its B2A tables are required (an A2B-only profile is 14 KB but not conforming).
    /// </summary>
    [Fact]
    public void Four_pages_of_Chinese_with_the_print_profile_stay_under_256_KB()
    {
        var pages = FourPages();
        using var pdf = new MemoryStream();
        var clock = Stopwatch.StartNew();
        PdfWriter.Write(pages, new PdfInfo("size", "test", "size", new DateOnly(2024, 6, 3)), TestFonts.Style.Print, 595.28, 841.89, pdf, SubsetCache.None, out var sizes);
        clock.Stop();
        PdfTools.Save(pdf.ToArray(), "four-pages.pdf");

        foreach (var s in sizes) output.WriteLine($"{s.Face}: subset {s.Bytes / 1024.0:F1} KB");
        output.WriteLine($"file {pdf.Length / 1024.0:F1} KB, written in {clock.ElapsedMilliseconds} ms");
        var profile = PdfObjects.Deflate(TestFonts.Style.Print.Profile).Length;
        output.WriteLine($"of which the print profile {profile / 1024.0:F1} KB");
        Assert.True(pdf.Length - profile < 250 * 1024, $"four pages take {pdf.Length - profile} bytes besides the profile");
        Assert.True(pdf.Length < 256 * 1024, $"four pages take {pdf.Length} bytes");
        var (exit, check) = PdfTools.Run("qpdf", "--check", Path.Combine(PdfTools.OutputFolder, "four-pages.pdf"));
        Assert.True(exit == 0, check);
    }
}

using BriefBuilder.Model;
using BriefBuilder.Tests.Support;
using Xunit.Abstractions;
using static BriefBuilder.Tests.Pdf.TestLayout;

namespace BriefBuilder.Tests.Pdf;

/// <summary>
/// Our page breaks against the printed originals'. A seed paragraph that stops mid-sentence and
/// goes on after a blank line was cut by a page break of the original (seeds/README.md). Each
/// such cut is a character offset in the seed's text; pdftotext gives our PDF's text page by
/// page, so our page breaks are offsets in the same text, and the two can be compared.
/// Distances count characters as the grid does: a Chinese character or mark one, a half-width
/// letter or digit half, so that one line is 28 whatever figures it holds (a line with six
/// digits holds 31 characters).
/// </summary>
public class PageCutTests(ITestOutputHelper output)
{
    /// <summary>One line of the grid in characters: the bound the issue sets for every cut.</summary>
    const int OneLine = 28;

    [Fact]
    public void Every_page_cut_of_the_originals_is_within_one_line_of_ours()
    {
        var all = new List<(string Seed, int Cut, double Distance)>();
        foreach (var name in SeedBriefs.Seeds.Keys.Order(StringComparer.Ordinal))
        {
            var breaks = PageBreaks(SeedPdfs.Get(name).Path);
            var text = SeedBriefs.ExpectedText(name);
            foreach (var cut in SeedBriefs.Cuts(name))
            {
                var nearest = breaks.MinBy(b => Math.Abs(b - cut.Offset));
                var between = text[Math.Min(nearest, cut.Offset)..Math.Max(nearest, cut.Offset)];
                var distance = between.Sum(c => CharClass.IsWide(c) ? 1.0 : 0.5);
                output.WriteLine($"{name} cut after “…{cut.Before}” | “{cut.After}…”: our nearest page break is {distance:0.#} characters ({between.Length} letters) {(nearest < cut.Offset ? "before" : "after")} it");
                all.Add((name, cut.Offset, distance));
            }
        }
        // 000 has 8 cuts, 001 and 002 three each (seeds/README.md, issue 8).
        Assert.Equal(14, all.Count);
        Assert.All(all, c => Assert.True(c.Distance <= OneLine, $"{c.Seed}: the cut at character {c.Cut} is {c.Distance} characters from our nearest page break"));
    }

    [Theory]
    [InlineData("2024/020.md", 8)] // seed 001: a one-line title
    [InlineData("2024/009.md", 6)] // seed 002: the page ends before a two-line heading
    [InlineData("2023/001.md", 5)] // seed 000: title and subtitle
    public void Page_one_holds_as_many_body_lines_as_the_original(string name, int original)
    {
        var pdf = SeedPdfs.Get(name);
        var first = pdf.Document.Flow.OfType<LayoutParagraph>().First(p => p.Style == "body").Text[..6];
        var lines = TextLines(pdf.Pages[0]);
        var start = lines.FindIndex(l => l.Text.StartsWith(first, StringComparison.Ordinal));
        Assert.True(start >= 0, $"the body's first line is not on page 1 of {name}");
        var count = lines.Count - start;
        output.WriteLine($"{name}: page 1 holds {count} body lines; the original held about {original}");
        Assert.InRange(count, original - 1, original + 1);
    }

    /// <summary>Offsets, in the PDF's text without whitespace, where each page after the first begins.</summary>
    static List<int> PageBreaks(string pdf)
    {
        var pages = PdfTools.PageTexts(pdf);
        var breaks = new List<int>();
        var offset = 0;
        foreach (var page in pages[..^1])
            breaks.Add(offset += SeedBriefs.Squeeze(page).Length);
        return breaks;
    }
}

using System.Text.RegularExpressions;
using BriefBuilder.Model;
using BriefBuilder.Pdf.Layout;
using BriefBuilder.Tests.Docx;
using BriefBuilder.Tests.Pdf;
using BriefBuilder.Tests.Support;
using Xunit.Abstractions;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// Editors trim to whole pages: <c>brief build</c> prints, for each brief, its pages, the lines on
/// the last, and how many lines to cut for it to end a page earlier. Checked against the PDF it
/// wrote (pages and lines read back with PdfPig) and against the brief laid out with those lines
/// really gone.
/// </summary>
public sealed partial class PageReportTests(ITestOutputHelper output) : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [GeneratedRegex(@"^(?<brief>\S+\.md): (?<pages>\d+) pages, (?<last>\d+) lines on the last; (?<cut>\d+) lines? less \(about (?<chars>\d+) characters\) would end it on page (?<earlier>\d+)$", RegexOptions.Multiline)]
    private static partial Regex Report();

    [Fact]
    public void Build_prints_each_briefs_pages_last_lines_and_lines_to_cut_and_they_hold()
    {
        var result = Workspace.Brief("build", _ws.Content, "-o", _ws.Out);
        Assert.True(result.Exit == 0, result.Stderr);
        output.WriteLine(result.Stdout);
        var reports = Report().Matches(result.Stdout).ToDictionary(m => Path.GetRelativePath(_ws.Content, m.Groups["brief"].Value).Replace('\\', '/'));
        Assert.Equal(SeedBriefs.Seeds.Keys.Order(StringComparer.Ordinal), reports.Keys.Order(StringComparer.Ordinal));

        foreach (var (name, report) in reports)
        {
            int Number(string group) => int.Parse(report.Groups[group].Value);
            var pdf = PdfLines.Read(Path.ChangeExtension(Path.Join(_ws.Out, name), ".pdf"));
            Assert.Equal(pdf.Count, Number("pages"));
            Assert.Equal(Number("pages") - 1, Number("earlier"));
            // The last page's lines: all it holds but the closing block's two rows.
            Assert.Equal(pdf[^1].Count - 2, Number("last"));
            Assert.Equal(Number("cut") * TestFonts.Style.Grid.CharsPerLine, Number("chars"));

            // Cut that many lines from the end of the body and the brief ends a page sooner; one fewer does not.
            var cut = Number("cut");
            Assert.Equal(Number("pages") - 1, PagesWithout(name, cut));
            Assert.Equal(Number("pages"), PagesWithout(name, cut - 1));
        }

        // A second build skips every brief and still reports the same.
        var again = Workspace.Brief("build", _ws.Content, "-o", _ws.Out);
        Assert.Contains("built 0, skipped 3", again.Stdout);
        Assert.Equal(reports.Values.Select(m => m.Value), Report().Matches(again.Stdout).Select(m => m.Value));
    }

    /// <summary>Pages of the seed brief laid out with the text of its body's last <paramref name="lines"/> lines taken out.</summary>
    private static int PagesWithout(string name, int lines)
    {
        var document = SeedBriefs.Layout(name, out var style);
        var measurer = new BlockMeasurer(style, TestFonts.Set);
        var flow = document.Flow.ToList();
        while (lines > 0)
        {
            var last = (LayoutParagraph)flow[^1];
            var set = measurer.Lines(last).ToList();
            if (set.Count <= lines)
            {
                flow.RemoveAt(flow.Count - 1);
                lines -= set.Count;
                continue;
            }
            var keep = set.Take(set.Count - lines).Sum(l => l.Text.Length);
            flow[^1] = last with { Runs = [new LayoutRun(last.Text[..keep])] };
            lines = 0;
        }
        return new LayoutEngine(style, TestFonts.Set).Layout(document with { Flow = flow }).Count;
    }
}

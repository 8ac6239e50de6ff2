using BriefBuilder.Pipeline;
using BriefBuilder.Cli.Building;
using BriefBuilder.Model;

namespace BriefBuilder.Tests.Building;

/// <summary>
/// Regression tests of issue 11 on style.yaml, driving <c>brief build</c> in-process: a value
/// that layout or a writer cannot use is a message at its line (it was a hang, NaN in the PDF,
/// clipped text or an exception deep in a writer), and one brief's failure is that brief's alone.
/// </summary>
public sealed class StyleDefectTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private string StyleFile => Path.Join(_ws.Root, "templates", "zhuanbao", "style.yaml");

    // Defects 7 and 8.
    [Theory]
    [InlineData("  top: 37mm", "  top: 300mm", "the margins leave no text block: top + bottom (949.61pt) must be less than the height (841.89pt)")]
    [InlineData("  left: 28mm", "  left: -28mm", "'left' must be a length above zero, not '-28mm'")]
    [InlineData("  right: 26mm", "  right: 190mm", "the margins leave no text block: left + right (617.95pt) must be less than the width (595.28pt)")]
    [InlineData("  line_pitch: 28.95pt", "  line_pitch: 0pt", "'line_pitch' must be a length above zero, not '0pt'")]
    [InlineData("  line_pitch: 28.95pt", "  line_pitch: 40pt", "22 lines 40pt apart need 880pt, more than the text block's height (637.8pt)")]
    [InlineData("  lines: 22", "  lines: 0", "'lines' must be the number of body lines on a page, like 22, not '0'")]
    [InlineData("    strokes: [0.35mm]", "    strokes: [0.35mm, 0.35mm, 0.35mm]", "a rule has one or two strokes (a Word border is single or double), not 3")]
    [InlineData("    strokes: [0.35mm]", "    strokes: [-1pt]", "a stroke is a length above zero like 0.35mm, or { gap: 1.5pt, thickness: 0.75pt } with a gap of zero or more")]
    [InlineData("    docx: Normal", "    docx: Body Text", "exactly one paragraph style must be 'docx: Normal', the style Word gives text with no other")]
    [InlineData("    indent: 2", "    indent: -4", "'indent' must be zero or more characters, not -4")]
    [InlineData("    size: 三号", "    size: 0pt", "'size' must be a length above zero, not '0pt'")]
    [InlineData("    size: 三号", "    size: 700pt", "'size' (700pt) is more than the text block's height (637.8pt): a line would fit on no page")]
    public void A_style_value_that_cannot_be_laid_out_is_an_error_at_its_line(string from, string to, string message)
    {
        var lines = File.ReadAllLines(StyleFile);
        var at = Array.FindIndex(lines, l => l == from || l.StartsWith(from + " ", StringComparison.Ordinal));
        Assert.True(at >= 0, $"no line '{from}' in style.yaml");
        lines[at] = to;
        File.WriteAllLines(StyleFile, lines);
        // A missing Normal style is reported where the paragraph styles start.
        var line = to == "    docx: Body Text" ? Array.FindIndex(lines, l => l.StartsWith("paragraphs:")) + 1 : at + 1;

        var result = _ws.Build("all");

        Assert.Equal(1, result.Exit);
        var errors = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        Assert.Equal([$"{Path.GetRelativePath(Environment.CurrentDirectory, StyleFile)}:{line}: error: {message}"], errors);
        Assert.False(Directory.Exists(_ws.Out) && Directory.EnumerateFiles(_ws.Out, "*.pdf", SearchOption.AllDirectories).Any());
    }

    // Defect 8: an exception a writer threw for one brief ended the whole run with a stack trace.
    [Fact]
    public void A_writer_failing_on_one_brief_fails_that_brief_alone()
    {
        var failing = new OutputFormat(".txt", UsesFonts: false, (_, document, output) =>
        {
            if (document.Info.Subject.StartsWith("第9期")) throw new InvalidOperationException("the writer broke");
            output.Write("written"u8);
            return null;
        });
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        var exit = GatedBuild.Run(new BriefPipeline(), [_ws.Content], new BuildOptions(_ws.Out, [failing]), stdout, stderr);

        Assert.Equal(1, exit);
        Assert.Equal($"{Path.GetRelativePath(Environment.CurrentDirectory, Path.Join(_ws.Content, "2024", "009.md"))}: error: the build failed (InvalidOperationException: the writer broke); this is a bug of brief, please report it with the brief",
            stderr.ToString().Trim());
        Assert.Contains("built 2, skipped 0, failed 1", stdout.ToString());
        Assert.True(File.Exists(_ws.Output("2023/001.txt")));
        Assert.True(File.Exists(_ws.Output("2024/020.txt")));
        Assert.False(File.Exists(_ws.Output("2024/009.txt")));
    }

    // Defect 7: whatever the geometry, pagination ends; here no line fits the text block at all.
    [Fact]
    public void Pagination_ends_when_no_line_fits_the_text_block()
    {
        var style = Pdf.TestLayout.Style;
        var cramped = style with { Page = style.Page with { Top = style.Page.Height - style.Page.Bottom - 5 } };

        var pages = new BriefBuilder.Pdf.Layout.LayoutEngine(cramped, Pdf.TestFonts.Set).Layout(new LayoutDocument(
            new DocumentInfo("t", "a", "s", new DateOnly(2024, 1, 1)),
            [Pdf.TestLayout.Paragraph("一行。"), Pdf.TestLayout.Lines('甲', 3)], []));

        // One line a page: the three-line paragraph cannot keep two lines together anywhere.
        Assert.Equal(4, pages.Count(p => p.Items.OfType<BriefBuilder.Pdf.Layout.PlacedText>().Any(t => t.Glyphs.Any(g => g.Text is "一" or "甲"))));
    }
}

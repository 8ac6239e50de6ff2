using System.Text.RegularExpressions;

namespace BriefBuilder.Tests.Conformance;

/// <summary>
/// The parts of a brief that GB/T 9704-2012 places, found on its printed pages: the text block
/// (版心) where a full page of body text puts it, the head of page 1, the closing block (版记) of
/// the last page, the folios. Lengths in millimetres from the sheet's top-left corner.
/// </summary>
sealed partial class Sheets(PrintedPdf pdf)
{
    /// <summary>
    /// The standard's text block on the sheet (5.2.1): 37 mm down, 28 mm in, 156 × 225 mm. The
    /// clauses that place a part from the text block's edges measure from these; 5.2.1 and 6.1
    /// measure where the text itself lies.
    /// </summary>
    public const double StandardTop = 37, StandardLeft = 28, StandardWidth = 156, StandardHeight = 225;
    public const double StandardRight = StandardLeft + StandardWidth, StandardBottom = StandardTop + StandardHeight;
    public const double StandardCentre = StandardLeft + StandardWidth / 2;

    public PrintedPdf Pdf => pdf;

    /// <summary>The body type: 三号, 16 pt.</summary>
    public const double BodySize = 16;

    public PrintedPage First => pdf.Pages[0];
    public PrintedPage Last => pdf.Pages[^1];

    /// <summary>A folio's line: "—2—" once the spaces are left out.</summary>
    public static bool IsFolio(TextLine line) => Folio().IsMatch(line.Text);

    [GeneratedRegex(@"^—\d+—$")]
    private static partial Regex Folio();

    /// <summary>A page's lines that are not its folio.</summary>
    public static List<TextLine> Text(PrintedPage page) => page.Lines.Where(l => !IsFolio(l)).ToList();

    public static TextLine? FolioOf(PrintedPage page) => page.Lines.FirstOrDefault(IsFolio);

    /// <summary>Page 2: the first page of body text only, full unless the brief ends on it.</summary>
    public PrintedPage BodyPage => pdf.Pages[1];

    /// <summary>Baseline to baseline on a page of body text.</summary>
    public double Pitch
    {
        get
        {
            var lines = Text(BodyPage);
            var steps = lines.Zip(lines.Skip(1), (a, b) => b.Baseline - a.Baseline).Order().ToList();
            return steps[steps.Count / 2];
        }
    }

    /// <summary>What a line of body type leaves above and below its frame within its line of the grid.</summary>
    public double HalfLeading => (Pitch - BodySize * PrintedPdf.MmPerPoint) / 2;

    /// <summary>The text block's top edge: the first body line's line box top (its frame's top less the half leading).</summary>
    public double Top(PrintedPage page) => Text(page)[0].FrameTop - HalfLeading;

    /// <summary>The text block's bottom edge: the last body line's line box bottom.</summary>
    public double Bottom(PrintedPage page) => Text(page).Where(l => Math.Abs(l.Size - BodySize) < 0.5).Last().FrameBottom + HalfLeading;

    /// <summary>The text block's left edge: where lines that are not indented start.</summary>
    public static double Left(PrintedPage page) => Text(page).Min(l => l.Left);

    /// <summary>The text block's right edge: where full lines' ink ends.</summary>
    public static double Right(PrintedPage page) => Text(page).Max(l => l.InkRight);

    /// <summary>Where the text of a full page lies: the measured text block.</summary>
    public double BlockTop => Top(BodyPage);
    public double BlockBottom => Bottom(BodyPage);
    public double BlockLeft => Left(BodyPage);
    public double BlockRight => Right(BodyPage);

    public TextLine Line(PrintedPage page, string text) =>
        page.Lines.FirstOrDefault(l => l.Text.Contains(text, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"“{text}” is on no line of page {page.Number}");

    public TextLine Masthead => Line(First, "领军参阅");
    public TextLine Number => Line(First, "期（总第");
    public TextLine Dateline => Line(First, "主办");

    /// <summary>The red rule under the number block: its strokes, top to bottom.</summary>
    public List<Rule> RedRule => First.Rules.Where(r => r.Top > Dateline.Baseline && r.Width > 100).ToList();

    /// <summary>The title's lines: 二号 type below the red rule.</summary>
    public List<TextLine> Title => First.Lines.Where(l => l.Baseline > RedRule[^1].Bottom && Math.Abs(l.Size - 22) < 0.5).ToList();

    /// <summary>The line after the title: the subtitle, or the first line of the body.</summary>
    public TextLine AfterTitle => First.Lines.First(l => l.Baseline > Title[^1].Baseline);

    /// <summary>The closing block's rules (black, the last page's) and rows.</summary>
    public List<Rule> ClosingRules => Last.Rules.Where(r => r.Width > 100).ToList();
    public TextLine EditorRow => Line(Last, "责任编辑");
    public TextLine AddressRow => Line(Last, "地址");

    /// <summary>The top of a line's line box on the grid: its frame centred in a line of the grid.</summary>
    public double BoxTop(TextLine line) => line.FrameTop - (Pitch - line.SizeMm) / 2;

    public double BoxBottom(TextLine line) => line.FrameBottom + (Pitch - line.SizeMm) / 2;
}

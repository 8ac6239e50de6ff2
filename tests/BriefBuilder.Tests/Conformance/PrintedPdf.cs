using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Colors;

namespace BriefBuilder.Tests.Conformance;

/// <summary>
/// A PDF as a ruler on the printed sheet sees it, whoever drew it (our writer or LibreOffice):
/// lines of text and horizontal rules, every length in millimetres from the sheet's top-left
/// corner. A line's characters are measured by their frame (字身): the ideographic em box, 0.88 em
/// above the baseline and 0.12 em below, as the fonts of every house role define it.
/// </summary>
sealed class PrintedPdf
{
    public const double MmPerPoint = 25.4 / 72;

    public required double Width { get; init; }
    public required double Height { get; init; }
    public required IReadOnlyList<PrintedPage> Pages { get; init; }

    public static PrintedPdf Read(string path)
    {
        using var document = PdfDocument.Open(path);
        var pages = document.GetPages().Select(PrintedPage.Of).ToList();
        var first = document.GetPage(1);
        return new PrintedPdf { Width = first.Width * MmPerPoint, Height = first.Height * MmPerPoint, Pages = pages };
    }
}

/// <summary>One page: its text lines top to bottom, its rules top to bottom.</summary>
sealed record PrintedPage(int Number, IReadOnlyList<TextLine> Lines, IReadOnlyList<Rule> Rules)
{
    public static PrintedPage Of(Page page)
    {
        var height = page.Height;
        var lines = new List<TextLine>();
        List<Letter>? line = null;
        // Letters within a few points of one baseline are one line (a raised dash sits 1.3 pt up; lines are 29 pt apart).
        foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).OrderByDescending(l => l.StartBaseLine.Y))
        {
            if (line is not null && line[0].StartBaseLine.Y - letter.StartBaseLine.Y > 4) { lines.Add(TextLine.Of(line, height)); line = null; }
            (line ??= []).Add(letter);
        }
        if (line is not null) lines.Add(TextLine.Of(line, height));

        var rules = new List<Rule>();
        foreach (var path in page.Paths)
        {
            var box = path.GetBoundingRectangle();
            if (box is not { } b || b.Width < 10) continue;
            Rule? rule = null;
            if (path.IsFilled && b.Height < 10)
                rule = new Rule(b.Left, b.Right, height - b.Top, height - b.Bottom, Hex(path.FillColor));
            else if (path.IsStroked && b.Height < 0.01)
                rule = new Rule(b.Left, b.Right, height - b.Top - (double)path.LineWidth / 2, height - b.Top + (double)path.LineWidth / 2, Hex(path.StrokeColor));
            // LibreOffice draws each border twice: one rule each.
            if (rule is not null && !rules.Any(r => r.Same(rule.InMm())))
                rules.Add(rule.InMm());
        }
        return new PrintedPage(page.Number, lines, rules.OrderBy(r => r.Top).ToList());
    }

    /// <summary>A colour as its device values: "cmyk 0 80 80 0" for process colour (percent), "rgb EA553E" for screen colour.</summary>
    public static string Hex(IColor? color) => color switch
    {
        null => "none",
        CMYKColor c => $"cmyk {c.C * 100:0} {c.M * 100:0} {c.Y * 100:0} {c.K * 100:0}",
        _ => color.ToRGBValues() is var (r, g, b) ? $"rgb {(int)Math.Round(r * 255):X2}{(int)Math.Round(g * 255):X2}{(int)Math.Round(b * 255):X2}" : "?",
    };

    /// <summary>The body lines: those inside the text block, the folio left out (it sits below).</summary>
    public IEnumerable<TextLine> Above(double mm) => Lines.Where(l => l.Baseline < mm);
}

/// <summary>
/// A line of text: its letters left to right, its baseline and size (the largest type on it),
/// the frame's top and bottom, where the first letter starts (its origin: the left of its
/// frame), where the last letter's frame ends (<see cref="End"/>: what centring and a right
/// indent place) and where its ink ends (<see cref="InkRight"/>: a mark squeezed at a line's end
/// leaves the empty half of its frame past the text block's edge, its ink inside).
/// </summary>
sealed record TextLine(string Text, IReadOnlyList<Letter> Letters, double Baseline, double Size, double Left, double End, double InkRight, string Colour, string Font)
{
    /// <summary>Size in millimetres.</summary>
    public double SizeMm => Size * PrintedPdf.MmPerPoint;
    public double FrameTop => Baseline - 0.88 * SizeMm;
    public double FrameBottom => Baseline + 0.12 * SizeMm;
    public double Centre => (Left + End) / 2;

    public static TextLine Of(List<Letter> letters, double pageHeight)
    {
        var sorted = letters.OrderBy(l => l.StartBaseLine.X).ToList();
        var size = sorted.Max(l => l.PointSize);
        var mm = PrintedPdf.MmPerPoint;
        // The baseline of the line's largest type, where most of its letters other than marks sit
        // (a mark is moved up or down to centre its ink: the folio's two 一字线 outnumber its digit).
        var type = sorted.Where(l => Math.Abs(l.PointSize - size) < 0.01).ToList();
        var text = type.Any(l => !IsMark(l.Value)) ? type.Where(l => !IsMark(l.Value)).ToList() : type;
        var baseline = text.GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).MaxBy(g => g.Count())!.Key;
        return new TextLine(string.Concat(sorted.Select(l => l.Value)), sorted, (pageHeight - baseline) * mm, size,
            sorted[0].StartBaseLine.X * mm, sorted[^1].EndBaseLine.X * mm, sorted[^1].GlyphRectangle.Right * mm,
            PrintedPage.Hex(sorted[0].Color), sorted[0].FontName);
    }

    private static bool IsMark(string value) => value is "—" or "…" or "·";

    /// <summary>The letters of <paramref name="text"/> within the line (the first occurrence), or null.</summary>
    public IReadOnlyList<Letter>? Find(string text)
    {
        var at = Text.IndexOf(text, StringComparison.Ordinal);
        // Letters and characters line up when every letter is one UTF-16 unit, as in every seed.
        return at < 0 ? null : Letters.Skip(at).Take(text.Length).ToList();
    }
}

/// <summary>A horizontal rule: its ends and its top and bottom edges in millimetres, and its colour.</summary>
sealed record Rule(double Left, double Right, double Top, double Bottom, string Colour)
{
    public double Thickness => Bottom - Top;
    public double Width => Right - Left;

    /// <summary>This rule, measured in points (from PdfPig), in millimetres.</summary>
    public Rule InMm() => this with { Left = Left * PrintedPdf.MmPerPoint, Right = Right * PrintedPdf.MmPerPoint, Top = Top * PrintedPdf.MmPerPoint, Bottom = Bottom * PrintedPdf.MmPerPoint };

    public bool Same(Rule other) => Math.Abs(Top - other.Top) < 0.05 && Math.Abs(Bottom - other.Bottom) < 0.05 && Math.Abs(Left - other.Left) < 0.05;
}

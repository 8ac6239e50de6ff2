using System.Globalization;

namespace BriefBuilder.Tests.Conformance;

/// <summary>Who drew the pages measured: our PDF writer, or LibreOffice from our DOCX (Word's stand-in).</summary>
enum Renderer { Ours, LibreOffice }

/// <summary>
/// One figure of a clause measured on one seed brief as one renderer drew it: what was measured,
/// what the standard (or the house format under it) requires, the measured value, whether it
/// holds, and, where LibreOffice cannot meet a figure on its own, why.
/// </summary>
sealed record Finding(string Clause, string What, string Required, string Brief, Renderer By, string Measured, bool Holds, string? Why = null);

/// <summary>
/// The measurable clauses of GB/T 9704-2012 《党政机关公文格式》 that the house format uses, each
/// a function from a seed's measured pages to its findings. 6.1 allows every distance 1 mm;
/// LibreOffice is held to the same millimetre.
/// </summary>
static class Clauses
{
    /// <summary>6.1: 版心不斜，误差不超过 1 mm.</summary>
    const double Mm = 1;

    static string F(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
    static string F2(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A length within 1 mm of the required one.</summary>
    static Finding Length(string clause, string what, double required, double measured, string brief, Renderer by, double tolerance = Mm) =>
        new(clause, what, $"{F(required)} mm ± {F(tolerance)}", brief, by, F(measured), Math.Abs(measured - required) <= tolerance);

    static Finding Equal(string clause, string what, string required, string measured, string brief, Renderer by) =>
        new(clause, what, required, brief, by, measured, measured == required);

    /// <summary>Every clause by its number, in the standard's order.</summary>
    public static readonly IReadOnlyList<(string Clause, string Title, Func<Sheets, string, Renderer, IEnumerable<Finding>> Measure)> All =
    [
        ("5.1", "幅面尺寸: A4", PaperSize),
        ("5.2.1", "页边与版心尺寸", Margins),
        ("5.2.3", "行数和字数: 22 行 × 28 字", Grid),
        ("6.1", "制版要求: 版心不斜，误差不超过 1 mm", Registration),
        ("6.2", "印刷要求: 黑色 BL100%，红色 Y80% M80%；页码套正", Printing),
        ("7.2.4", "发文机关标志: 上边缘距版心上边缘 35 mm，居中，红色", Masthead),
        ("7.2.5", "发文字号: 标志下空二行，居中", IssueNumber),
        ("7.2.7", "版头分隔线: 发文字号之下 4 mm，与版心等宽，红色", RedRule),
        ("7.3.1", "标题: 2 号小标宋，分隔线下空二行，居中", Title),
        ("7.3.2", "标题下空一行", BelowTitle),
        ("7.3.3", "正文: 3 号仿宋，左空二字，回行顶格；层次字体", Body),
        ("7.4.1", "版记分隔线: 与版心等宽，首末 0.35 mm，中间 0.25 mm，末条与版心下边缘重合", ClosingRules),
        ("7.4.2", "版记首行（抄送位置）: 4 号仿宋，左右各空一字", EditorRow),
        ("7.4.3", "版记末行（印发机关、日期位置）: 左空一字，右空一字，末条分隔线之上", AddressRow),
        ("7.5", "页码: 4 号半角宋体数字，一字线，距版心下边缘 7 mm，单页居右、双页居左各空一字", Folios),
    ];

    static IEnumerable<Finding> PaperSize(Sheets s, string brief, Renderer by)
    {
        yield return Length("5.1", "paper width", 210, s.Pdf.Width, brief, by, 0.1);
        yield return Length("5.1", "paper height", 297, s.Pdf.Height, brief, by, 0.1);
    }

    static IEnumerable<Finding> Margins(Sheets s, string brief, Renderer by)
    {
        // Where the text of a full page lies: its first and last lines' line boxes, its
        // unindented lines' starts, its full lines' ends (ink).
        yield return Length("5.2.1", "天头: text block's top edge", Sheets.StandardTop, s.BlockTop, brief, by);
        yield return Length("5.2.1", "订口: text block's left edge", Sheets.StandardLeft, s.BlockLeft, brief, by);
        yield return Length("5.2.1", "版心 width", Sheets.StandardWidth, s.BlockRight - s.BlockLeft, brief, by);
        yield return Length("5.2.1", "版心 height", Sheets.StandardHeight, s.BlockBottom - s.BlockTop, brief, by);
    }

    static IEnumerable<Finding> Grid(Sheets s, string brief, Renderer by)
    {
        var lines = Sheets.Text(s.BodyPage);
        yield return Equal("5.2.3", "lines on a full page", "22", lines.Count.ToString(CultureInfo.InvariantCulture), brief, by);
        yield return new Finding("5.2.3", "line pitch", "10.23 mm ± 0.05 (225 mm / 22)", brief, by, F2(s.Pitch), Math.Abs(s.Pitch - 225.0 / 22) <= 0.05);
        // 28 characters a line, one a cell: on a full line of Chinese every ideograph stands a
        // whole cell from the next, so that the characters keep to the grid's columns (half a
        // cell off them after a pair of marks that gave up a blank half). A line spread over its
        // cells (27 characters over 28, or half a cell spread between 28) has them a little
        // farther apart, each off its column by more the farther along the line.
        var spread = s.Pdf.Pages.Skip(1).SelectMany(Sheets.Text).Count(OffTheColumns);
        yield return new Finding("5.2.3", "full lines of Chinese off the grid's columns (spread over their cells)", "none but to spare a lone last character", brief, by,
            spread.ToString(CultureInfo.InvariantCulture), spread <= 1);
    }

    /// <summary>One cell of the grid: 156 mm / 28.</summary>
    const double Cell = Sheets.StandardWidth / 28;

    /// <summary>
    /// A full line of body text (its ink reaching the last cell) in Chinese alone (ideographs
    /// and full-width marks: Latin words and figures fill no whole number of cells) whose
    /// neighbouring ideographs stand on average more than 0.05 mm farther apart or nearer than a
    /// cell: half a cell spread over 27 gaps puts them 0.10 mm farther, a character pushed down
    /// 0.21 mm. (LibreOffice rounds positions to twips, 0.02 mm either way.)
    /// </summary>
    static bool OffTheColumns(TextLine line)
    {
        if (line.Size != Sheets.BodySize || line.InkRight < Sheets.StandardRight - Cell || !line.Text.All(IsChinese)) return false;
        var pitches = line.Letters.Zip(line.Letters.Skip(1))
            .Where(p => IsIdeograph(p.First.Value) && IsIdeograph(p.Second.Value))
            .Select(p => (p.Second.StartBaseLine.X - p.First.StartBaseLine.X) * PrintedPdf.MmPerPoint).ToList();
        return pitches.Count > 0 && Math.Abs(pitches.Average() - Cell) > 0.05;
    }

    static bool IsIdeograph(string letter) => letter.Length == 1 && letter[0] is >= '\u3400' and <= '\u9FFF';

    /// <summary>A wide character: an ideograph or a full-width mark, 。“”—… among them.</summary>
    static bool IsChinese(char c) => c >= 0x2E80 || "“”‘’—…·".Contains(c);

    static IEnumerable<Finding> Registration(Sheets s, string brief, Renderer by)
    {
        var pages = s.Pdf.Pages.Skip(1).Where(p => Sheets.Text(p).Count(l => l.Size == Sheets.BodySize) >= 10).ToList();
        double Spread(Func<PrintedPage, double> edge) => pages.Max(edge) - pages.Min(edge);
        var worst = new[] { Spread(s.Top), Spread(Sheets.Left) }.Max();
        yield return new Finding("6.1", "text block's top and left edges, page to page", $"within {F(Mm)} mm", brief, by, $"{F(worst)} mm apart", worst <= Mm);
    }

    static IEnumerable<Finding> Printing(Sheets s, string brief, Renderer by)
    {
        var (black, red) = by == Renderer.Ours ? ("cmyk 0 0 0 100", "cmyk 0 80 80 0") : ("rgb 000000", "rgb EA553E");
        yield return Equal("6.2", "body text colour", black, s.AfterTitle.Colour, brief, by);
        yield return Equal("6.2", "masthead colour", red, s.Masthead.Colour, brief, by);
        yield return Equal("6.2", "red rule colour", red, s.RedRule[0].Colour, brief, by);
        var folios = s.Pdf.Pages.Select(Sheets.FolioOf).OfType<TextLine>().Select(f => f.Baseline).ToList();
        yield return new Finding("6.2", "folio height, page to page (页码套正)", "within 2.0 mm", brief, by, $"{F(folios.Max() - folios.Min())} mm apart", folios.Max() - folios.Min() <= 2);
    }

    static IEnumerable<Finding> Masthead(Sheets s, string brief, Renderer by)
    {
        var m = s.Masthead;
        yield return Length("7.2.4", "masthead top edge below the 版心's", 35, m.FrameTop - Sheets.StandardTop, brief, by);
        yield return Length("7.2.4", "masthead centre from the 版心's", 0, m.Centre - Sheets.StandardCentre, brief, by);
    }

    static IEnumerable<Finding> IssueNumber(Sheets s, string brief, Renderer by)
    {
        var blank = (s.BoxTop(s.Number) - s.Masthead.FrameBottom) / s.Pitch;
        yield return new Finding("7.2.5", "blank lines between masthead and number", "2 (2.0–3.0 lines)", brief, by, F2(blank), blank is >= 2 and < 3);
        yield return Length("7.2.5", "number centre from the 版心's", 0, s.Number.Centre - Sheets.StandardCentre, brief, by);
        // The publisher's two names under the number: parted as Chinese print parts phrases, by a full-width space.
        var gap = Gap(s.Dateline, "院苏") / s.Dateline.SizeMm;
        yield return new Finding("7.2.5", "space between the publisher's two names, in ems", "1.00 ± 0.10 (full width)", brief, by, F2(gap), Math.Abs(gap - 1) <= 0.1);
    }

    static IEnumerable<Finding> RedRule(Sheets s, string brief, Renderer by)
    {
        var rule = s.RedRule;
        yield return Length("7.2.7", "red rule below the number block's characters", 4, rule[0].Top - s.Dateline.FrameBottom, brief, by);
        yield return Length("7.2.7", "red rule width", 156, rule[0].Width, brief, by);
        yield return Length("7.2.7", "red rule left end", Sheets.StandardLeft, rule[0].Left, brief, by);
    }

    static IEnumerable<Finding> Title(Sheets s, string brief, Renderer by)
    {
        var title = s.Title;
        yield return new Finding("7.3.1", "title size", "22 pt (二号)", brief, by, $"{title[0].Size:0.#} pt", Math.Abs(title[0].Size - 22) < 0.1);
        var blank = (s.BoxTop(title[0]) - s.RedRule[^1].Bottom) / s.Pitch;
        yield return new Finding("7.3.1", "blank lines between red rule and title", "2 (2.0–3.0 lines)", brief, by, F2(blank), blank is >= 2 and < 3);
        var off = title.Max(l => Math.Abs(l.Centre - Sheets.StandardCentre));
        yield return Length("7.3.1", "title lines' centres from the 版心's", 0, off, brief, by);
    }

    static IEnumerable<Finding> BelowTitle(Sheets s, string brief, Renderer by)
    {
        var blank = (s.BoxTop(s.AfterTitle) - s.BoxBottom(s.Title[^1])) / s.Pitch;
        yield return new Finding("7.3.2", "blank lines between title and what follows", $"1 ± {F2(Mm / s.Pitch)} (1 mm)", brief, by, F2(blank), Math.Abs(blank - 1) <= Mm / s.Pitch);
    }

    static IEnumerable<Finding> Body(Sheets s, string brief, Renderer by)
    {
        var lines = Sheets.Text(s.BodyPage).Where(l => l.Size == Sheets.BodySize).ToList();
        yield return new Finding("7.3.3", "body size", "16 pt (三号)", brief, by, $"{lines[0].Size:0.#} pt", Math.Abs(lines[0].Size - 16) < 0.1);
        var cell = 156.0 / 28;
        var indents = lines.Select(l => l.Left - Sheets.StandardLeft).Where(d => d > cell / 2).ToList();
        var indent = indents.Count == 0 ? 0 : indents.Max(d => Math.Abs(d - 2 * cell));
        yield return new Finding("7.3.3", "paragraph indent, off two characters", $"0.0 mm ± {F(Mm)}", brief, by, F(indent), indent <= Mm);
        yield return new Finding("7.3.3", "body face", "仿宋 (FandolFang)", brief, by, Face(FaceOf(s.BodyPage, "的")), FaceOf(s.BodyPage, "的").Contains("FandolFang"));
        // A character outside GB 2312 (颺 of 王颺, on page 1): the 仿宋 role's face for what FandolFang
        // lacks, in the DOCX by its GBK face FangSong; never a 宋体 or 黑体 a reader falls back to.
        if (s.First.Lines.Any(l => l.Text.Contains('颺')))
        {
            var face = FaceOf(s.First, "颺");
            yield return new Finding("7.3.3", "face of 颺 (outside GB 2312) in 仿宋 text", "仿宋's own (LXGW WenKai Light)", brief, by, Face(face), face.Contains("WenKai-Light", StringComparison.Ordinal) || face.Contains("WenKaiLight", StringComparison.Ordinal));
        }
    }

    /// <summary>The room between the two letters of <paramref name="pair"/> on a line, in millimetres: from the first's advance to the second's origin.</summary>
    static double Gap(TextLine line, string pair)
    {
        var letters = line.Find(pair) ?? throw new InvalidOperationException($"“{pair}” is not on the line “{line.Text}”");
        return (letters[1].StartBaseLine.X - letters[0].EndBaseLine.X) * PrintedPdf.MmPerPoint;
    }

    /// <summary>A font's name without its subset tag (ABCDEF+).</summary>
    static string Face(string font) => font[(font.IndexOf('+') + 1)..];

    static string FaceOf(PrintedPage page, string text) =>
        page.Lines.Select(l => l.Find(text)).FirstOrDefault(f => f is not null)?[0].FontName ?? "(not found)";

    static IEnumerable<Finding> ClosingRules(Sheets s, string brief, Renderer by)
    {
        var rules = s.ClosingRules;
        yield return Equal("7.4.1", "rules", "3", rules.Count.ToString(CultureInfo.InvariantCulture), brief, by);
        if (rules.Count != 3) yield break;
        yield return new Finding("7.4.1", "rule thicknesses", "0.35 / 0.25 / 0.35 mm ± 0.05", brief, by, string.Join(" / ", rules.Select(r => F2(r.Thickness))),
            Math.Abs(rules[0].Thickness - 0.35) <= 0.05 && Math.Abs(rules[1].Thickness - 0.25) <= 0.05 && Math.Abs(rules[2].Thickness - 0.35) <= 0.05);
        yield return Length("7.4.1", "rule width", 156, rules.Min(r => r.Width), brief, by);
        yield return Length("7.4.1", "last rule's bottom from the 版心's bottom", 0, rules[2].Bottom - Sheets.StandardBottom, brief, by);
    }

    /// <summary>A 版记 row: 4 号 type, its parts one character in from each side, centred between its rules.</summary>
    static IEnumerable<Finding> Row(string clause, TextLine row, Rule above, Rule below, string brief, Renderer by)
    {
        var character = 14 * PrintedPdf.MmPerPoint;
        yield return new Finding(clause, "row size", "14 pt (4 号)", brief, by, $"{row.Size:0.#} pt", Math.Abs(row.Size - 14) < 0.1);
        yield return Length(clause, "left part in from the 版心's left edge", character, row.Left - Sheets.StandardLeft, brief, by);
        yield return Length(clause, "right part in from the 版心's right edge", character, Sheets.StandardRight - row.End, brief, by);
        if (clause == "7.4.3")
        {
            // Figures set as close to their measure word as 609号 is: 共印：30份.
            var gap = Gap(row, "0份") - Gap(row, "9号");
            yield return Length(clause, "space between the copies and 份, less that of 609号", 0, gap, brief, by, 0.3);
        }
        // Centred between its rules: half a millimetre, so that a row visibly low fails.
        yield return Length(clause, "row centre from the middle between its rules", 0, (row.FrameTop + row.FrameBottom) / 2 - (above.Bottom + below.Top) / 2, brief, by, Mm / 2);
    }

    static IEnumerable<Finding> EditorRow(Sheets s, string brief, Renderer by) =>
        s.ClosingRules.Count == 3 ? Row("7.4.2", s.EditorRow, s.ClosingRules[0], s.ClosingRules[1], brief, by) : [];

    static IEnumerable<Finding> AddressRow(Sheets s, string brief, Renderer by) =>
        s.ClosingRules.Count == 3 ? Row("7.4.3", s.AddressRow, s.ClosingRules[1], s.ClosingRules[2], brief, by) : [];

    static IEnumerable<Finding> Folios(Sheets s, string brief, Renderer by)
    {
        var character = 14 * PrintedPdf.MmPerPoint;
        var folios = s.Pdf.Pages.Select(p => (Page: p.Number, Folio: Sheets.FolioOf(p))).Where(f => f.Folio is not null).ToList();
        var f = folios[0].Folio!;
        yield return new Finding("7.5", "folio size", "14 pt (4 号)", brief, by, $"{f.Size:0.#} pt", Math.Abs(f.Size - 14) < 0.1);
        var digit = f.Letters.First(l => char.IsAsciiDigit(l.Value[0]));
        var song = digit.FontName.Contains("Song", StringComparison.OrdinalIgnoreCase) || digit.FontName.Contains("SerifCJK", StringComparison.OrdinalIgnoreCase);
        yield return new Finding("7.5", "digits' face", "半角宋体", brief, by, Face(digit.FontName), song);
        var dash = f.Letters.First(l => l.Value == "—");
        var ink = dash.GlyphRectangle.Width / (14.0);
        yield return new Finding("7.5", "一字线's ink, in ems", "1.00 ± 0.05", brief, by, F2(ink), Math.Abs(ink - 1) <= 0.05);
        yield return Length("7.5", "folio's top below the 版心's bottom", 7, folios.Average(x => x.Folio!.FrameTop) - Sheets.StandardBottom, brief, by);
        var odd = folios.Where(x => x.Page % 2 == 1).Max(x => Math.Abs(Sheets.StandardRight - x.Folio!.End - character));
        var even = folios.Where(x => x.Page % 2 == 0).Max(x => Math.Abs(x.Folio!.Left - Sheets.StandardLeft - character));
        yield return Length("7.5", "odd folios one character in from the right, even from the left (worst)", 0, Math.Max(odd, even), brief, by);
    }
}

namespace BriefBuilder.Model;

/// <summary>
/// Every number of the house format, read from the template folder's <c>style.yaml</c>.
/// All lengths are in points (1/72 inch). Writers take their sizes from here and nowhere else.
/// <see cref="WidowControl"/>: whether a paragraph may leave a single line at the foot or head
/// of a page (false: it may, and pages always fill; Word's widow control off).
/// <see cref="CompressAdjacentMarks"/>: whether two adjacent full-width marks give up the blank
/// halves between them (clreq 3.1.6: ”， takes one and a half cells, not two).
/// <see cref="BoldStroke"/>: the width of the stroke that emboldens a face without a bold of its
/// own, as a fraction of the type size (PDF text render mode 2, as Word prints such bold).
/// <see cref="ItalicShear"/>: how far italic text in a face without an italic of its own leans:
/// the horizontal shift per unit of height (the tangent of style.yaml's slant), which writers
/// apply about each glyph's baseline.
/// </summary>
public sealed record HouseStyle(
    PageGeometry Page,
    TextGrid Grid,
    IReadOnlyDictionary<string, FontRole> Fonts,
    IReadOnlyList<string> FallbackFonts,
    IReadOnlyDictionary<string, Colour> Colours,
    IReadOnlyDictionary<string, ParagraphStyle> Paragraphs,
    IReadOnlyDictionary<string, RunStyle> Runs,
    IReadOnlyDictionary<string, RuleStyle> Rules,
    PageNumberStyle PageNumber,
    PrintCondition Print,
    bool WidowControl,
    bool CompressAdjacentMarks,
    double BoldStroke,
    double ItalicShear)
{
    /// <summary>Width of one grid cell: the text block's width divided by the characters of a line.</summary>
    public double CharPitch => Page.TextWidth / Grid.CharsPerLine;

    /// <summary>
    /// Whether characters of <paramref name="size"/> sit one to a grid cell; larger ones (a
    /// title) keep their own advance and cannot share the line grid's natural line height either.
    /// </summary>
    public bool FitsGridCell(double size) => size <= CharPitch * 1.05;

    /// <summary>A character's width in <paramref name="paragraph"/>, as indents and insets count it: a grid cell on the grid, its own type size off it.</summary>
    public double CharWidth(ParagraphStyle paragraph) => paragraph.OnGrid ? CharPitch : paragraph.Size;

    /// <summary>The room before the first line of a paragraph of <paramref name="paragraph"/>: its indent in characters (<see cref="CharWidth"/>).</summary>
    public double FirstLineIndent(ParagraphStyle paragraph) =>
        paragraph.FirstLineIndentChars * CharWidth(paragraph);

    /// <summary>The room kept clear at each side of the text block (<see cref="ParagraphStyle.InsetChars"/>), in characters (<see cref="CharWidth"/>).</summary>
    public double Inset(ParagraphStyle paragraph) =>
        paragraph.InsetChars * CharWidth(paragraph);

    /// <summary>
    /// Where the lines after a paragraph's first start, from the text block's edge: its
    /// <see cref="ParagraphStyle.LeftIndentChars"/>, in characters (<see cref="CharWidth"/>).
    /// </summary>
    public double LeftIndent(ParagraphStyle paragraph) =>
        paragraph.LeftIndentChars * CharWidth(paragraph);

    /// <summary>
    /// Where the folio's line starts, from the top of the page: its em box begins
    /// <see cref="PageNumberStyle.DistanceBelowText"/> under the text block. The DOCX footer and the
    /// PDF baseline are both placed from this one figure.
    /// </summary>
    public double FolioTop => Page.Top + Page.TextHeight + PageNumber.DistanceBelowText;

    public ParagraphStyle Paragraph(string name) =>
        Paragraphs.TryGetValue(name, out var s) ? s : throw new KeyNotFoundException($"paragraph style '{name}' is not defined in style.yaml");

    public RunStyle Run(string name) =>
        Runs.TryGetValue(name, out var s) ? s : throw new KeyNotFoundException($"run style '{name}' is not defined in style.yaml");

    public RuleStyle Rule(string name) =>
        Rules.TryGetValue(name, out var s) ? s : throw new KeyNotFoundException($"rule style '{name}' is not defined in style.yaml");

    /// <summary>The table styles (<c>tables:</c> in style.yaml), by name.</summary>
    public IReadOnlyDictionary<string, TableStyle> Tables { get; init; } = new Dictionary<string, TableStyle>();

    public TableStyle Table(string name) =>
        Tables.TryGetValue(name, out var s) ? s : throw new KeyNotFoundException($"table style '{name}' is not defined in style.yaml");

    /// <summary>The figure styles (<c>figures:</c>), by name.</summary>
    public IReadOnlyDictionary<string, FigureStyle> Figures { get; init; } = new Dictionary<string, FigureStyle>();

    public FigureStyle Figure(string name) =>
        Figures.TryGetValue(name, out var s) ? s : throw new KeyNotFoundException($"figure style '{name}' is not defined in style.yaml");

    public FontRole Font(string role) =>
        Fonts.TryGetValue(role, out var f) ? f : throw new KeyNotFoundException($"font role '{role}' is not defined in style.yaml");

    public Colour Colour(string name) =>
        Colours.TryGetValue(name, out var c) ? c : throw new KeyNotFoundException($"colour '{name}' is not defined in style.yaml");
}

/// <summary>Paper size and margins; the text block (版心) is what the margins leave.</summary>
public sealed record PageGeometry(double Width, double Height, double Top, double Bottom, double Left, double Right)
{
    public double TextWidth => Width - Left - Right;
    public double TextHeight => Height - Top - Bottom;

    /// <summary>
    /// A landscape page (GB/T 9704-2012 §8): the sheet turned a quarter clockwise to be read, its text
    /// block where it is on the sheet. The sheet's left edge (订口) is the turned page's top, the sheet's
    /// foot its left: a table's head faces the binding, and the folio stays where every page has it.
    /// </summary>
    public PageGeometry Turned => new(Height, Width, Top: Left, Bottom: Right, Left: Bottom, Right: Top);
}

/// <summary>The document grid: <see cref="LinesPerPage"/> lines of <see cref="CharsPerLine"/> characters.</summary>
/// <param name="LinePitch">Distance from one body line to the next.</param>
public sealed record TextGrid(int LinesPerPage, int CharsPerLine, double LinePitch)
{
    /// <summary>
    /// Where a line on the grid starts when the text above ends at <paramref name="y"/> (from the
    /// top of the text block): the next grid line. So "two blank lines" below a block that ends
    /// inside a grid line leave that line's rest and two whole lines empty, as GB/T 9704 counts.
    /// </summary>
    public double NextLine(double y) => Math.Ceiling(y / LinePitch - 0.01) * LinePitch;
}

/// <summary>
/// A font role (仿宋, 小标宋, …). <see cref="Docx"/> is the house font written into Word files;
/// <see cref="Pdf"/> lists installable families tried in order when drawing the PDF.
/// </summary>
public sealed record FontRole(string Name, string Docx, IReadOnlyList<string> Pdf)
{
    /// <summary>How Word and WPS find a stand-in when <see cref="Docx"/> is not installed (the DOCX font table).</summary>
    public WordFont Word { get; init; } = WordFont.Unknown;

    /// <summary>
    /// The role's face for characters outside GB 2312 in Word files (仿宋_GB2312 lacks 颺, the GBK
    /// 仿宋 FangSong has it), or null when <see cref="Docx"/> itself covers GBK.
    /// </summary>
    public string? Gbk { get; init; }

    /// <summary>
    /// Families that draw a mark (…, —) in this role before the role's own, by code point: the
    /// faces whose glyph is drawn as GB fonts draw it (docs/house-style.md, "…… and ——").
    /// </summary>
    public IReadOnlyDictionary<int, string> MarkFaces { get; init; } = new Dictionary<int, string>();
}

/// <summary>
/// A font's entry in a Word file's font table. <see cref="AltName"/> is the font Word and WPS use
/// when the named one is missing (仿宋_GB2312 → 仿宋); <see cref="Charset"/> is the Windows
/// character set as two hex digits ("86" GB2312, "00" ANSI); <see cref="Family"/> is roman, swiss,
/// modern, script, decorative or auto; <see cref="Pitch"/> fixed, variable or default;
/// <see cref="Panose"/> the font's 10-byte PANOSE classification in hex, where known.
/// </summary>
public sealed record WordFont(string? AltName, string Charset, string Family, string Pitch, string? Panose)
{
    public static readonly WordFont Unknown = new(null, "00", "auto", "default", null);
}

/// <summary>
/// A colour as print defines it, CMYK (0–1) for the <see cref="PrintCondition"/>, with the sRGB hex
/// (RRGGBB) that screens and Word use. style.yaml gives only the CMYK; <see cref="Rgb"/> is derived from it.
/// </summary>
public sealed record Colour(string Name, double C, double M, double Y, double K, string Rgb);

/// <summary>
/// The printing condition the CMYK colours are meant for: named by the PDF's output intents, and
/// characterised by <see cref="Profile"/>, an ICC output profile (CMYK → Lab) embedded in every PDF.
/// </summary>
/// <param name="Identifier">The condition's registered name (OutputConditionIdentifier), like FOGRA39.</param>
/// <param name="Registry">Where that name is registered (RegistryName), like http://www.color.org.</param>
/// <param name="Description">A human description of the condition and where the profile came from.</param>
public sealed record PrintCondition(string Identifier, string Registry, string Description, byte[] Profile)
{
    /// <summary>
    /// The ICC profile of the colours of RGB pictures (sRGB): the PDF states their colour space by
    /// it, as PDF/X-4 and PDF/A-2 ask of colour that is not the print condition's own. Empty when
    /// the template has no figure styles.
    /// </summary>
    public byte[] RgbProfile { get; init; } = [];
}

public enum Alignment { Left, Center, Right, Justify }

/// <summary>
/// A paragraph style. <see cref="Font"/> names the East Asian font role; Latin letters and
/// digits take <see cref="LatinFont"/>. <see cref="LineHeight"/> is the distance between its
/// lines; when <see cref="OnGrid"/> it equals the grid's line pitch. <see cref="Top"/>, when set,
/// is the least distance from the top edge of the text block to the paragraph's top edge: a
/// place on the first page fixed by the page, not by what precedes (GB/T 9704 7.2.4's 35 mm).
/// </summary>
public sealed record ParagraphStyle(
    string Name,
    string Font,
    string LatinFont,
    double Size,
    string Colour,
    bool Bold,
    Alignment Align,
    double FirstLineIndentChars,
    double SpaceBefore,
    double SpaceAfter,
    double LineHeight,
    bool OnGrid,
    bool KeepWithNext,
    string Tag = StructureTags.Paragraph,
    double? Top = null)
{
    /// <summary>
    /// The style's name in Word: one of Word's built-in styles it restyles ("Normal", "heading 1",
    /// "Title") or a name of its own for the editor's style list ("版头").
    /// </summary>
    public string Docx { get; init; } = Name;

    /// <summary>
    /// Characters of room kept clear at each side of the text block (GB/T 9704 7.4.2 and 7.4.3: the
    /// 版记's rows 左右各空一字): the lines are that much narrower, and a row's right part ends that
    /// far in from the right edge.
    /// </summary>
    public double InsetChars { get; init; }

    /// <summary>
    /// Where the lines after the first start, in characters from the text block's edge (the first
    /// line starts at <see cref="FirstLineIndentChars"/>): more than that is a hanging indent, as
    /// the wrapped lines of the attachment note hang under the first attachment's name.
    /// </summary>
    public double LeftIndentChars { get; init; }

    /// <summary>Whether the paragraph starts a new page (an attachment's first line, GB/T 9704 7.3.7).</summary>
    public bool PageBreakBefore { get; init; }

    /// <summary>
    /// The font role that draws a character of <paramref name="kind"/>: a wide character takes the
    /// run style's font if it names one, else the paragraph's; anything else the paragraph's Latin font.
    /// </summary>
    public string FontFor(CharKind kind, RunStyle? run = null) => kind == CharKind.Wide ? run?.Font ?? Font : LatinFont;
}

/// <summary>
/// What a paragraph is to a reader of the tagged PDF: a standard structure type of PDF 1.7
/// (P, H1–H6, BlockQuote), or <see cref="Artifact"/> for what only decorates the page (the
/// masthead) and so is skipped when text is read aloud or reflowed.
/// </summary>
public static class StructureTags
{
    public const string Paragraph = "P";
    public const string Artifact = "Artifact";
    /// <summary>A picture; its element carries /Alt, what a reader who cannot see it is told. Not a paragraph's tag.</summary>
    public const string Figure = "Figure";
    public static readonly IReadOnlyList<string> All = ["P", "H1", "H2", "H3", "H4", "H5", "H6", "BlockQuote", Artifact];

    /// <summary>The level of a heading tag (H1 → 1), or 0 for any other tag.</summary>
    public static int HeadingLevel(string tag) => tag is ['H', >= '1' and <= '6'] ? tag[1] - '0' : 0;
}

/// <summary>A character style laid over a paragraph style; null members keep the paragraph's value.</summary>
public sealed record RunStyle(string Name, string? Font, double? Size, string? Colour, bool? Bold)
{
    /// <summary>The style's name in Word's style list.</summary>
    public string Docx { get; init; } = Name;
}

/// <summary>
/// A horizontal rule across the text block, made of one or more strokes from top to bottom
/// (the masthead's thick-over-thin line is two strokes).
/// </summary>
public sealed record RuleStyle(string Name, string Colour, IReadOnlyList<RuleStroke> Strokes, double SpaceBefore, double SpaceAfter)
{
    /// <summary>Height from the top of the first stroke to the bottom of the last.</summary>
    public double Height => Strokes.Sum(s => s.GapBefore + s.Thickness) - (Strokes.Count > 0 ? Strokes[0].GapBefore : 0);
}

/// <summary>
/// A table style: the paragraph styles of the header row's cells and of the other cells, the rule
/// style whose one stroke draws every grid line, the padding between a cell's lines and its text
/// (<see cref="PaddingX"/> left and right, <see cref="PaddingY"/> above and below), and the space
/// above and below the table in the flow.
/// </summary>
public sealed record TableStyle(string Name, string Header, string Cell, string Rule, double PaddingX, double PaddingY, double SpaceBefore, double SpaceAfter)
{
    /// <summary>The table style's name in Word's style list.</summary>
    public string Docx { get; init; } = Name;
}

/// <summary>
/// How a figure is set: <see cref="MaxHeight"/> the tallest it may be on the page,
/// <see cref="Resolution"/> the dots per inch of a picture whose file states none, and the least
/// space above and below it (the picture's box is then rounded up to whole lines of the grid).
/// </summary>
public sealed record FigureStyle(string Name, double MaxHeight, double Resolution, double SpaceBefore, double SpaceAfter);

/// <param name="GapBefore">White space between the previous stroke and this one; ignored for the first.</param>
public sealed record RuleStroke(double Thickness, double GapBefore);

/// <summary>
/// The folio: <see cref="Format"/> with <c>{page}</c> replaced, set <see cref="DistanceBelowText"/>
/// under the text block, odd pages right and even pages left, <see cref="Indent"/> in from the edge.
/// </summary>
/// <param name="Indent">
/// Points in from the edge of the text block. style.yaml gives it in characters; the folio is
/// off the grid, so a character is its own type size (as for any off-grid indent): 1 × 四号 = 14 pt.
/// </param>
public sealed record PageNumberStyle(string Font, string LatinFont, double Size, string Format, double DistanceBelowText, double Indent)
{
    public string Text(int page) => Format.Replace("{page}", page.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The folio as a paragraph style: its fonts and size, black, one line exactly as tall as the type.</summary>
    public ParagraphStyle Paragraph => new("page-number", Font, LatinFont, Size, "black", false, Alignment.Left, 0, 0, 0, Size, false, false);
}

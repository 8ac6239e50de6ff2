using BriefBuilder.Model;
using DocumentFormat.OpenXml.Wordprocessing;
using RunStyle = BriefBuilder.Model.RunStyle;

namespace BriefBuilder.Docx;

/// <summary>
/// styles.xml: one paragraph style per house paragraph style and one character style per run
/// style. A house style whose Word name is one of Word's built-ins (Normal, heading 1–9, Title,
/// Subtitle, Quote, caption) restyles that built-in under its fixed id, so Word's navigation pane and
/// table of contents, pandoc, mammoth and LibreOffice recognise headings, title and body text;
/// the others keep the house key as id and show their Chinese name in Word's style list.
/// </summary>
internal static class StyleSheet
{
    public static Styles Build(HouseStyle style)
    {
        var styles = new Styles(Defaults(style));
        foreach (var (_, paragraph) in style.Paragraphs.OrderBy(p => p.Key, StringComparer.Ordinal))
            styles.Append(Paragraph(paragraph, style));
        foreach (var (name, run) in style.Runs.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (style.Paragraphs.ContainsKey(name))
                throw new InvalidOperationException($"style.yaml defines '{name}' both as a paragraph and as a run style; Word needs distinct style ids");
            styles.Append(Character(run, style));
        }
        foreach (var (_, table) in style.Tables.OrderBy(t => t.Key, StringComparer.Ordinal))
            styles.Append(TableStyles.Build(table, style));
        var names = styles.Elements<Style>().GroupBy(s => s.StyleName!.Val!.Value).FirstOrDefault(g => g.Count() > 1);
        if (names is not null)
            throw new InvalidOperationException($"style.yaml gives two styles the Word name '{names.Key}'; Word shows one name once");
        return styles;
    }

    /// <summary>The style id a paragraph of house style <paramref name="name"/> refers to.</summary>
    public static string Id(string name, HouseStyle style) => Id(style.Paragraph(name));

    private static string Id(ParagraphStyle p) => BuiltIn(p.Docx) ?? p.Name;

    /// <summary>
    /// The style's indents. Word counts firstLineChars in grid cells on the grid; firstLine is the
    /// fallback for readers that ignore it. Word measures the first line from the left indent: a
    /// first line left of it is a hanging indent.
    /// </summary>
    private static Indentation Indentation(ParagraphStyle p, HouseStyle style)
    {
        var inset = style.Inset(p);
        if (p.LeftIndentChars == 0)
        {
            var plain = new Indentation
            {
                FirstLineChars = (int)Math.Round(p.FirstLineIndentChars * 100),
                FirstLine = Units.Text(Units.Twips(style.FirstLineIndent(p))),
            };
            // The inset (7.4.2, 7.4.3: one character clear at each side) narrows the lines at both ends.
            if (inset > 0) plain.Left = plain.Right = Units.Text(Units.Twips(inset));
            return plain;
        }
        var indentation = new Indentation { Left = Units.Text(Units.Twips(inset + style.LeftIndent(p))) };
        if (inset > 0) indentation.Right = Units.Text(Units.Twips(inset));
        var hang = style.LeftIndent(p) - style.FirstLineIndent(p);
        if (hang > 0) indentation.Hanging = Units.Text(Units.Twips(hang));
        else indentation.FirstLine = Units.Text(Units.Twips(-hang));
        return indentation;
    }

    /// <summary>
    /// Word's built-in paragraph styles by their English name (which Word shows translated:
    /// heading 1 as 标题 1) and fixed id. Null for a name of the house's own.
    /// </summary>
    private static string? BuiltIn(string name) => name switch
    {
        "Normal" or "Title" or "Subtitle" or "Quote" => name,
        "caption" => "Caption",
        _ when OutlineLevel(name) is { } level => $"Heading{level + 1}",
        _ => null,
    };

    /// <summary>heading 1 → 0 … heading 9 → 8: the outline level Word's built-in headings carry.</summary>
    private static int? OutlineLevel(string name) =>
        name.Length == "heading 1".Length && name.StartsWith("heading ", StringComparison.Ordinal) && name[^1] is >= '1' and <= '9'
            ? name[^1] - '1'
            : null;

    /// <summary>Language and widow control for everything, including text outside any named style.</summary>
    private static DocDefaults Defaults(HouseStyle style) => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new Languages { Val = "en-US", EastAsia = "zh-CN" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle { WidowControl = new WidowControl { Val = style.WidowControl } }));

    // Every paragraph style is complete in itself (no basedOn), so changing one in Word never moves another.
    private static Style Paragraph(ParagraphStyle p, HouseStyle style)
    {
        // Type too large for a grid cell (the title) still takes one grid line a line, but as an
        // exact height: Word and LibreOffice would give it two pitches where its font is tall.
        var gridCells = p.OnGrid && style.FitsGridCell(p.Size);
        var pPr = new StyleParagraphProperties
        {
            KeepNext = p.KeepWithNext ? new KeepNext() : null,
            PageBreakBefore = p.PageBreakBefore ? new PageBreakBefore() : null,
            WidowControl = new WidowControl { Val = style.WidowControl },
            // Word's default, written out because LibreOffice reads the attribute the other way
            // round: without it LibreOffice hangs a line-end mark into the margin and, in a
            // justified line, drops it from the page (issue 9); with it, it keeps every mark.
            OverflowPunctuation = new OverflowPunctuation { Val = true },
            // No extra space between Chinese and Latin text or digits: the PDF sets them close.
            AutoSpaceDE = new AutoSpaceDE { Val = false },
            AutoSpaceDN = new AutoSpaceDN { Val = false },
            SnapToGrid = gridCells ? null : new SnapToGrid { Val = false },
            SpacingBetweenLines = gridCells
                ? new SpacingBetweenLines
                {
                    Before = Units.Text(Units.Twips(p.SpaceBefore)),
                    After = Units.Text(Units.Twips(p.SpaceAfter)),
                    Line = "240", // single: Word then gives each line one grid pitch
                    LineRule = LineSpacingRuleValues.Auto,
                }
                : Formatting.ExactSpacing(Units.Twips(p.LineHeight), p.SpaceBefore, p.SpaceAfter),
            Indentation = Indentation(p, style),
            Justification = new Justification { Val = Formatting.Justification(p.Align) },
            OutlineLevel = OutlineLevel(p.Docx) is { } level ? new OutlineLevel { Val = level } : null,
        };
        var rPr = new StyleRunProperties
        {
            RunFonts = Formatting.Fonts(style.Font(p.Font).Docx, style.Font(p.LatinFont).Docx),
            Bold = p.Bold ? new Bold() : null,
            BoldComplexScript = p.Bold ? new BoldComplexScript() : null,
            Color = new Color { Val = style.Colour(p.Colour).Rgb },
            Spacing = GridTightening(p, style),
            FontSize = new FontSize { Val = Units.HalfPoints(p.Size) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = Units.HalfPoints(p.Size) },
        };
        return new Style
        {
            Type = StyleValues.Paragraph,
            StyleId = Id(p),
            Default = p.Docx == "Normal" ? true : null,
            StyleName = new StyleName { Val = p.Docx },
            PrimaryStyle = new PrimaryStyle(),
            StyleParagraphProperties = pPr,
            StyleRunProperties = rPr,
        };
    }

    /// <summary>
    /// 16 pt characters on a 15.79 pt grid cell: Word and WPS squeeze them into one cell each,
    /// but LibreOffice gives a character wider than its cell two cells, halving the line. Tightening
    /// the letter spacing by the difference (rounded up to 1/20 pt) makes every reader fit one a cell.
    /// </summary>
    private static Spacing? GridTightening(ParagraphStyle p, HouseStyle style) =>
        p.OnGrid && style.FitsGridCell(p.Size) && p.Size > style.CharPitch
            ? new Spacing { Val = -(int)Math.Ceiling((p.Size - style.CharPitch) * 20) }
            : null;

    // Null members of a run style are left out so the paragraph's value shows through.
    private static Style Character(RunStyle r, HouseStyle style) => new()
    {
        Type = StyleValues.Character,
        StyleId = r.Name,
        StyleName = new StyleName { Val = r.Docx },
        PrimaryStyle = new PrimaryStyle(),
        StyleRunProperties = new StyleRunProperties
        {
            RunFonts = r.Font is null ? null : Formatting.Fonts(style.Font(r.Font).Docx, latin: null),
            Bold = r.Bold is null ? null : new Bold { Val = r.Bold },
            BoldComplexScript = r.Bold is null ? null : new BoldComplexScript { Val = r.Bold },
            Color = r.Colour is null ? null : new Color { Val = style.Colour(r.Colour).Rgb },
            FontSize = r.Size is null ? null : new FontSize { Val = Units.HalfPoints(r.Size.Value) },
            FontSizeComplexScript = r.Size is null ? null : new FontSizeComplexScript { Val = Units.HalfPoints(r.Size.Value) },
        },
    };
}

using BriefBuilder.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefBuilder.Docx;

/// <summary>
/// Page numbers: odd pages right-aligned and even pages left-aligned, each indented from the
/// text block's edge. Word shows the even footer on even pages only when settings carry
/// w:evenAndOddHeaders.
/// </summary>
internal static class Footers
{
    public static Footer Build(HouseStyle style, bool odd)
    {
        var number = style.PageNumber;
        var indent = Units.Text(Units.Twips(number.Indent));
        var paragraph = new Paragraph(new ParagraphProperties
        {
            SnapToGrid = new SnapToGrid { Val = false },
            // The line is exactly as tall as the type, so the footer distance places its top.
            SpacingBetweenLines = Formatting.ExactSpacing(Units.Twips(number.Size)),
            Indentation = odd
                ? new Indentation { Right = indent, FirstLine = "0", FirstLineChars = 0 }
                : new Indentation { Left = indent, FirstLine = "0", FirstLineChars = 0 },
            Justification = new Justification { Val = odd ? JustificationValues.Right : JustificationValues.Left },
        });

        var parts = number.Format.Split("{page}");
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) AppendPageField(paragraph, style);
            if (parts[i].Length > 0) paragraph.Append(Run(style, new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve }));
        }
        return new Footer(paragraph);
    }

    /// <summary>
    /// Footer distance (page bottom edge to footer bottom) that puts the number's line, exactly
    /// as tall as its type, at <see cref="HouseStyle.FolioTop"/>.
    /// </summary>
    public static int Distance(HouseStyle style) =>
        Units.Twips(style.Page.Height - style.FolioTop - style.PageNumber.Size);

    private static void AppendPageField(Paragraph paragraph, HouseStyle style)
    {
        paragraph.Append(
            Run(style, new FieldChar { FieldCharType = FieldCharValues.Begin }),
            Run(style, new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            Run(style, new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Run(style, new Text("1")),
            Run(style, new FieldChar { FieldCharType = FieldCharValues.End }));
    }

    private static Run Run(HouseStyle style, OpenXmlElement content)
    {
        var number = style.PageNumber;
        return new Run(
            new RunProperties
            {
                RunFonts = Formatting.Fonts(style.Font(number.Font).Docx, style.Font(number.LatinFont).Docx),
                FontSize = new FontSize { Val = Units.HalfPoints(number.Size) },
                FontSizeComplexScript = new FontSizeComplexScript { Val = Units.HalfPoints(number.Size) },
            },
            content);
    }
}

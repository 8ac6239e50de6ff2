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
    public static Footer Build(HouseStyle style, bool odd) => new(Folio(style, odd));

    /// <summary>The folio's paragraph, "— N —" with N Word's PAGE field.</summary>
    static Paragraph Folio(HouseStyle style, bool odd)
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
        return paragraph;
    }
    /// <summary>
    /// The footer of a landscape page (GB/T 9704-2012 §8): the folio where every page has it on the
    /// sheet, so on the page turned to be read it stands at the left edge, running down the page
    /// (the sheet's foot), its line turned with the sheet. A text box anchored to the page holds the
    /// folio's own paragraph (<see cref="Folio"/>), its text turned a quarter clockwise (vert): odd
    /// pages' flush with the end of the line (the sheet's right, the turned page's foot), even pages'
    /// with its start. The footer's own paragraph, which anchors it, takes no room.
    /// </summary>
    public static Footer Turned(HouseStyle style, bool odd, uint drawingId)
    {
        var page = style.Page;
        var size = style.PageNumber.Size;
        // On the turned page (the sheet turned a quarter clockwise) a point at y from the sheet's top is at x = sheet height − y from the left.
        var (x, y, cx, cy) = (Emu(page.Height - style.FolioTop - size), Emu(page.Left), Emu(size), Emu(page.TextWidth));
        var drawing = new Drawing($"""
            <w:drawing xmlns:w="{W}" xmlns:wp="{Wp}" xmlns:a="{A}" xmlns:wps="{Wps}"><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="1" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="{drawingId}" name="页码 {drawingId}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="{Wps}"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>{Folio(style, odd).OuterXml}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="vert" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>
            """);
        var anchor = new Paragraph(new ParagraphProperties
        {
            SnapToGrid = new SnapToGrid { Val = false },
            SpacingBetweenLines = Formatting.ExactSpacing(Units.Twips(1)),
        }, new Run(drawing));
        return new Footer(anchor);
    }

    const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const string Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    const string Wps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";

    static long Emu(double points) => (long)Math.Round(points * 12700, MidpointRounding.AwayFromZero);


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

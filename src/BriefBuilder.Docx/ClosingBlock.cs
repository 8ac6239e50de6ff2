using BriefBuilder.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefBuilder.Docx;

/// <summary>
/// The closing block (版记) as a floating one-column table pinned to the bottom of the text
/// block (vertAnchor margin, tblpYSpec bottom). Its rows are the block's rows and paragraphs;
/// its rules become cell borders: a rule before a row is that row's top border, a rule after the
/// last row is the last row's bottom border. A floating table belongs to the page of the
/// paragraph after it, so an empty anchor paragraph follows it at the end of the body.
/// </summary>
internal static class ClosingBlock
{
    public static IEnumerable<OpenXmlElement> Build(IReadOnlyList<LayoutBlock> closing, HouseStyle style, DocxMedia media)
    {
        if (closing.Count == 0) yield break;
        var rows = Rows(closing);
        if (rows.Count == 0) throw new NotSupportedException("the closing block has rules but no text");

        var width = Units.Twips(style.Page.TextWidth);
        var table = new Table(Properties(width, style), new TableGrid(new GridColumn { Width = Units.Text(width) }));
        foreach (var row in rows) table.Append(Row(row, width, style, media));
        yield return table;
        yield return new Paragraph(new ParagraphProperties
        {
            SnapToGrid = new SnapToGrid { Val = false },
            SpacingBetweenLines = Formatting.ExactSpacing(Formatting.EmptyLineTwips),
            Indentation = Formatting.NoIndent(),
        });
    }

    private sealed record ClosingRow(LayoutBlock Content, LayoutRule? Above, LayoutRule? Below);

    private static List<ClosingRow> Rows(IReadOnlyList<LayoutBlock> closing)
    {
        var rows = new List<ClosingRow>();
        LayoutRule? pending = null;
        foreach (var block in closing)
        {
            if (block is LayoutRule rule) { pending = rule; continue; }
            rows.Add(new ClosingRow(block, pending, null));
            pending = null;
        }
        if (pending is not null && rows.Count > 0) rows[^1] = rows[^1] with { Below = pending };
        return rows;
    }

    // Horizontally the table is placed from the page edge at the left margin rather than
    // aligned to the margin: the same spot for Word, but LibreOffice keeps a full-width table
    // that is anchored to the margin inline (no text could wrap beside it) and then it no
    // longer sits at the bottom.
    private static TableProperties Properties(int width, HouseStyle style) => new()
    {
        TablePositionProperties = new TablePositionProperties
        {
            VerticalAnchor = VerticalAnchorValues.Margin,
            TablePositionYAlignment = VerticalAlignmentValues.Bottom,
            HorizontalAnchor = HorizontalAnchorValues.Page,
            TablePositionX = Units.Twips(style.Page.Left),
            LeftFromText = 0, RightFromText = 0, TopFromText = 0, BottomFromText = 0,
        },
        TableOverlap = new TableOverlap { Val = TableOverlapValues.Never },
        TableWidth = new TableWidth { Width = Units.Text(width), Type = TableWidthUnitValues.Dxa },
        TableIndentation = new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
        TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        // Word's default cell padding would pull the text in from the text block's edges.
        TableCellMarginDefault = new TableCellMarginDefault
        {
            TopMargin = new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            TableCellLeftMargin = new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
            BottomMargin = new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            TableCellRightMargin = new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa },
        },
    };

    /// <summary>A rule's space before and after become the padding of the cells it separates.</summary>
    private static TableRow Row(ClosingRow row, int width, HouseStyle style, DocxMedia media)
    {
        var above = row.Above is null ? null : style.Rule(row.Above.Style);
        var below = row.Below is null ? null : style.Rule(row.Below.Style);
        var cell = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = Units.Text(width), Type = TableWidthUnitValues.Dxa },
            TableCellBorders = new TableCellBorders
            {
                TopBorder = above is null ? null : HorizontalRules.CellBorder<TopBorder>(above, style),
                BottomBorder = below is null ? null : HorizontalRules.CellBorder<BottomBorder>(below, style),
            },
            TableCellMargin = new TableCellMargin
            {
                TopMargin = new TopMargin { Width = Units.Text(Units.Twips(above?.SpaceAfter ?? 0)), Type = TableWidthUnitValues.Dxa },
                BottomMargin = new BottomMargin { Width = Units.Text(Units.Twips(below?.SpaceBefore ?? 0)), Type = TableWidthUnitValues.Dxa },
            },
        };
        return new TableRow(new TableCell(cell, DocxBlocks.Build(row.Content, style, media)));
    }
}

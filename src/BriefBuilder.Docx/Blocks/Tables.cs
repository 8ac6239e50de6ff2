using BriefBuilder.Model;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefBuilder.Docx;

/// <summary>
/// A table as w:tbl on the house table style (its borders and cell padding, <see cref="TableStyles"/>),
/// with the model's column widths fixed (<see cref="TableGeometry"/>), so Word, WPS and LibreOffice
/// break the cells' lines in the widths the PDF does. The header row repeats at the head of each
/// page the table runs onto (w:tblHeader); no row splits across pages (w:cantSplit), as in the PDF.
/// </summary>
internal static class Tables
{
    public static Table Build(LayoutTable layout, HouseStyle style)
    {
        var ts = style.Table(layout.Style);
        var widths = TableGeometry.Of(layout, style).Widths.Select(Units.Twips).ToList();
        var table = new Table(
            new TableProperties
            {
                TableStyle = new DocumentFormat.OpenXml.Wordprocessing.TableStyle { Val = TableStyles.Id(ts) },
                TableWidth = new TableWidth { Width = Units.Text(widths.Sum()), Type = TableWidthUnitValues.Dxa },
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
                TableLook = new TableLook { Val = "0020", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
            },
            new TableGrid(widths.Select(w => new GridColumn { Width = Units.Text(w) })));
        table.Append(Row(layout.Header, header: true, layout, ts.Header, widths, style));
        table.Append(layout.Rows.Select(r => Row(r, header: false, layout, ts.Cell, widths, style)));
        return table;
    }

    static TableRow Row(LayoutTableRow row, bool header, LayoutTable layout, string paragraphStyle, List<int> widths, HouseStyle style)
    {
        var tr = new TableRow(new TableRowProperties(header ? [new CantSplit(), new TableHeader()] : [new CantSplit()]));
        for (var c = 0; c < widths.Count; c++)
        {
            var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleSheet.Id(paragraphStyle, style) } };
            // The column's alignment is the source's; a header keeps its style's.
            if (!header && layout.Columns[c] is { } align) properties.Justification = new Justification { Val = Formatting.Justification(align) };
            var paragraph = new Paragraph(properties);
            if (c < row.Cells.Count) paragraph.Append(row.Cells[c].SelectMany(r => TextParagraphs.Runs(r, style.Paragraph(paragraphStyle), style)));
            tr.Append(new TableCell(new TableCellProperties(
                new TableCellWidth { Width = Units.Text(widths[c]), Type = TableWidthUnitValues.Dxa },
                new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }), paragraph));
        }
        return tr;
    }
}

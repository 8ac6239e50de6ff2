using BriefBuilder.Model;
using BriefBuilder.Pdf.Layout;

namespace BriefBuilder.Pdf.Blocks;

/// <summary>
/// A table: each row one line of the flow, as tall as its tallest cell (its lines in the column's
/// width less the padding, centred between the padding above and below), drawn with its grid lines.
/// The paginator splits the table between rows, keeps the header with the first row, and draws the
/// header again at the head of each further page. In the tagged PDF it is a Table of TR rows of TH
/// and TD cells; the grid lines and the repeated header are decoration.
/// </summary>
internal static class Tables
{
    public static MeasuredBlock Measure(LayoutTable table, BlockMeasurer m)
    {
        var style = m.Style;
        var ts = style.Table(table.Style);
        var geometry = TableGeometry.Of(table, style);
        var rule = style.Rule(ts.Rule);
        var grid = new Grid(geometry.Widths, rule.Strokes[0].Thickness, style.Colour(rule.Colour));
        var header = Row(table, table.Header, 0, ts.Header, ts, grid, m, tagged: true);
        var rows = table.Rows.Select((r, i) => Row(table, r, i + 1, ts.Cell, ts, grid, m, tagged: true));
        return new MeasuredBlock([header, .. rows], table.Spacing(style), "Table", table.Text)
        {
            Head = Math.Min(2, 1 + table.Rows.Count),
            Repeat = Row(table, table.Header, 0, ts.Header, ts, grid, m, tagged: false),
        };
    }

    /// <summary>The column widths, and the stroke that draws the lines between them.</summary>
    sealed record Grid(IReadOnlyList<double> Widths, double Thickness, Colour Colour);

    /// <summary>
    /// A row as one line of the flow. Tagged, each cell's text is a TH (header) or TD of a TR; untagged
    /// (a repeated header) everything is decoration.
    /// </summary>
    static MeasuredLine Row(LayoutTable table, LayoutTableRow row, int index, string cellStyle, TableStyle ts, Grid grid, BlockMeasurer m, bool tagged)
    {
        var ps = m.Style.Paragraph(cellStyle);
        var isHeader = index == 0;
        var cells = grid.Widths.Select((width, c) =>
        {
            var runs = c < row.Cells.Count ? row.Cells[c] : [];
            var align = isHeader ? ps.Align : table.Columns[c] ?? ps.Align;
            var lines = m.Lines(new LayoutParagraph(cellStyle, runs, row.Source), Math.Max(width - 2 * ts.PaddingX, 1), align)
                .Select(l => m.Line(ps, l)).ToList();
            return (Lines: lines, Height: lines.Sum(l => l.Height), Text: string.Concat(runs.Select(r => r.Text)));
        }).ToList();
        var height = cells.Max(c => c.Height) + 2 * ts.PaddingY;
        var tr = new ContentTag(index, "TR", "");

        IEnumerable<PlacedItem> Draw(double left, double top)
        {
            var x = left;
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                var tag = tagged ? new ContentTag(c, isHeader ? "TH" : "TD", cell.Text) { Parent = tr } : ContentTag.Artifact;
                var y = top + (height - cell.Height) / 2;
                foreach (var line in cell.Lines)
                {
                    foreach (var item in line.Draw(x + ts.PaddingX, y)) yield return item with { Tag = tag };
                    y += line.Height;
                }
                x += grid.Widths[c];
            }
            foreach (var rule in Lines(left, top, height, grid)) yield return rule with { Tag = ContentTag.Artifact };
        }
        return new MeasuredLine(height, OnGrid: false, Draw, string.Join("\t", cells.Select(c => c.Text)));
    }

    /// <summary>The row's grid lines: above and below it, and beside each cell, centred on the cells' edges.</summary>
    static IEnumerable<PlacedRule> Lines(double left, double top, double height, Grid grid)
    {
        var t = grid.Thickness;
        var width = grid.Widths.Sum();
        yield return new PlacedRule(left - t / 2, top - t / 2, width + t, t, grid.Colour);
        yield return new PlacedRule(left - t / 2, top + height - t / 2, width + t, t, grid.Colour);
        var x = left;
        foreach (var w in grid.Widths.Prepend(0))
        {
            x += w;
            yield return new PlacedRule(x - t / 2, top - t / 2, t, height + t, grid.Colour);
        }
    }
}

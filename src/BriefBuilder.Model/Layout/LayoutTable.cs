namespace BriefBuilder.Model;

/// <summary>
/// A table in a table style of <c>style.yaml</c>: a header row, repeated at the head of every page the
/// table runs onto, then its rows. A row never splits across pages; the table splits between rows.
/// <see cref="Columns"/> is each column's alignment where the source chose one, null for the cell style's.
/// Where it stands in the flow and how wide its columns are is the model's (<see cref="TableGeometry"/>),
/// so both writers set the same table.
/// </summary>
public sealed record LayoutTable(string Style, LayoutTableRow Header, IReadOnlyList<LayoutTableRow> Rows, IReadOnlyList<Alignment?> Columns, SourceRef Source) : LayoutBlock(Source)
{
    /// <summary>Header row first, then the body rows.</summary>
    public IEnumerable<LayoutTableRow> AllRows => Rows.Prepend(Header);

    public override string Text => string.Join("\n", AllRows.Select(r => string.Join("\t", r.Cells.Select(c => string.Concat(c.Select(run => run.Text))))));

    /// <summary>Off the grid: rows are as tall as their text and padding. It keeps with nothing; its first rows keep together.</summary>
    public override BlockSpacing Spacing(HouseStyle style)
    {
        var table = style.Table(Style);
        return new BlockSpacing(table.SpaceBefore, table.SpaceAfter, OnGrid: false, Top: null, KeepWithNext: false);
    }

    /// <summary>When its columns cannot fit the text block's width even at their least (<see cref="TableGeometry"/>).</summary>
    public override bool Landscape(HouseStyle style) => TableGeometry.Of(this, style).Landscape;

    /// <summary>Each row one line of its cell style: the height before any cell's text is broken.</summary>
    public override double NominalHeight(HouseStyle style)
    {
        var table = style.Table(Style);
        return AllRows.Sum(r => style.Paragraph(ReferenceEquals(r, Header) ? table.Header : table.Cell).LineHeight + 2 * table.PaddingY);
    }

    public override IEnumerable<(ParagraphStyle, LayoutRun)> StyledRuns(HouseStyle style)
    {
        var table = style.Table(Style);
        return AllRows.SelectMany(r => r.Cells.SelectMany(c => c.Select(run => (style.Paragraph(ReferenceEquals(r, Header) ? table.Header : table.Cell), run))));
    }

    public override T Accept<T>(ILayoutVisitor<T> visitor) => visitor.Table(this);

    internal override void Dump(DumpWriter text, int depth)
    {
        text.Line(depth, $"table {Style} columns [{string.Join(", ", Columns.Select(c => c?.ToString() ?? "default"))}]{At}");
        foreach (var row in AllRows)
        {
            text.Line(depth + 1, $"{(ReferenceEquals(row, Header) ? "header" : "row")}{(row.Source.Line > 0 ? $" ({row.Source.File}:{row.Source.Line})" : "")}");
            foreach (var cell in row.Cells)
            {
                text.Line(depth + 2, $"cell");
                LayoutRun.Dump(text, depth + 3, "", cell);
            }
        }
    }
}

/// <summary>A row of a table: each cell's runs, and the line of the source it came from.</summary>
public sealed record LayoutTableRow(IReadOnlyList<IReadOnlyList<LayoutRun>> Cells, SourceRef Source);

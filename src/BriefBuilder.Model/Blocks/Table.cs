namespace BriefBuilder.Model;

/// <summary>
/// A data table: its caption line above it (表1 …, a paragraph the template sets in its own style),
/// a header row and the rows below it, each a list of cells of text with emphasis. <see cref="Columns"/>
/// gives each column's alignment where the editor chose one (<c>:--</c>, <c>:-:</c>, <c>--:</c>),
/// null where the table style's is meant.
/// </summary>
public sealed record Table(int Line, Paragraph? Caption, TableRow Header, IReadOnlyList<TableRow> Rows, IReadOnlyList<Alignment?> Columns) : Block(Line)
{
    public const string KindName = "table";
    public override string Kind => KindName;

    /// <summary>Header row first, then the body rows.</summary>
    public IEnumerable<TableRow> AllRows => Rows.Prepend(Header);

    public override string Text => string.Join("\n", (Caption is null ? [] : new[] { Caption.Text })
        .Concat(AllRows.Select(r => string.Join("\t", r.Cells.Select(Span.Join)))));

    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Table(this);

    internal override void Dump(DumpWriter text, int depth)
    {
        text.Line(depth, $"Table (line {Line}) columns [{string.Join(", ", Columns.Select(c => c?.ToString() ?? "default"))}]");
        if (Caption is not null)
        {
            text.Line(depth + 1, $"Caption");
            Caption.Dump(text, depth + 2);
        }
        foreach (var row in AllRows)
        {
            text.Line(depth + 1, $"{(ReferenceEquals(row, Header) ? "Header" : "Row")} (line {row.Line})");
            foreach (var cell in row.Cells)
            {
                text.Line(depth + 2, $"Cell");
                Span.Dump(text, depth + 3, cell);
            }
        }
    }
}

/// <summary>A row of a table on line <see cref="Line"/> of the source: its cells' text, one list of spans a cell.</summary>
public sealed record TableRow(int Line, IReadOnlyList<IReadOnlyList<Span>> Cells);

using BriefBuilder.Model;

namespace BriefBuilder.Template.Blocks;

/// <summary>
/// A table: written whole by <c>table STYLE b</c>; <c>b.caption</c> is its caption line (表1 …), a
/// paragraph the template writes in a style of its choosing before it.
/// </summary>
internal static class Tables
{
    public static TrackedBlock Of(Table table)
    {
        var caption = table.Caption is null ? null : TextBlocks.Of(table.Caption, table.Caption.Spans);
        return new TrackedBlock(table, caption is null ? [] : [caption], writesItself: true) { ["caption"] = caption };
    }

    /// <summary>The table's rows as the layout takes them: each cell's spans as runs, each row at its line.</summary>
    public static (LayoutTableRow Header, List<LayoutTableRow> Rows) Rows(Table table, string file)
    {
        LayoutTableRow Row(TableRow row) => new(row.Cells.Select(c => (IReadOnlyList<LayoutRun>)c.Select(s => RunValue.Of(s).Run).ToList()).ToList(), new SourceRef(file, row.Line));
        return (Row(table.Header), table.Rows.Select(Row).ToList());
    }
}

using System.Text.RegularExpressions;
using BriefBuilder.Model;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace BriefBuilder.Source.Blocks;

/// <summary>
/// A Markdown pipe table with its caption line directly above it, numbered in the brief's order:
/// <code>
/// 表1 2023年各市地区生产总值
///
/// | 城市 | 地区生产总值（亿元） |
/// |------|--------------------:|
/// | 苏州 | 24653.4 |
/// </code>
/// The first row is the header. A column's alignment is the editor's (<c>:--</c> <c>:-:</c> <c>--:</c>)
/// or the table style's. A cell holds text with emphasis. Grid tables (<c>+---+</c>) are refused:
/// one way to write a table is enough.
/// </summary>
internal static partial class TableReader
{
    [GeneratedRegex(@"^表\s*(\d+)")]
    private static partial Regex CaptionNumber();

    public static Model.Table Read(MdTable table, MarkdownBody body)
    {
        if (body.SourceLine(table).TrimStart().StartsWith('+'))
            throw body.Error(table, "a grid table (+---+) cannot be printed in a brief; write it as a pipe table (| a | b | over |---|---|)");
        var number = ++body.Tables;
        var caption = body.TakePrevious(b => b is Paragraph p && CaptionNumber().IsMatch(p.Text)) as Paragraph
            ?? throw body.Error(table, $"a table needs its caption line directly above it, 表{number} and its title (表{number} 2023年各市地区生产总值)");
        if (int.Parse(CaptionNumber().Match(caption.Text).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) != number)
            throw new SourceError(body.File, caption.Line, $"this is the brief's table {number}: its caption starts 表{number}, not “{CaptionNumber().Match(caption.Text).Value}”");
        var rows = table.OfType<MdTableRow>().ToList();
        if (rows.Count == 0 || !rows[0].IsHeader)
            throw body.Error(table, "a table's first row is its header, underlined by |---|---|");
        // Markdig widens the header with empty cells for a row that has more than it.
        var columns = rows[0].Count;
        var header = Row(rows[0], columns, body);
        var unnamed = header.Cells.ToList().FindIndex(c => c.Count == 0);
        if (unnamed >= 0)
            throw body.Error(rows[0], $"column {unnamed + 1} of the table has no heading in its header row: every column needs one (a row with more cells than the header? a | in a cell's text is written \\|)");
        var aligns = Enumerable.Range(0, columns).Select(c => c < table.ColumnDefinitions.Count ? Align(table.ColumnDefinitions[c].Alignment) : null).ToList();
        if (rows.Count == 1)
            throw body.Error(table, "the table has a header and no rows: write its rows below the |---| line");
        return new Model.Table(body.Line(table), caption, header, rows.Skip(1).Select(r => Row(r, columns, body)).ToList(), aligns)
        {
            LastLine = body.LastLine(table),
        };
    }

    /// <summary>A row's cells, as many as the header's: a short row's missing cells are empty.</summary>
    static Model.TableRow Row(MdTableRow row, int columns, MarkdownBody body)
    {
        var cells = row.OfType<TableCell>().Select(cell => cell.OfType<ParagraphBlock>().SelectMany(p => body.Spans(p.Inline)).ToList())
            .Concat(Enumerable.Range(0, columns - row.Count).Select(_ => new List<Span>()));
        return new Model.TableRow(body.Line(row), cells.Select(c => (IReadOnlyList<Span>)c).ToList());
    }

    static Alignment? Align(TableColumnAlign? align) => align switch
    {
        TableColumnAlign.Left => Alignment.Left,
        TableColumnAlign.Center => Alignment.Center,
        TableColumnAlign.Right => Alignment.Right,
        _ => null,
    };
}

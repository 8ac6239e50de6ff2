using BriefBuilder.Model;

namespace BriefBuilder.Lint.Blocks;

/// <summary>
/// A table's text for the character checks: its caption's lines, then each cell of each row on its
/// own (quotes and brackets pair within a cell), the pipes between cells being markup.
/// </summary>
internal static class TableCells
{
    public static IEnumerable<IReadOnlyList<TextRange>> Units(Table table, string[] lines, Func<Block, List<TextRange>> blockLines)
    {
        if (table.Caption is not null) yield return blockLines(table.Caption);
        foreach (var row in table.AllRows)
            foreach (var cell in Cells(row.Line, lines[row.Line - 1]))
                yield return [cell];
    }

    /// <summary>The stretches between the unescaped pipes of a row's line that hold more than white space.</summary>
    static IEnumerable<TextRange> Cells(int line, string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && (text[i] != '|' || (i > 0 && text[i - 1] == '\\'))) continue;
            if (!text.AsSpan(start, i - start).IsWhiteSpace()) yield return new TextRange(line, start, i);
            start = i + 1;
        }
    }
}

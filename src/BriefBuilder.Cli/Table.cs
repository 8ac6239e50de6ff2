using System.Text;
using BriefBuilder.Model;

namespace BriefBuilder.Cli;

/// <summary>Plain text columns padded to line up, two spaces apart: readable in a terminal, easy to grep and cut.</summary>
public static class Table
{
    public static string Format(IEnumerable<string[]> rows, string[] header)
    {
        var all = rows.Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(c => all.Max(r => Width(r[c]))).ToArray();
        var text = new StringBuilder();
        foreach (var row in all)
        {
            // The last column is not padded: no trailing blanks.
            var cells = row.Select((cell, c) => c < row.Length - 1 ? cell + new string(' ', widths[c] - Width(cell)) : cell);
            text.Append(string.Join("  ", cells)).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Columns a cell takes in a terminal: a Chinese character takes two (仿宋_GB2312 is 11 wide, not 9).</summary>
    static int Width(string cell)
    {
        int width = 0;
        foreach (var rune in cell.EnumerateRunes()) width += CharClass.IsWide(rune.Value) ? 2 : 1;
        return width;
    }
}

using System.Text;

namespace BriefBuilder.Cli;

/// <summary>Plain text columns padded to line up, two spaces apart: readable in a terminal, easy to grep and cut.</summary>
public static class Table
{
    public static string Format(IEnumerable<string[]> rows, string[] header)
    {
        var all = rows.Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(c => all.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in all)
        {
            // The last column is not padded: no trailing blanks.
            var cells = row.Select((cell, c) => c < row.Length - 1 ? cell.PadRight(widths[c]) : cell);
            text.Append(string.Join("  ", cells)).Append('\n');
        }
        return text.ToString();
    }
}

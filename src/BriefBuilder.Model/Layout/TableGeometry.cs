namespace BriefBuilder.Model;

/// <summary>
/// How a table is set across the page, decided once for both writers: each column's width and
/// whether the table goes on a landscape page. Widths come from the content, as a browser's
/// automatic table layout does: a column's natural width holds its longest cell on one line, its
/// least width its longest unbreakable piece (a number, a Latin word, or two characters); the
/// table always spans the text block, widened in proportion to the natural widths, or, when those
/// do not fit, with the widest columns cut back to one width (short columns stay whole).
/// A table whose least widths exceed the text block is turned onto a landscape page, where the
/// text block's height is its width (GB/T 9704-2012 §8).
/// </summary>
/// <remarks>
/// A header cell counts at half its length, so a long heading breaks in two over short figures.
/// Text is measured by its characters, not by a font: a wide character (汉字, full-width mark) is
/// one em of its cell style's size, anything else half an em, as on the house grid. The writers
/// break lines in the widths given, each with its own fonts.
/// </remarks>
public sealed record TableGeometry(IReadOnlyList<double> Widths, bool Landscape)
{
    /// <summary>The least characters a column is made wide enough for: narrower, Chinese text breaks after every character.</summary>
    const int LeastChars = 2;

    /// <summary>Room over the text's own width, in ems: Word and LibreOffice round widths and would break a line that just fits.</summary>
    const double Slack = 0.25;

    public double Width => Widths.Sum();

    public static TableGeometry Of(LayoutTable table, HouseStyle style)
    {
        var ts = style.Table(table.Style);
        var columns = table.Columns.Count;
        var natural = new double[columns];
        var least = new double[columns];
        foreach (var row in table.AllRows)
        {
            var header = ReferenceEquals(row, table.Header);
            var size = style.Paragraph(header ? ts.Header : ts.Cell).Size;
            for (var c = 0; c < columns && c < row.Cells.Count; c++)
            {
                var text = string.Concat(row.Cells[c].Where(r => !r.IsLineBreak).Select(r => r.Text));
                // A heading may take two lines: a long heading over short figures does not widen its column.
                natural[c] = Math.Max(natural[c], (Ems(text) / (header ? 2 : 1) + Slack) * size + 2 * ts.PaddingX);
                least[c] = Math.Max(least[c], (Math.Max(LeastChars, LongestPiece(text)) + Slack) * size + 2 * ts.PaddingX);
            }
        }
        for (var c = 0; c < columns; c++) natural[c] = Math.Max(natural[c], least[c]);
        var portrait = style.Page.TextWidth;
        var landscape = least.Sum() > portrait + 0.01;
        var room = landscape ? style.Page.TextHeight : portrait;
        if (least.Sum() > room + 0.01)
            throw table.Source.Error($"the table's {columns} columns need at least {Mm(least.Sum())}, more than even a landscape page's text block ({Mm(room)}): split it into narrower tables");
        return new TableGeometry(Fit(natural, least, room), landscape);
    }

    /// <summary>
    /// Widths that add up to <paramref name="room"/>: natural ones widened in proportion; or, when they
    /// do not fit, every column held to one cap, the widest giving way first, none below its least
    /// (a short column keeps its natural width, and a long one wraps rather than every one).
    /// </summary>
    static double[] Fit(double[] natural, double[] least, double room)
    {
        var wide = natural.Sum();
        if (wide <= room) return natural.Select(n => n * room / wide).ToArray();
        double Width(int i, double cap) => Math.Max(least[i], Math.Min(natural[i], cap));
        double low = 0, high = natural.Max();
        for (var step = 0; step < 60; step++)
        {
            var cap = (low + high) / 2;
            if (natural.Select((_, i) => Width(i, cap)).Sum() > room) high = cap; else low = cap;
        }
        var widths = natural.Select((_, i) => Width(i, low)).ToArray();
        // What the search leaves over (a fraction of a point) goes to the columns at the cap.
        var capped = Enumerable.Range(0, widths.Length).Where(i => widths[i] < natural[i] && widths[i] > least[i]).ToList();
        var rest = room - widths.Sum();
        foreach (var i in capped) widths[i] += rest / capped.Count;
        return widths;
    }

    /// <summary>The text's advance in ems: a wide character one, anything else half.</summary>
    static double Ems(string text) => text.EnumerateRunes().Sum(r => CharClass.IsWide(r.Value) ? 1.0 : 0.5);

    /// <summary>The longest run of characters that cannot be broken (not wide, not space), in ems.</summary>
    static double LongestPiece(string text)
    {
        double longest = 0, piece = 0;
        foreach (var r in text.EnumerateRunes())
        {
            if (CharClass.IsWide(r.Value) || CharClass.IsSpace(r.Value)) piece = 0;
            else longest = Math.Max(longest, piece += 0.5);
        }
        return longest;
    }

    static string Mm(double points) => (points / 72 * 25.4).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " mm";
}

namespace BriefBuilder.Model;

/// <summary>
/// How a table is set across the page, decided once for both writers: each column's width and
/// whether the table goes on a landscape page. Widths come from the content, as a browser's
/// automatic table layout does: a column's natural width holds its longest cell on one line, its
/// least width its longest unbreakable piece (a number, a Latin word, or two characters); the
/// table always spans the text block, widened in proportion to the natural widths, or, when those
/// do not fit, with the short columns whole and the long ones sharing the rest (see <see cref="Fit"/>).
/// A table whose least widths exceed the text block is set on a landscape page (<see cref="PageGeometry.Turned"/>),
/// where the text block's height is its width (GB/T 9704-2012 §8; <see cref="LandscapePages"/>).
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

    /// <summary>Room over the text's own width, in ems: Word and LibreOffice round widths, so a line that just fits would break.</summary>
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
                // Each line the source broke the cell into (a title's lines) on its own.
                foreach (var text in Lines(row.Cells[c]))
                {
                    // A heading may take two lines: a long heading over short figures does not widen its column.
                    natural[c] = Math.Max(natural[c], (Ems(text) / (header ? 2 : 1) + Slack) * size + 2 * ts.PaddingX);
                    least[c] = Math.Max(least[c], (Math.Max(LeastChars, LongestPiece(text)) + Slack) * size + 2 * ts.PaddingX);
                }
            }
        }
        for (var c = 0; c < columns; c++) natural[c] = Math.Max(natural[c], least[c]);
        var portrait = style.Page.TextWidth;
        var landscape = least.Sum() > portrait + 0.01;
        var room = landscape ? style.Page.Turned.TextWidth : portrait;
        if (least.Sum() > room + 0.01)
            throw table.Source.Error($"the table's {columns} columns need at least {Mm(least.Sum())}, more than even a landscape page's text block ({Mm(room)}): split it into narrower tables");
        return new TableGeometry(Fit(natural, least, room), landscape);
    }

    /// <summary>
    /// Widths that add up to <paramref name="room"/>: natural ones widened in proportion; or, when they
    /// do not fit, each column no wider than an equal share of the room left keeps its natural width
    /// (again, until none does), and the long columns share what remains in proportion to their
    /// natural widths, none below its least. So short columns (numbers, names, dates) never wrap
    /// while a column of prose does, and the longest prose gets the most room.
    /// </summary>
    static double[] Fit(double[] natural, double[] least, double room)
    {
        var wide = natural.Sum();
        if (wide <= room) return natural.Select(n => n * room / wide).ToArray();
        var widths = new double[natural.Length];
        var open = Enumerable.Range(0, natural.Length).ToList();
        var left = room;
        while (open.Count > 0)
        {
            var share = left / open.Count;
            var small = open.Where(i => natural[i] <= share).ToList();
            if (small.Count == 0) break;
            foreach (var i in small) { widths[i] = natural[i]; left -= natural[i]; open.Remove(i); }
        }
        while (open.Count > 0)
        {
            var total = open.Sum(i => natural[i]);
            var narrow = open.Where(i => left * natural[i] / total < least[i]).ToList();
            if (narrow.Count == 0)
            {
                foreach (var i in open) widths[i] = left * natural[i] / total;
                break;
            }
            foreach (var i in narrow) { widths[i] = least[i]; left -= least[i]; open.Remove(i); }
        }
        return widths;
    }

    /// <summary>The text of a cell's lines, between the line breaks its source chose.</summary>
    static IEnumerable<string> Lines(IReadOnlyList<LayoutRun> cell) =>
        string.Concat(cell.Select(r => r.Text)).Split(LayoutRun.LineBreak.Text);

    /// <summary>
    /// The text's advance in ems: a wide character one, anything else half, and a quarter at each
    /// change between Chinese and Latin or digits, where LibreOffice sets a space of its own
    /// (2024年6月3日 has five) though the style asks for none.
    /// </summary>
    static double Ems(string text)
    {
        double ems = 0;
        bool? wasWide = null;
        foreach (var r in text.EnumerateRunes())
        {
            var wide = CharClass.IsWide(r.Value);
            ems += (wide ? 1.0 : 0.5) + (wasWide is { } before && before != wide ? 0.25 : 0);
            wasWide = wide;
        }
        return ems;
    }

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

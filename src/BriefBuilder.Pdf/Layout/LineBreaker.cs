using BriefBuilder.Model;

namespace BriefBuilder.Pdf.Layout;

/// <summary>An atom set on a line: its x from the line's start and the width it finally takes.</summary>
public readonly record struct SetAtom(Atom Atom, double X, double Width);

public sealed record SetLine(IReadOnlyList<SetAtom> Atoms)
{
    public string Text => string.Concat(Atoms.Select(a => a.Atom.Text));
}

/// <summary>
/// Breaks a paragraph's atoms into lines by the Chinese rules of W3C clreq (basic level):
/// no closing mark at a line start, no opening mark at a line end, —— and …… kept whole,
/// Latin words never split. Where a mark would start a line, the marks of the line before first
/// give up their blank halves to take it in (the last mark first), and only then is a character
/// pushed down. A paragraph's last line is not left holding one character (and its closing
/// marks) when squeezing the marks of the lines above takes it back; when squeezing made such a
/// line, a character is pushed down instead. Full lines are justified on the grid: what adjacent
/// pairs freed goes back to pairs in whole halves, and only what is left (a line with Latin text,
/// or a character pushed down) is spread evenly between atoms.
/// </summary>
public static class LineBreaker
{
    private const double Epsilon = 0.01;

    /// <summary>How many lines above a lone last character are tried, nearest first, to mend it: enough for any paragraph with a few marks, and bounded so layout stays linear.</summary>
    private const int Tries = 4;

    /// <summary>How a line is filled.</summary>
    private enum Fill
    {
        /// <summary>At natural width; a mark that would start the next line is taken in by squeezing the line's marks, else a character goes down.</summary>
        Natural,
        /// <summary>As far as squeezing the line's marks allows: to take back a lone last character.</summary>
        Tight,
        /// <summary>At natural width; a mark that would start the next line is taken in only by its own line-end half, else a character goes down (clreq's push-out).</summary>
        PushOut,
    }

    /// <param name="indent">Room left empty before the first line's text.</param>
    public static List<SetLine> Break(IReadOnlyList<Atom> input, double width, double indent, Alignment align)
    {
        // One read of each atom: every later pass looks at them several times.
        var atoms = input as Atom[] ?? input.ToArray();
        var breaks = Breaks(atoms, width, indent, [], Fill.Natural, int.MaxValue);
        if (align == Alignment.Center && breaks.Count > 1)
            breaks = Balance(atoms, width, indent, breaks.Count);
        else if (align == Alignment.Justify)
            breaks = Mended(atoms, width, indent, breaks);
        var lines = new List<SetLine>();
        // Spaces at a break vanish: a line never starts with the space the break fell on.
        var start = SkipSpaces(atoms, 0);
        for (var i = 0; i < breaks.Count; i++)
        {
            var first = i == 0;
            var last = i == breaks.Count - 1;
            lines.Add(Set(atoms, start, breaks[i], width - (first ? indent : 0), first ? indent : 0, last ? Fallback(align) : align));
            start = SkipSpaces(atoms, breaks[i]);
        }
        return lines;
    }

    /// <summary>The last line of a justified paragraph sits flush left.</summary>
    private static Alignment Fallback(Alignment align) => align == Alignment.Justify ? Alignment.Left : align;

    /// <summary>
    /// End index (exclusive) of each line: the lines of <paramref name="kept"/> as they are, then
    /// lines filled <see cref="Fill.Natural"/>, and from line <paramref name="from"/> on lines
    /// filled as <paramref name="fill"/> says.
    /// </summary>
    private static List<int> Breaks(Atom[] atoms, double width, double indent, IReadOnlyList<int> kept, Fill fill, int from)
    {
        var ends = new List<int>(kept);
        var start = SkipSpaces(atoms, ends.Count == 0 ? 0 : ends[^1]);
        while (start < atoms.Length)
        {
            var room = width - (ends.Count == 0 ? indent : 0);
            var mode = ends.Count >= from ? fill : Fill.Natural;
            var end = mode == Fill.Tight ? TightEnd(atoms, start, room) : NaturalEnd(atoms, start, room);
            if (end < atoms.Length && !CanBreakBefore(atoms, end))
                end = Squeezed(atoms, start, end, room, mode) ?? PushedDown(atoms, start, end);
            if (end == start)
                throw new LayoutException($"'{atoms[start].Text}' is wider than a line");
            ends.Add(end);
            start = SkipSpaces(atoms, end);
        }
        return ends;
    }

    /// <summary>First atom past what fits at natural width (adjacent marks compressed).</summary>
    private static int NaturalEnd(Atom[] atoms, int start, double room)
    {
        var used = 0.0;
        var end = start;
        while (end < atoms.Length && (used + atoms[end].Room <= room + Epsilon || atoms[end].Kind == CharKind.Space))
            used += atoms[end++].Room;
        return end;
    }

    /// <summary>First atom past what fits when every mark of the line gives up its blank half.</summary>
    private static int TightEnd(Atom[] atoms, int start, double room)
    {
        var used = 0.0;
        var end = start;
        while (end < atoms.Length && (used + atoms[end].Room - atoms[end].Give <= room + Epsilon || atoms[end].Kind == CharKind.Space))
        {
            used += atoms[end].Room - atoms[end].Give;
            end++;
        }
        return end;
    }

    /// <summary>The next allowed break after <paramref name="end"/>, if squeezing marks makes the line fit.</summary>
    private static int? Squeezed(Atom[] atoms, int start, int end, double room, Fill mode)
    {
        var next = end;
        while (next < atoms.Length && !CanBreakBefore(atoms, next)) next++;
        var give = mode == Fill.PushOut ? LastGive(atoms, start, next) : SqueezeRoom(atoms, start, next);
        return Content(atoms, start, next) - give <= room + Epsilon ? next : null;
    }

    /// <summary>The last allowed break before <paramref name="end"/>: characters go down to the next line.</summary>
    private static int PushedDown(Atom[] atoms, int start, int end)
    {
        for (var b = end - 1; b > start; b--)
            if (CanBreakBefore(atoms, b)) return b;
        return end; // nothing allowed: a break against the rules beats running off the page
    }

    /// <summary>
    /// A paragraph whose last line holds a single character (and closing marks), mended where it
    /// can be: first taken back by filling the lines above as tight as their marks allow, from
    /// the nearest line up (only lines whose marks together could give up the room are tried);
    /// else, when squeezing marks to keep a mark off a line's start is what left the character
    /// alone, by pushing a character down there instead. Either only where no new lone
    /// character results.
    /// </summary>
    private static List<int> Mended(Atom[] atoms, double width, double indent, List<int> breaks)
    {
        if (breaks.Count < 2 || !Lone(atoms, breaks)) return breaks;
        var lastStart = SkipSpaces(atoms, breaks[^2]);
        var wanted = Content(atoms, lastStart, breaks[^1]) - SqueezeRoom(atoms, lastStart, breaks[^1]);
        var give = 0.0;
        var tries = 0;
        for (var k = breaks.Count - 2; k >= 0 && tries < Tries; k--)
        {
            give += SqueezeRoom(atoms, k == 0 ? SkipSpaces(atoms, 0) : SkipSpaces(atoms, breaks[k - 1]), breaks[k]);
            if (give < wanted - Epsilon) continue;
            tries++;
            var taken = Breaks(atoms, width, indent, breaks.GetRange(0, k), Fill.Tight, k);
            if (taken.Count < breaks.Count && !Lone(atoms, taken)) return taken;
        }
        for (var k = breaks.Count - 2; k >= Math.Max(0, breaks.Count - 1 - Tries); k--)
        {
            var pushed = Breaks(atoms, width, indent, breaks.GetRange(0, k), Fill.PushOut, k);
            if (pushed.Count <= breaks.Count && !Lone(atoms, pushed)) return pushed;
        }
        return breaks;
    }

    /// <summary>Whether the last line of a paragraph broken at <paramref name="breaks"/> is a lone character.</summary>
    private static bool Lone(Atom[] atoms, List<int> breaks) =>
        breaks.Count > 1 && Lone(atoms, breaks[^2], breaks[^1]);

    /// <summary>Whether the line [start, end) holds one atom besides closing marks (a 孤字).</summary>
    private static bool Lone(Atom[] atoms, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
            if (atoms[i].Kind != CharKind.Space && atoms[i].Punct != PunctKind.Closing) count++;
        return count == 1;
    }

    /// <summary>Whether a line may end before atom <paramref name="i"/>. Spaces are looked through: they vanish at a break.</summary>
    public static bool CanBreakBefore(IReadOnlyList<Atom> atoms, int i)
    {
        var before = i - 1;
        while (before >= 0 && atoms[before].Kind == CharKind.Space) before--;
        var after = SkipSpaces(atoms, i);
        if (before < 0 || after >= atoms.Count) return true;
        Atom prev = atoms[before], next = atoms[after];
        if (next.Punct == PunctKind.Closing || prev.Punct == PunctKind.Opening) return false;
        if (after - before > 1) return true; // a space between them
        if (prev.Kind == CharKind.Latin && next.Kind == CharKind.Latin) return false; // one word across runs
        // A lone — or … next to another (the atoms of —— are one when shaped together).
        return !(prev.Punct == PunctKind.Inseparable && next.Text[0] == prev.Text[^1]);
    }

    private static int SkipSpaces(IReadOnlyList<Atom> atoms, int i)
    {
        while (i < atoms.Count && atoms[i].Kind == CharKind.Space) i++;
        return i;
    }

    /// <summary>Room of atoms [start, end) without trailing spaces, adjacent marks compressed.</summary>
    private static double Content(Atom[] atoms, int start, int end)
    {
        end = TrimEnd(atoms, start, end);
        var sum = 0.0;
        for (var i = start; i < end; i++) sum += atoms[i].Room;
        return sum;
    }

    private static int TrimEnd(Atom[] atoms, int start, int end)
    {
        while (end > start && atoms[end - 1].Kind == CharKind.Space) end--;
        return end;
    }

    /// <summary>What the marks of atoms [start, end) can still give up: each its blank half, unless given to a neighbour already.</summary>
    private static double SqueezeRoom(Atom[] atoms, int start, int end)
    {
        end = TrimEnd(atoms, start, end);
        var sum = 0.0;
        for (var i = start; i < end; i++) sum += atoms[i].Give;
        return sum;
    }

    /// <summary>What the last atom of [start, end) can still give up, when it is a closing mark.</summary>
    private static double LastGive(Atom[] atoms, int start, int end)
    {
        end = TrimEnd(atoms, start, end);
        return end > start && atoms[end - 1].Punct == PunctKind.Closing ? atoms[end - 1].Give : 0;
    }

    /// <summary>For centred text (titles): the narrowest measure that still needs no more lines, so lines come out even.</summary>
    private static List<int> Balance(Atom[] atoms, double width, double indent, int count)
    {
        double lo = Content(atoms, 0, atoms.Length) / count, hi = width;
        var best = Breaks(atoms, width, indent, [], Fill.Natural, int.MaxValue);
        for (var step = 0; step < 20 && hi - lo > 0.5; step++)
        {
            var mid = (lo + hi) / 2;
            List<int>? trial = null;
            try { trial = Breaks(atoms, mid, indent, [], Fill.Natural, int.MaxValue); } catch (LayoutException) { }
            if (trial is not null && trial.Count <= count) { best = trial; hi = mid; } else lo = mid;
        }
        return best;
    }

    /// <summary>
    /// Positions atoms [start, end) on a line of <paramref name="room"/> points. A line too long
    /// for its room is squeezed: the last mark gives up its blank half first, then the other marks
    /// from the line's end back. A justified line gives its slack back to its pairs, then spreads
    /// what is left between its atoms.
    /// </summary>
    private static SetLine Set(Atom[] atoms, int start, int end, double room, double indent, Alignment align)
    {
        end = TrimEnd(atoms, start, end);
        var widths = new double[end - start];
        for (var i = start; i < end; i++) widths[i - start] = atoms[i].Room;
        var natural = widths.Sum();

        var gap = 0.0;
        if (natural > room + Epsilon && SqueezeRoom(atoms, start, end) > 0)
        {
            // Marks give up whole blank halves from the line's end back (its last mark first), so
            // that the characters between them keep to the grid's (half-)columns; only the last
            // mark squeezed gives less when less is missing (a line with Latin text).
            var over = natural - room;
            for (var i = end - 1; i >= start && over > Epsilon; i--)
            {
                var given = Math.Min(over, atoms[i].Give);
                widths[i - start] -= given;
                over -= given;
            }
            natural = widths.Sum();
        }
        else if (align == Alignment.Justify && end - start > 1)
        {
            // A line short of its room by what adjacent pairs freed takes it back into pairs,
            // whole halves from the line's end back, before any is spread between atoms: its
            // characters then stay on the grid's columns rather than each a little off them.
            for (var i = end - 1; i >= start; i--)
                if (atoms[i].Compressed && room - natural >= atoms[i].Squeeze - Epsilon)
                {
                    widths[i - start] += atoms[i].Squeeze;
                    natural += atoms[i].Squeeze;
                }
            gap = (room - natural) / (end - start - 1);
        }

        var x = indent + align switch
        {
            Alignment.Center => (room - natural) / 2,
            Alignment.Right => room - natural,
            _ => 0,
        };
        var set = new List<SetAtom>(end - start);
        for (var i = start; i < end; i++)
        {
            set.Add(new SetAtom(atoms[i], x, widths[i - start]));
            x += widths[i - start] + gap;
        }
        return new SetLine(set);
    }
}

/// <summary>Text that cannot be laid out at all (wider than a line).</summary>
public sealed class LayoutException(string message) : Exception(message);

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
/// Latin words never split. Where a mark would start a line it is first squeezed onto the line
/// before (full-width marks give up half their cell), and only then is a character pushed down.
/// Full lines are justified by spreading the slack evenly between atoms.
/// </summary>
public static class LineBreaker
{
    private const double Epsilon = 0.01;

    /// <param name="indent">Room left empty before the first line's text.</param>
    public static List<SetLine> Break(IReadOnlyList<Atom> atoms, double width, double indent, Alignment align)
    {
        var breaks = Breaks(atoms, width, indent);
        if (align == Alignment.Center && breaks.Count > 1)
            breaks = Balance(atoms, width, indent, breaks.Count);
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

    /// <summary>End index (exclusive) of each line.</summary>
    private static List<int> Breaks(IReadOnlyList<Atom> atoms, double width, double indent)
    {
        var ends = new List<int>();
        var start = SkipSpaces(atoms, 0);
        while (start < atoms.Count)
        {
            var room = width - (ends.Count == 0 ? indent : 0);
            var end = NaturalEnd(atoms, start, room);
            if (end < atoms.Count && !CanBreakBefore(atoms, end))
                end = Squeezed(atoms, start, end, room) ?? PushedDown(atoms, start, end);
            if (end == start)
                throw new LayoutException($"'{atoms[start].Text}' is wider than a line");
            ends.Add(end);
            start = SkipSpaces(atoms, end);
        }
        return ends;
    }

    /// <summary>First atom past what fits at natural width.</summary>
    private static int NaturalEnd(IReadOnlyList<Atom> atoms, int start, double room)
    {
        var used = 0.0;
        var end = start;
        while (end < atoms.Count && (used + atoms[end].Width <= room + Epsilon || atoms[end].Kind == CharKind.Space))
            used += atoms[end++].Width;
        return end;
    }

    /// <summary>The next allowed break after <paramref name="end"/>, if squeezing marks makes the line fit.</summary>
    private static int? Squeezed(IReadOnlyList<Atom> atoms, int start, int end, double room)
    {
        var next = end;
        while (next < atoms.Count && !CanBreakBefore(atoms, next)) next++;
        return Content(atoms, start, next) - SqueezeRoom(atoms, start, next) <= room + Epsilon ? next : null;
    }

    /// <summary>The last allowed break before <paramref name="end"/>: characters go down to the next line.</summary>
    private static int PushedDown(IReadOnlyList<Atom> atoms, int start, int end)
    {
        for (var b = end - 1; b > start; b--)
            if (CanBreakBefore(atoms, b)) return b;
        return end; // nothing allowed: a break against the rules beats running off the page
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
        return !(prev.Punct == PunctKind.Inseparable && next.Text == prev.Text);
    }

    private static int SkipSpaces(IReadOnlyList<Atom> atoms, int i)
    {
        while (i < atoms.Count && atoms[i].Kind == CharKind.Space) i++;
        return i;
    }

    /// <summary>Width of atoms [start, end) without trailing spaces.</summary>
    private static double Content(IReadOnlyList<Atom> atoms, int start, int end)
    {
        end = TrimEnd(atoms, start, end);
        var sum = 0.0;
        for (var i = start; i < end; i++) sum += atoms[i].Width;
        return sum;
    }

    private static int TrimEnd(IReadOnlyList<Atom> atoms, int start, int end)
    {
        while (end > start && atoms[end - 1].Kind == CharKind.Space) end--;
        return end;
    }

    /// <summary>
    /// Marks that may give up half their cell on this line: one of each pair of adjacent
    /// full-width marks (so the pair takes 1.5 cells), and a closing mark at the line end.
    /// </summary>
    private static HashSet<int> SqueezeCandidates(IReadOnlyList<Atom> atoms, int start, int end)
    {
        end = TrimEnd(atoms, start, end);
        var candidates = new HashSet<int>();
        for (var i = start; i < end; i++)
        {
            if (atoms[i].Squeeze == 0) continue;
            if (i == end - 1 && atoms[i].Punct == PunctKind.Closing) candidates.Add(i);
            if (i + 1 < end && atoms[i + 1].Squeeze > 0)
                candidates.Add(atoms[i].Punct == PunctKind.Closing ? i : i + 1);
        }
        return candidates;
    }

    private static double SqueezeRoom(IReadOnlyList<Atom> atoms, int start, int end) =>
        SqueezeCandidates(atoms, start, end).Sum(i => atoms[i].Squeeze);

    /// <summary>For centred text (titles): the narrowest measure that still needs no more lines, so lines come out even.</summary>
    private static List<int> Balance(IReadOnlyList<Atom> atoms, double width, double indent, int count)
    {
        double lo = Content(atoms, 0, atoms.Count) / count, hi = width;
        var best = Breaks(atoms, width, indent);
        for (var step = 0; step < 20 && hi - lo > 0.5; step++)
        {
            var mid = (lo + hi) / 2;
            List<int>? trial = null;
            try { trial = Breaks(atoms, mid, indent); } catch (LayoutException) { }
            if (trial is not null && trial.Count <= count) { best = trial; hi = mid; } else lo = mid;
        }
        return best;
    }

    /// <summary>Positions atoms [start, end) on a line of <paramref name="room"/> points.</summary>
    private static SetLine Set(IReadOnlyList<Atom> atoms, int start, int end, double room, double indent, Alignment align)
    {
        end = TrimEnd(atoms, start, end);
        var widths = new double[end - start];
        for (var i = start; i < end; i++) widths[i - start] = atoms[i].Width;
        var natural = widths.Sum();

        var gap = 0.0;
        if (natural > room + Epsilon && SqueezeRoom(atoms, start, end) > 0)
        {
            var candidates = SqueezeCandidates(atoms, start, end);
            var available = candidates.Sum(i => atoms[i].Squeeze);
            var share = Math.Min(1, (natural - room) / available);
            foreach (var i in candidates) widths[i - start] -= atoms[i].Squeeze * share;
            natural = widths.Sum();
        }
        else if (align == Alignment.Justify && end - start > 1)
        {
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

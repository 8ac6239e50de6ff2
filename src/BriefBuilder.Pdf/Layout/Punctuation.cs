namespace BriefBuilder.Pdf.Layout;

/// <summary>Punctuation behaviour for line breaking and compression.</summary>
public enum PunctKind { None, Opening, Closing, Inseparable }

/// <summary>
/// Which half of its cell a full-width mark leaves empty: GB fonts draw ，。、：；？！ and the
/// closing quotes and brackets in the left half, the opening ones in the right. That half is
/// what clreq 3.1.6 lets a mark give up (its "adjustable space").
/// </summary>
public enum Blank { None, Left, Right }

/// <summary>Which wide characters are punctuation that line breaking and squeezing treat apart (clreq).</summary>
public static class Punctuation
{
    // clreq "prohibition rules", basic level: these never start a line…
    private const string NoLineStart = "，。、；：？！）］｝〕〉》」』】〗〙”’％‰·～";
    // …and these never end one.
    private const string NoLineEnd = "（［｛〔〈《「『【〖〘“‘";

    public static PunctKind Punct(int codePoint)
    {
        if (codePoint is 0x2014 or 0x2026) return PunctKind.Inseparable; // —— and …… come in pairs
        if (codePoint > 0xFFFF) return PunctKind.None;
        var c = (char)codePoint;
        if (NoLineEnd.Contains(c)) return PunctKind.Opening;
        if (NoLineStart.Contains(c)) return PunctKind.Closing;
        return PunctKind.None;
    }

    /// <summary>The half of a full-width mark's cell that GB fonts leave empty; none for ·, ～, ‰ and ％, which fill or centre in it.</summary>
    public static Blank BlankOf(int codePoint) => Punct(codePoint) switch
    {
        PunctKind.Opening => Blank.Left,
        PunctKind.Closing when codePoint is not (0x00B7 or 0xFF5E or 0x2030 or 0xFF05) => Blank.Right,
        _ => Blank.None,
    };

    /// <summary>
    /// Adjacent marks give up the blank halves that face each other (clreq 3.1.6): of a pair the
    /// first when its right half is blank (”， 。” ”“ ”？), else the second when its left half is
    /// (《“), so the pair takes one and a half cells; a closing mark followed by an opening one keeps
    /// the half between them once. Only the mark that gives up a half needs one: the other may
    /// draw across its cell's middle (FandolFang centres ？ and has no half to give), and the pair
    /// still has the blank between them to lose. Spaces between them are looked through. Returns
    /// the atoms with <see cref="Atom.Compressed"/> set where a half is given up.
    /// </summary>
    public static List<Atom> CompressAdjacent(IReadOnlyList<Atom> atoms)
    {
        var result = atoms.ToList();
        var previous = -1; // the last atom that is not a space
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].Kind == Model.CharKind.Space) continue;
            if (previous >= 0 && IsMark(result[previous]) && IsMark(result[i]))
            {
                if (result[previous].Blank == Blank.Right && !result[previous].Compressed)
                    result[previous] = result[previous] with { Compressed = true };
                else if (result[i].Blank == Blank.Left)
                    result[i] = result[i] with { Compressed = true };
            }
            previous = i;
        }
        return result;
    }

    /// <summary>A full-width opening or closing mark (—— and …… fill their cells and are no pair's part).</summary>
    private static bool IsMark(Atom atom) => atom.Kind == Model.CharKind.Wide && atom.Punct is PunctKind.Opening or PunctKind.Closing;
}

namespace BriefBuilder.Pdf.Layout;

/// <summary>Punctuation behaviour for line breaking and compression.</summary>
public enum PunctKind { None, Opening, Closing, Inseparable }

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

    /// <summary>Whether a full-width mark's glyph leaves half its cell empty, so it may be squeezed to half width.</summary>
    public static bool Squeezable(int codePoint) =>
        Punct(codePoint) is PunctKind.Opening || (Punct(codePoint) is PunctKind.Closing && codePoint is not (0x00B7 or 0xFF5E or 0x2030 or 0xFF05));
}

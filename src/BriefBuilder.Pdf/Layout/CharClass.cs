namespace BriefBuilder.Pdf.Layout;

/// <summary>
/// How a character behaves in a Chinese line (W3C clreq): wide characters take a grid cell
/// and may break anywhere; Latin letters and digits run together into unbreakable words.
/// </summary>
public enum CharKind { Wide, Latin, Space }

/// <summary>Punctuation behaviour for line breaking and compression.</summary>
public enum PunctKind { None, Opening, Closing, Inseparable }

public static class CharClass
{
    // clreq "prohibition rules", basic level: these never start a line…
    private const string NoLineStart = "，。、；：？！）］｝〕〉》」』】〗〙”’％‰·～";
    // …and these never end one.
    private const string NoLineEnd = "（［｛〔〈《「『【〖〘“‘";

    /// <summary>Characters set in the paragraph's Chinese font on the grid; the rest go to its Latin font.</summary>
    public static CharKind Kind(int codePoint) => codePoint switch
    {
        ' ' or '\t' or '\u00A0' => CharKind.Space,
        0x00B7 => CharKind.Wide,                        // middle dot between names: full width in Chinese
        < 0x0300 => CharKind.Latin,                     // ASCII, Latin-1, Latin Extended
        >= 0x2010 and <= 0x2013 => CharKind.Latin,      // hyphens, en dash
        _ => CharKind.Wide,
    };

    /// <summary>
    /// Invisible characters that mark where a line may or may not break (zero-width space, word
    /// joiner, zero-width no-break space): they stay in the text, so copying gives them back, but
    /// take no room, where a grid cell would show as a blank.
    /// </summary>
    public static bool IsZeroWidth(int codePoint) => codePoint is 0x200B or 0x2060 or 0xFEFF;

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

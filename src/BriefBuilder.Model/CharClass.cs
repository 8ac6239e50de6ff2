namespace BriefBuilder.Model;

/// <summary>
/// How a character behaves in a Chinese line (W3C clreq): wide characters take a grid cell
/// and may break anywhere; Latin letters and digits run together into unbreakable words.
/// </summary>
public enum CharKind { Wide, Latin, Space }

/// <summary>
/// The one test of which characters are wide: the Markdown reader uses it to join source lines
/// (nothing between wide characters), lint to tell Chinese context, the layout to pick fonts and cells.
/// </summary>
public static class CharClass
{
    /// <summary>Characters set in the paragraph's Chinese font on the grid; the rest go to its Latin font.</summary>
    public static CharKind Kind(int codePoint) => codePoint switch
    {
        ' ' or '\t' or '\u00A0' => CharKind.Space,
        0x00B7 => CharKind.Wide,                        // middle dot between names: full width in Chinese
        < 0x0300 => CharKind.Latin,                     // ASCII, Latin-1, Latin Extended
        >= 0x2010 and <= 0x2013 => CharKind.Latin,      // hyphens, en dash
        _ => CharKind.Wide,                             // also a lone surrogate: the half of a supplementary ideograph
    };

    public static bool IsWide(int codePoint) => Kind(codePoint) == CharKind.Wide;

    /// <summary>
    /// Invisible characters that mark where a line may or may not break (zero-width space, word
    /// joiner, zero-width no-break space): they stay in the text, so copying gives them back, but
    /// take no room, where a grid cell would show as a blank.
    /// </summary>
    public static bool IsZeroWidth(int codePoint) => codePoint is 0x200B or 0x2060 or 0xFEFF;
}

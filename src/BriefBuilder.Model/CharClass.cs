namespace BriefBuilder.Model;

/// <summary>
/// How a character behaves in a Chinese line (W3C clreq): wide characters take a grid cell
/// and may break anywhere; Latin letters and digits run together into unbreakable words.
/// </summary>
public enum CharKind { Wide, Latin, Space }

/// <summary>What a character of a brief becomes: the one rule the reader, lint, the dump and the writers all follow.</summary>
public enum CharTreatment
{
    /// <summary>An ordinary character: it prints.</summary>
    Prints,

    /// <summary>
    /// Invisible and meant (zero-width space, word joiner, joiners, variation selectors): stays in
    /// the text, so copying gives it back, and takes no room on the line.
    /// </summary>
    ZeroWidth,

    /// <summary>
    /// Pasted from Word or a web page and never meant in a brief (an ideographic space as indent, a
    /// no-break space, a line separator, a soft hyphen, direction marks): a lint error, which
    /// <c>brief lint --fix</c> removes or turns into a plain space. It would print as a gap or not at all.
    /// </summary>
    Lint,

    /// <summary>
    /// Cannot be printed and is no valid XML (control characters, the noncharacters U+FFFE, U+FFFF
    /// and their kin): the reader refuses the file at the character's line.
    /// </summary>
    Refused,
}

/// <summary>
/// The one test of which characters are wide, and the one rule of what each character becomes
/// (<see cref="Treatment"/>): the Markdown reader uses it to join source lines (nothing between
/// wide characters) and to refuse what cannot print, lint to tell Chinese context and to find
/// pasted invisibles, the dump to escape what does not show, the layout to pick fonts and cells.
/// </summary>
public static class CharClass
{
    /// <summary>Characters set in the paragraph's Chinese font on the grid; the rest go to its Latin font.</summary>
    public static CharKind Kind(int codePoint) => codePoint switch
    {
        _ when IsSpace(codePoint) && codePoint != 0x3000 => CharKind.Space,
        0x00B7 => CharKind.Wide,                        // middle dot between names: full width in Chinese
        < 0x0300 => CharKind.Latin,                     // ASCII, Latin-1, Latin Extended
        >= 0x2010 and <= 0x2013 => CharKind.Latin,      // hyphens, en dash
        _ => CharKind.Wide,                             // also a lone surrogate: the half of a supplementary ideograph; U+3000 fills a cell
    };

    public static bool IsWide(int codePoint) => Kind(codePoint) == CharKind.Wide;

    /// <summary>
    /// A one-line title or name made of phrases (践行“四敢”精神 全力打造产业创新集群, 苏州太湖书院
    /// 苏州太湖智库主办) with the space between two Chinese phrases made full width (U+3000), as
    /// Chinese print parts them: an editor types it half width, which leaves a 1.9 mm gap at 二号.
    /// </summary>
    public static string PhraseSpaces(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 1; i < chars.Length - 1; i++)
            if (chars[i] == ' ' && IsWide(chars[i - 1]) && IsWide(chars[i + 1]))
                chars[i] = '\u3000';
        return new string(chars);
    }

    /// <summary>
    /// White space inside a line: the ASCII space and tab, the no-break spaces, the typographic
    /// spaces U+2000–U+200A, the medium mathematical space and the ideographic space U+3000.
    /// Only the space and tab are written on purpose; the rest are <see cref="CharTreatment.Lint"/>.
    /// </summary>
    public static bool IsSpace(int codePoint) =>
        codePoint is ' ' or '\t' or 0x00A0 or (>= 0x2000 and <= 0x200A) or 0x202F or 0x205F or 0x3000;

    public static CharTreatment Treatment(int codePoint) => codePoint switch
    {
        '\t' or '\n' or '\r' => CharTreatment.Prints,
        < 0x20 or (>= 0x7F and <= 0x9F) => CharTreatment.Refused,               // C0 and C1 controls, DEL
        >= 0xFDD0 and <= 0xFDEF => CharTreatment.Refused,                        // noncharacters
        _ when (codePoint & 0xFFFE) == 0xFFFE => CharTreatment.Refused,          // U+FFFE, U+FFFF and the last two of every plane
        >= 0xD800 and <= 0xDFFF => CharTreatment.Refused,                        // a lone surrogate is no character
        ' ' => CharTreatment.Prints,
        _ when IsSpace(codePoint) => CharTreatment.Lint,
        0x00AD => CharTreatment.Lint,                                            // soft hyphen
        0x2028 or 0x2029 => CharTreatment.Lint,                                  // line and paragraph separators
        0x061C or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) => CharTreatment.Lint, // direction marks
        0x180E or (>= 0xFFF9 and <= 0xFFFC) => CharTreatment.Lint,               // vowel separator, annotation marks, object replacement
        0x200B or 0x200C or 0x200D or 0x2060 or 0xFEFF or 0x034F => CharTreatment.ZeroWidth,
        (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF) or (>= 0xE0020 and <= 0xE007F) => CharTreatment.ZeroWidth, // variation selectors, tags
        _ => CharTreatment.Prints,
    };

    /// <summary>Takes no room on the line (see <see cref="CharTreatment.ZeroWidth"/>); no font needs a glyph for it.</summary>
    public static bool IsZeroWidth(int codePoint) => Treatment(codePoint) == CharTreatment.ZeroWidth;

    /// <summary>A character by its code and, for the invisible ones, its name: what messages show, since the character itself does not.</summary>
    public static string Describe(int codePoint)
    {
        var name = codePoint switch
        {
            0x00A0 => "no-break space",
            0x202F => "narrow no-break space",
            0x3000 => "ideographic space",
            >= 0x2000 and <= 0x200A or 0x205F => "typographic space",
            0x00AD => "soft hyphen",
            0x2028 => "line separator",
            0x2029 => "paragraph separator",
            0x061C or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) => "direction mark",
            0xFFFC => "object replacement character, left where a picture was",
            0xFFFE or 0xFFFF => "noncharacter",
            0x200B => "zero-width space",
            0x2060 => "word joiner",
            0xFEFF => "zero-width no-break space",
            _ => null,
        };
        return name is null ? $"U+{codePoint:X4}" : $"U+{codePoint:X4} ({name})";
    }
}

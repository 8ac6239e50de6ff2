using BriefBuilder.Model;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefBuilder.Docx;

/// <summary>Small pieces of WordprocessingML shared by styles, footers and direct formatting.</summary>
internal static class Formatting
{
    /// <summary>
    /// An empty paragraph still needs a line height; 1 pt is the smallest exact spacing that Word's
    /// own dialog offers above its floor. Used for rule paragraphs and the closing block's anchor.
    /// </summary>
    public const int EmptyLineTwips = 20;

    /// <summary>
    /// East Asian text in the role's house font, Latin letters and digits in the Latin font.
    /// The eastAsia hint keeps ambiguous characters (quotes, dashes) in the Chinese font. A null
    /// <paramref name="latin"/> leaves the Latin font to the paragraph (a character style's font role).
    /// </summary>
    public static RunFonts Fonts(string eastAsia, string? latin)
    {
        var fonts = new RunFonts { Hint = FontTypeHintValues.EastAsia, EastAsia = eastAsia };
        if (latin is not null) (fonts.Ascii, fonts.HighAnsi) = (latin, latin);
        return fonts;
    }

    public static JustificationValues Justification(Alignment align) => align switch
    {
        Alignment.Left => JustificationValues.Left,
        Alignment.Center => JustificationValues.Center,
        Alignment.Right => JustificationValues.Right,
        Alignment.Justify => JustificationValues.Both,
        _ => throw new ArgumentOutOfRangeException(nameof(align), align, null),
    };

    /// <summary>No first-line indent, overriding Normal's (which is body's two characters).</summary>
    public static Indentation NoIndent() => new() { FirstLine = "0", FirstLineChars = 0 };

    /// <summary>Exact line height, off the document grid: the grid would stretch the line to a full pitch.</summary>
    public static SpacingBetweenLines ExactSpacing(int lineTwips, double before = 0, double after = 0) => new()
    {
        Before = Units.Text(Units.Twips(before)),
        After = Units.Text(Units.Twips(after)),
        Line = Units.Text(lineTwips),
        LineRule = LineSpacingRuleValues.Exact,
    };
}

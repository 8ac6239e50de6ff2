using System.Globalization;
using System.Text;

namespace BriefBuilder.Pdf.Writing;

/// <summary>How values are spelled in PDF: numbers, text strings, glyph codes.</summary>
static class PdfSyntax
{
    /// <summary>
    /// A number with at most three decimals and no exponent; −0 becomes 0 so that equal
    /// layouts give equal bytes. A thousandth of a point is far below what a printer resolves.
    /// </summary>
    public static string Number(double value)
    {
        double rounded = Math.Round(value, 3, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.###", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A text string (Info entries, ActualText): plain ASCII as a literal string, anything else as
    /// UTF-16BE with a byte-order mark, hex-encoded so no byte needs escaping.
    /// </summary>
    public static string TextString(string text)
    {
        if (text.All(c => c >= ' ' && c < 127))
            return "(" + text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)") + ")";
        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";
    }

    /// <summary>A two-byte glyph code for Identity-H fonts, as hex digits without brackets.</summary>
    public static string GlyphCode(ushort glyphId) => glyphId.ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>
    /// A date string for a calendar day: its midnight UTC, written in full because PDF/X and PDF/A
    /// readers compare it with the XMP dates (<see cref="XmpDate"/>). No clock is read.
    /// </summary>
    public static string Date(DateOnly date) => "(D:" + date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000Z)";

    /// <summary>The same instant as <see cref="Date"/>, as XMP writes dates.</summary>
    public static string XmpDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}

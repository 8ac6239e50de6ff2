using System.Globalization;
using System.Text;

namespace BriefBuilder.Docx;

/// <summary>
/// Which hanzi lie outside GB 2312, the set the house fonts of Word hold (仿宋_GB2312, 楷体_GB2312:
/// its 6,763 hanzi): such a character (颺 of 王颺) takes the role's GBK face instead. Marks and
/// symbols are never cut out: GB 2312's tables differ from Unicode's on some of them (its dash is
/// U+2015, ours U+2014), and the house fonts draw them all.
/// </summary>
internal static class Gb2312
{
    // Code page 20936 is GB 2312 itself (936 is GBK). A character it cannot encode becomes "?".
    private static readonly Encoding Encoding =
        CodePagesEncodingProvider.Instance.GetEncoding(20936, new EncoderReplacementFallback("?"), DecoderFallback.ReplacementFallback)
        ?? throw new InvalidOperationException("the GB 2312 code page (20936) is not available");

    /// <summary>Whether <paramref name="character"/> (one code point) is a hanzi GB 2312 lacks.</summary>
    public static bool LacksHanzi(string character) =>
        CharUnicodeInfo.GetUnicodeCategory(character, 0) == UnicodeCategory.OtherLetter
        && char.ConvertToUtf32(character, 0) is >= 0x3400 and (<= 0x9FFF or (>= 0xF900 and <= 0xFAFF) or >= 0x20000)
        && Encoding.GetBytes(character) is [(byte)'?'];
}

namespace BriefBuilder.Source;

/// <summary>Chinese numerals as editors write counters: 一 to 九十九 (一、 十二、 二十一是).</summary>
public static class ChineseNumeral
{
    private const string Digits = "零一二三四五六七八九";

    public static bool IsDigit(char c) => Digits.Contains(c) || c == '十';

    /// <summary>The value of <paramref name="text"/>, or null when it is not a numeral from 1 to 99.</summary>
    public static int? Parse(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > 3) return null;
        var ten = text.IndexOf('十');
        if (ten < 0) return text.Length == 1 && Digit(text[0]) is > 0 and var d ? d : null;
        var tens = ten == 0 ? 1 : ten == 1 && Digit(text[0]) is > 1 and var t ? t : (int?)null;
        var ones = ten == text.Length - 1 ? 0 : ten == text.Length - 2 && Digit(text[^1]) is > 0 and var o ? o : (int?)null;
        return tens is null || ones is null ? null : tens * 10 + ones;
    }

    public static string Write(int value) =>
        value < 10 ? Digits[value].ToString()
        : (value / 10 == 1 ? "" : Digits[value / 10].ToString()) + "十" + (value % 10 == 0 ? "" : Digits[value % 10].ToString());

    private static int Digit(char c) => Digits.IndexOf(c);
}

using System.Text.RegularExpressions;

namespace BriefBuilder.Source;

/// <summary>
/// The number an official document puts before a heading, which fixes its level whatever the
/// Markdown says: 一、 is level 1, （一） level 2, 1. level 3, （1） level 4.
/// </summary>
/// <param name="Length">How many characters of the heading's text the number takes.</param>
public sealed record HeadingNumber(int Level, int Value, int Length)
{
    /// <summary>The four forms, by level. Half-width brackets and the full-width point count too: lint flags them, the level is still plain.</summary>
    private static readonly Regex[] Forms =
    [
        new(@"^([一二三四五六七八九十]{1,3})、", RegexOptions.CultureInvariant),
        new(@"^[（(]([一二三四五六七八九十]{1,3})[）)]", RegexOptions.CultureInvariant),
        new(@"^([0-9]{1,2})[.．](?![0-9])", RegexOptions.CultureInvariant),
        new(@"^[（(]([0-9]{1,2})[）)]", RegexOptions.CultureInvariant),
    ];

    /// <summary>The number <paramref name="text"/> starts with, or null.</summary>
    public static HeadingNumber? Of(string text)
    {
        for (var i = 0; i < Forms.Length; i++)
        {
            var match = Forms[i].Match(text);
            if (!match.Success) continue;
            var digits = match.Groups[1].Value;
            var value = i <= 1 ? ChineseNumeral.Parse(digits) : int.Parse(digits);
            if (value is > 0) return new HeadingNumber(i + 1, value.Value, match.Length);
        }
        return null;
    }

    /// <summary>How the number of <paramref name="value"/> is written at <paramref name="level"/>, for messages.</summary>
    public static string Write(int level, int value) => level switch
    {
        1 => $"{ChineseNumeral.Write(value)}、",
        2 => $"（{ChineseNumeral.Write(value)}）",
        3 => $"{value}.",
        _ => $"（{value}）",
    };
}

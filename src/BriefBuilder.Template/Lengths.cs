using System.Globalization;

namespace BriefBuilder.Template;

/// <summary>Lengths of the style file: "37mm", "28.95pt", "1cm", or a Chinese type size (三号).</summary>
public static class Lengths
{
    public const double PointsPerMm = 72 / 25.4;

    /// <summary>字号: the traditional Chinese type sizes in points.</summary>
    private static readonly Dictionary<string, double> TypeSizes = new()
    {
        ["初号"] = 42, ["小初"] = 36, ["一号"] = 26, ["小一"] = 24, ["二号"] = 22, ["小二"] = 18,
        ["三号"] = 16, ["小三"] = 15, ["四号"] = 14, ["小四"] = 12, ["五号"] = 10.5, ["小五"] = 9,
    };

    /// <summary>The length in points, or null when <paramref name="text"/> is not a length.</summary>
    public static double? TryParse(string text)
    {
        text = text.Trim();
        if (TypeSizes.TryGetValue(text, out var size)) return size;
        foreach (var (unit, factor) in new[] { ("pt", 1.0), ("mm", PointsPerMm), ("cm", 10 * PointsPerMm) })
        {
            if (text.EndsWith(unit, StringComparison.Ordinal)
                && double.TryParse(text[..^unit.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
                return n * factor;
        }
        return null;
    }
}

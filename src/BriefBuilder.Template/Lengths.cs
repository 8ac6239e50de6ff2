using System.Globalization;

namespace BriefBuilder.Template;

/// <summary>
/// Lengths of the style file: "37mm", "28.95pt", "1cm", a Chinese type size (三号), or where a
/// grid is known, lines of it ("2 lines", "1 line"): GB/T 9704 counts its distances in lines.
/// </summary>
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
    /// <param name="linePitch">The grid's line pitch, when lengths in lines are allowed.</param>
    public static double? TryParse(string text, double? linePitch = null)
    {
        text = text.Trim();
        // No variable declared in a condition (`out var`, `is { } x`): Stryker cannot compile a mutant of one.
        if (TypeSizes.ContainsKey(text)) return TypeSizes[text];
        var units = new List<(string, double)> { ("pt", 1.0), ("mm", PointsPerMm), ("cm", 10 * PointsPerMm) };
        if (linePitch is not null) units.AddRange([("lines", linePitch.Value), ("line", linePitch.Value)]);
        foreach (var (unit, factor) in units)
        {
            var n = 0.0;
            if (text.EndsWith(unit, StringComparison.Ordinal)
                && double.TryParse(text[..^unit.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out n))
                return n * factor;
        }
        return null;
    }
}

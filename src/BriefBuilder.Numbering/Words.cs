using BriefBuilder.Model;

namespace BriefBuilder.Numbering;

/// <summary>How diagnostics name numbers and places, so every check words them alike.</summary>
static class Words
{
    public static string At(SeriesBrief b, string key) => $"{FilePaths.Display(b.File)}:{b.LineOf(key)}";

    public static string At(NumberingHistory h, int line) => $"{FilePaths.Display(h.File)}:{line}";

    public static string Issue(int n) => $"第{n}期";

    public static string Total(int m) => $"总第{m}期";

    /// <summary>第2–8期 or 第10期.</summary>
    public static string Issues(int from, int to) => from == to ? Issue(from) : $"第{from}–{to}期";

    public static string Totals(int from, int to) => from == to ? Total(from) : $"总第{from}–{to}期";

    /// <summary>2025–2026 or 2025.</summary>
    public static string Years(int from, int to) => from == to ? $"{from}" : $"{from}–{to}";

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Splits sorted numbers into runs of consecutive ones: 2,3,4,7 → (2,4),(7,7).</summary>
    public static IEnumerable<(int From, int To)> Runs(IEnumerable<int> sorted)
    {
        int? from = null, to = null;
        foreach (var n in sorted)
        {
            if (to == n - 1) { to = n; continue; }
            if (from is not null) yield return (from.Value, to!.Value);
            from = to = n;
        }
        if (from is not null) yield return (from.Value, to!.Value);
    }
}

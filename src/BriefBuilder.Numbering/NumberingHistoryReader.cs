using BriefBuilder.Model;
using BriefBuilder.Source;

namespace BriefBuilder.Numbering;

/// <summary>
/// Reads the <c>numbering:</c> section of <c>content/series.yaml</c>; the other sections belong to
/// the series settings and are left alone. The section looks like:
/// <code>
/// numbering:
///   2023:
///     first_total: 52      # 第1期 was 总第52期
///     last_issue: 31       # the year ended with 第31期
///     missing: [2-31]      # 第N期 the archive lacks, singly or as ranges
/// </code>
/// </summary>
public static class NumberingHistoryReader
{
    /// <summary>An absent file or section is an empty history: every gap is then reported.</summary>
    public static NumberingHistory Read(string path)
    {
        if (!File.Exists(path))
            return NumberingHistory.Empty(path);
        // Read as series.yaml's other sections are: strict UTF-8, YAML errors with their line.
        var section = YamlMapping.Parse(SourceText.Read(path), path).Value("numbering");
        return section is null ? NumberingHistory.Empty(path) : new NumberingHistory(path, ReadYears(path, section));
    }

    static Dictionary<int, YearHistory> ReadYears(string path, YamlValue section)
    {
        if (section.Text == "")
            return [];
        var years = section.Entries
            ?? throw Error(path, section, "numbering: must map each year to its record, e.g. 2023: { first_total: 52 }");
        var result = new Dictionary<int, YearHistory>();
        foreach (var (key, value) in years)
        {
            var year = Int(path, key, "a year, e.g. 2023");
            if (year < 1000 || year > 9999)
                throw Error(path, key, $"{year} is not a year; numbering: lists years such as 2023");
            result[year] = ReadYear(path, year, key, value);
        }
        return result;
    }

    static YearHistory ReadYear(string path, int year, YamlValue key, YamlValue value)
    {
        var fields = value.Entries
            ?? throw Error(path, value, $"{year}: must be a mapping of first_total, last_issue and missing");
        int? firstTotal = null, firstTotalLine = null, lastIssue = null, lastIssueLine = null;
        var missing = new HashSet<int>();
        foreach (var (k, v) in fields)
        {
            // If/else rather than a switch: a mutant of a case label (a constant) cannot be compiled.
            if (k.Text == "first_total")
                (firstTotal, firstTotalLine) = (Positive(path, v, "first_total: 总第 of the year's 第1期"), v.Line);
            else if (k.Text == "last_issue")
                (lastIssue, lastIssueLine) = (Positive(path, v, "last_issue: the year's last 第N期"), v.Line);
            else if (k.Text == "missing")
                missing.UnionWith(Ranges(path, v));
            else
                throw Error(path, k, $"unknown key '{k.Text}' for {year}; expected first_total, last_issue or missing");
        }
        return new YearHistory(year, key.Line, firstTotal, firstTotalLine, lastIssue, lastIssueLine, missing);
    }

    /// <summary>A list of 第N期, each a number (7) or an inclusive range (2-31).</summary>
    static IEnumerable<int> Ranges(string path, YamlValue node)
    {
        var items = node.Items
            ?? throw Error(path, node, "missing: must be a list of 第N期, e.g. [2-31, 40]");
        foreach (var item in items)
        {
            var text = item.Text ?? "";
            var parts = text.Split('-');
            if (parts.Length < 1 || parts.Length > 2 || !parts.All(IsCount))
                throw Error(path, item, $"'{text}' is neither a 第N期 nor a range such as 2-31");
            var from = int.Parse(parts[0].Trim());
            var to = int.Parse(parts[^1].Trim());
            if (to < from)
                throw Error(path, item, $"range {text} runs backwards; write {to}-{from}");
            for (var n = from; n <= to; n++)
                yield return n;
        }
    }

    /// <summary>A 第N期: a whole number from 1. (No `out var` in the expression: its mutants would not compile.)</summary>
    static bool IsCount(string text)
    {
        int n;
        return int.TryParse(text.Trim(), out n) && n > 0;
    }

    static int Positive(string path, YamlValue node, string what)
    {
        var n = Int(path, node, what);
        return n > 0 ? n : throw Error(path, node, $"{what} must be at least 1");
    }

    static int Int(string path, YamlValue node, string what)
    {
        // n declared apart from the parse: a mutant of a condition that declares it would not compile.
        int n;
        return int.TryParse(node.Text, out n) ? n : throw Error(path, node, $"expected {what}");
    }

    static SourceError Error(string path, YamlValue node, string message) => new(path, node.Line, message);
}
